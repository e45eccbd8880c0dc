-- Every word any story holds, so search can read a word no story holds as the nearest one that
-- some story does (a typo, or an Azerbaijani name typed without its letters). See lib/search.
CREATE TABLE "SearchLexeme" (
    "lexeme" TEXT NOT NULL,

    CONSTRAINT "SearchLexeme_pkey" PRIMARY KEY ("lexeme")
);

-- Nearest words by trigram similarity.
CREATE INDEX "SearchLexeme_trgm_idx" ON "SearchLexeme" USING GIN ("lexeme" gin_trgm_ops);

-- The trigger functions are written as E strings with each semicolon as \073: the development
-- schema engine (shared/tools) cuts a script at every semicolon, even inside a function body.

-- New stories, one statement at a time (a bulk import adds each word once). Words are added in
-- order, so two transactions adding the same new words wait for each other instead of deadlocking.
CREATE FUNCTION dateline_learn_inserted_lexemes() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN
  INSERT INTO "SearchLexeme" (lexeme)
  SELECT DISTINCT word FROM inserted, unnest(tsvector_to_array(inserted."searchVector")) AS word
   ORDER BY word
  ON CONFLICT DO NOTHING\073
  RETURN NULL\073
END';

CREATE TRIGGER "Article_learn_inserted_lexemes" AFTER INSERT ON "Article"
  REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION dateline_learn_inserted_lexemes();

-- Edited stories, only when their searchable text changed.
CREATE FUNCTION dateline_learn_updated_lexemes() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN
  INSERT INTO "SearchLexeme" (lexeme)
  SELECT word FROM unnest(tsvector_to_array(NEW."searchVector")) AS word
   ORDER BY word
  ON CONFLICT DO NOTHING\073
  RETURN NULL\073
END';

CREATE TRIGGER "Article_learn_updated_lexemes" AFTER UPDATE OF headline, standfirst, "bodyText" ON "Article"
  FOR EACH ROW WHEN (OLD."searchVector" IS DISTINCT FROM NEW."searchVector") EXECUTE FUNCTION dateline_learn_updated_lexemes();

-- The words of the stories already written.
INSERT INTO "SearchLexeme" (lexeme)
SELECT DISTINCT word FROM "Article", unnest(tsvector_to_array("Article"."searchVector")) AS word
 ORDER BY word
ON CONFLICT DO NOTHING;
