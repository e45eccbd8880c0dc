-- CreateTable
CREATE TABLE "HomeLead" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "articleId" INTEGER NOT NULL,
    "pinnedById" INTEGER,
    "pinnedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HomeLead_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "HomeLead_articleId_key" ON "HomeLead"("articleId");

-- AddForeignKey
ALTER TABLE "HomeLead" ADD CONSTRAINT "HomeLead_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HomeLead" ADD CONSTRAINT "HomeLead_pinnedById_fkey" FOREIGN KEY ("pinnedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

