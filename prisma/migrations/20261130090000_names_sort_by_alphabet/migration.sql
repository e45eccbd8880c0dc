-- Names and headlines sorted by code point put Şəki, Əliyev and Ölkə after every plain Latin
-- letter, and capitals before small letters. The ICU root collation sorts them where a reader
-- looks for them (Ə by E, Ş by S, case aside) in any language of the publication, and it is
-- deterministic, so equality, LIKE and ILIKE behave as before.
-- The Prisma schema has no column collations for PostgreSQL: Prisma neither sets nor diffs them.
-- (No apostrophes in these comments: the migration engine reads them as the start of a string.)
ALTER TABLE "User" ALTER COLUMN "name" SET DATA TYPE TEXT COLLATE "und-x-icu";
ALTER TABLE "Section" ALTER COLUMN "name" SET DATA TYPE TEXT COLLATE "und-x-icu";
ALTER TABLE "Tag" ALTER COLUMN "name" SET DATA TYPE TEXT COLLATE "und-x-icu";

-- A column that a generated column reads cannot change its type: the search vector goes, the
-- headline changes, and the vector (the same expression) and its index come back, recomputed.
ALTER TABLE "Article" DROP COLUMN "searchVector";
ALTER TABLE "Article" ALTER COLUMN "headline" SET DATA TYPE TEXT COLLATE "und-x-icu";
ALTER TABLE "Article" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english'::regconfig, coalesce(dateline_fold("headline"), '')), 'A') ||
    setweight(to_tsvector('english'::regconfig, coalesce(dateline_fold("standfirst"), '')), 'B') ||
    setweight(to_tsvector('english'::regconfig, coalesce(dateline_fold("bodyText"), '')), 'C')
) STORED;
CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");
