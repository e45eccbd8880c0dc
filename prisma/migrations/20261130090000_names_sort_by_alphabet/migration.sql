-- Names sorted by code point put Şəki, Əliyev and Ölkə after every plain Latin letter. The ICU
-- root collation sorts them where a reader looks for them (Ə by E, Ş by S) in any language of
-- the publication, and it is deterministic, so equality, LIKE and ILIKE behave as before.
-- The Prisma schema has no column collations for PostgreSQL: Prisma neither sets nor diffs them.
-- (No apostrophes in these comments: the migration engine reads them as the start of a string.)
ALTER TABLE "User" ALTER COLUMN "name" SET DATA TYPE TEXT COLLATE "und-x-icu";
ALTER TABLE "Section" ALTER COLUMN "name" SET DATA TYPE TEXT COLLATE "und-x-icu";
ALTER TABLE "Tag" ALTER COLUMN "name" SET DATA TYPE TEXT COLLATE "und-x-icu";
