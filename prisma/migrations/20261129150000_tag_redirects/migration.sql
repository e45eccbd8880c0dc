-- CreateTable
CREATE TABLE "TagRedirect" (
    "id" SERIAL NOT NULL,
    "fromSlug" TEXT NOT NULL,
    "fromTagId" INTEGER,
    "tagId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TagRedirect_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TagRedirect_fromSlug_key" ON "TagRedirect"("fromSlug");

-- CreateIndex
CREATE UNIQUE INDEX "TagRedirect_fromTagId_key" ON "TagRedirect"("fromTagId");

-- CreateIndex
CREATE INDEX "TagRedirect_tagId_idx" ON "TagRedirect"("tagId");

-- AddForeignKey
ALTER TABLE "TagRedirect" ADD CONSTRAINT "TagRedirect_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;
