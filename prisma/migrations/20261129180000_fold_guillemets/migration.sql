-- Guillemets (« », ‹ ›) folded through unaccent into << >> and < >, which the text-search parser
-- reads as markup and drops together with every word between them: in `«enough is enough»` no
-- word was searchable. Fold them to plain double quotes first, one character for one, so that
-- positions in the folded text still match the story's own (search snippets rely on it).
CREATE OR REPLACE FUNCTION dateline_fold(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, translate($1, 'Əə«»‹›', 'Aa""""'))) $$;

-- Stored values were computed with the old definition. Rewriting the rows that hold a guillemet
-- recomputes their generated search vector and their entry in the index on the folded headline.
UPDATE "Article" SET "bodyText" = "bodyText"
 WHERE concat_ws(' ', "headline", "standfirst", "bodyText") ~ '[«»‹›]';
