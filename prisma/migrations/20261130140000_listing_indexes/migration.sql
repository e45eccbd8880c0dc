-- Public listings count and page through an index holding every column they filter and sort on,
-- the newsroom story list gets one for its default order and trigram indexes for its text filter.

-- DropIndex
DROP INDEX "Article_sectionId_status_firstPublishedAt_idx";

-- DropIndex
DROP INDEX "Article_status_firstPublishedAt_idx";

-- CreateIndex
CREATE INDEX "Article_status_deletedAt_firstPublishedAt_id_idx" ON "Article"("status", "deletedAt", "firstPublishedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Article_sectionId_status_deletedAt_firstPublishedAt_id_idx" ON "Article"("sectionId", "status", "deletedAt", "firstPublishedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Article_deletedAt_updatedAt_id_idx" ON "Article"("deletedAt", "updatedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Article_headline_ilike_idx" ON "Article" USING GIN ("headline" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Article_standfirst_ilike_idx" ON "Article" USING GIN ("standfirst" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Article_slug_ilike_idx" ON "Article" USING GIN ("slug" gin_trgm_ops);

