-- CreateTable
CREATE TABLE "MediaObject" (
    "key" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MediaObject_pkey" PRIMARY KEY ("key")
);

-- Images arrive compressed (JPEG, PNG, WebP): skip PostgreSQL's attempt to compress them again.
ALTER TABLE "MediaObject" ALTER COLUMN "bytes" SET STORAGE EXTERNAL;
