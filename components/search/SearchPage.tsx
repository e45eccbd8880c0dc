import Link from 'next/link';
import type { SearchResults } from '@/lib/search/search';
import { latestPath, searchPath } from '@/lib/content/urls';
import { Pagination } from '../listing/Pagination';
import { SearchResultItem } from './SearchResultItem';
import { SearchForm } from './SearchForm';

export function SearchPage({ results, timeZone }: { results: SearchResults | null; timeZone: string }) {
  const query = results?.query ?? '';
  return (
    <div className="max-w-3xl">
      <h1 className="font-serif text-3xl font-bold tracking-tight sm:text-4xl">{query ? <>Search results for “{query}”</> : 'Search'}</h1>
      <div className="mt-5">
        <SearchForm id="search-page-query" defaultValue={query} size="large" />
      </div>
      <p className="mt-2 font-sans text-sm text-muted">
        Use quotes for an exact phrase (“bus lanes”), a minus sign to leave a word out (school -Zaqatala), and “or” for either word.
      </p>

      {results ? <Summary results={results} /> : null}

      {results && results.hits.length ? (
        <ol className="mt-6 divide-y divide-rule" role="list" aria-label="Results">
          {results.hits.map((hit) => (
            <li key={hit.story.id} className="py-5 first:pt-0">
              <SearchResultItem hit={hit} timeZone={timeZone} />
            </li>
          ))}
        </ol>
      ) : null}

      {results && results.hits.length === 0 ? <EmptyState results={results} /> : null}

      {results ? (
        <Pagination page={results.page} pageCount={results.pageCount} hrefFor={(page) => searchPath(query, page)} label="Search results: more pages" of="results" />
      ) : null}
    </div>
  );
}

function Summary({ results }: { results: SearchResults }) {
  const readInstead = results.readInstead ? <ReadInsteadNotice query={results.query} {...results.readInstead} /> : null;
  if (results.mode === 'fulltext') {
    return (
      <>
        {readInstead}
        <p className={`font-sans font-semibold ${readInstead ? 'mt-1' : 'mt-6'}`} role={readInstead ? undefined : 'status'}>
          {results.moreThanTotal ? `More than ${results.total.toLocaleString('en-GB')} stories` : results.total === 1 ? '1 story' : `${results.total} stories`} found
          {results.pageCount > 1 && results.page <= results.pageCount ? ` · page ${results.page} of ${results.pageCount}` : ''}
        </p>
        {results.moreThanTotal ? (
          <p className="mt-1 font-sans text-[0.95rem] text-muted">The newest {results.total.toLocaleString('en-GB')} are ranked here. Add a word to narrow the search.</p>
        ) : null}
      </>
    );
  }
  if (results.mode === 'similar') {
    return (
      readInstead ?? (
        <p className="mt-6 font-sans" role="status">
          <strong>No stories contain “{results.query}”.</strong> Showing stories with similar spelling instead.
        </p>
      )
    );
  }
  return null;
}

/** Words no story holds were read as others (`Beku` as Baku, `Gence` as Gəncə): say which, never silently. */
function ReadInsteadNotice({ query, typed, found }: { query: string; typed: string[]; found: string[] }) {
  return (
    <p className="mt-6 font-sans" role="status">
      <strong>No stories contain {quoted(typed.length ? typed : [query])}.</strong>{' '}
      {found.length ? <>Showing stories with {quoted(found)} instead.</> : 'Showing stories with similar spelling instead.'}
    </p>
  );
}

const quoted = (words: string[]) => words.map((word) => `“${word}”`).join(' or ');

function EmptyState({ results }: { results: SearchResults }) {
  if (results.total > 0) {
    return (
      <p className="mt-6 font-sans">
        There are no more results. <Link href={searchPath(results.query)} className="text-link underline">Back to the first page</Link>.
      </p>
    );
  }
  if (results.mode === 'common-words') {
    return (
      <div className="mt-6 rounded border border-rule p-5 font-sans" role="status">
        <p className="font-semibold">“{results.query}” has only words too common to search for.</p>
        <p className="mt-3 text-[0.95rem]">Add a word that names what you are looking for: a place, a person, a subject.</p>
      </div>
    );
  }
  return (
    <div className="mt-6 rounded border border-rule p-5 font-sans" role="status">
      <p className="font-semibold">No stories match “{results.query}”.</p>
      <ul className="mt-3 list-disc space-y-1 pl-5 text-[0.95rem]">
        <li>Check the spelling, or try another spelling of a name (Aliyev or Əliyev both work).</li>
        <li>Use fewer or more general words.</li>
        <li>
          Browse the <Link href={latestPath} className="text-link underline">latest stories</Link> instead.
        </li>
      </ul>
    </div>
  );
}
