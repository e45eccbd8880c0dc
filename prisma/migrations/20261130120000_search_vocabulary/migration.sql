-- Every word a published story holds (or held), so search can read a word no story holds as the
-- nearest one that some story does (a typo, or an Azerbaijani name typed without its letters).
-- Only published words: which words drafts hold must not show in how readers are answered. A
-- word stays once published (it was public). See lib/search/corrections.ts.
CREATE TABLE "SearchLexeme" (
    "lexeme" TEXT NOT NULL,

    CONSTRAINT "SearchLexeme_pkey" PRIMARY KEY ("lexeme")
);

-- Nearest words by trigram similarity.
CREATE INDEX "SearchLexeme_trgm_idx" ON "SearchLexeme" USING GIN ("lexeme" gin_trgm_ops);

-- The trigger functions are written as E strings with each semicolon as \073: the development
-- schema engine (shared/tools) cuts a script at every semicolon, even inside a function body.

-- Stories inserted published, one statement at a time (a bulk import adds each word once). Words
-- are added in order, so two transactions adding the same new words wait instead of deadlocking.
CREATE FUNCTION dateline_learn_inserted_lexemes() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN
  INSERT INTO "SearchLexeme" (lexeme)
  SELECT DISTINCT word FROM inserted, unnest(tsvector_to_array(inserted."searchVector")) AS word
   WHERE inserted.status = ''PUBLISHED'' AND inserted."deletedAt" IS NULL
   ORDER BY word
  ON CONFLICT DO NOTHING\073
  RETURN NULL\073
END';

CREATE TRIGGER "Article_learn_inserted_lexemes" AFTER INSERT ON "Article"
  REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION dateline_learn_inserted_lexemes();

-- A story going live (published, scheduled one arriving, restored) or edited while live.
CREATE FUNCTION dateline_learn_updated_lexemes() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN
  INSERT INTO "SearchLexeme" (lexeme)
  SELECT word FROM unnest(tsvector_to_array(NEW."searchVector")) AS word
   ORDER BY word
  ON CONFLICT DO NOTHING\073
  RETURN NULL\073
END';

CREATE TRIGGER "Article_learn_updated_lexemes" AFTER UPDATE OF headline, standfirst, "bodyText", status, "deletedAt" ON "Article"
  FOR EACH ROW
  WHEN (NEW.status = 'PUBLISHED' AND NEW."deletedAt" IS NULL
        AND (OLD."searchVector" IS DISTINCT FROM NEW."searchVector" OR OLD.status <> 'PUBLISHED' OR OLD."deletedAt" IS NOT NULL))
  EXECUTE FUNCTION dateline_learn_updated_lexemes();

-- The words of the stories already published.
INSERT INTO "SearchLexeme" (lexeme)
SELECT DISTINCT word FROM "Article", unnest(tsvector_to_array("Article"."searchVector")) AS word
 WHERE "Article".status = 'PUBLISHED' AND "Article"."deletedAt" IS NULL
 ORDER BY word
ON CONFLICT DO NOTHING;
