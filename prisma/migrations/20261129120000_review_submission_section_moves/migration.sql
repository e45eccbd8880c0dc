-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "submittedAt" TIMESTAMP(3);

-- Stories already waiting for review: their last change is the best known submission time.
UPDATE "Article" SET "submittedAt" = "updatedAt" WHERE "status" = 'IN_REVIEW';

-- CreateTable
CREATE TABLE "SectionRedirect" (
    "id" SERIAL NOT NULL,
    "fromSlug" TEXT NOT NULL,
    "sectionId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SectionRedirect_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SectionRedirect_fromSlug_key" ON "SectionRedirect"("fromSlug");

-- CreateIndex
CREATE INDEX "SectionRedirect_sectionId_idx" ON "SectionRedirect"("sectionId");

-- AddForeignKey
ALTER TABLE "SectionRedirect" ADD CONSTRAINT "SectionRedirect_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section"("id") ON DELETE CASCADE ON UPDATE CASCADE;
