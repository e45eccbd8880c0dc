import Link from 'next/link';
import type { PersonOption, SectionOption, StoryListQuery } from '@/lib/editorial/queries';
import { FILTER_TEXT_MAX } from '@/lib/db/text';

/** A plain GET form: filters live in the URL, so a filtered list can be bookmarked and shared. */
export default function StoryFilters({ query, sections, staff }: { query: StoryListQuery; sections: SectionOption[]; staff: PersonOption[] }) {
  const select = 'rounded border border-neutral-300 px-2 py-1 text-sm';
  // At most the form's width: a select is as wide as its longest option (a long name).
  const field = 'flex max-w-full flex-col text-sm';
  return (
    <form method="get" action="/admin/stories" className="flex flex-wrap items-end gap-3" role="search" aria-label="Filter stories">
      <label className={field}>
        Search
        <input name="q" type="search" maxLength={FILTER_TEXT_MAX} defaultValue={query.q ?? ''} className={select} />
      </label>
      <label className={field}>
        Status
        <select name="status" defaultValue={query.status ?? ''} className={select}>
          <option value="">Any (not deleted)</option>
          <option value="DRAFT">Draft</option>
          <option value="IN_REVIEW">In review</option>
          <option value="SCHEDULED">Scheduled</option>
          <option value="PUBLISHED">Published</option>
          <option value="UNPUBLISHED">Unpublished</option>
          <option value="DELETED">Deleted</option>
        </select>
      </label>
      <label className={field}>
        Section
        <select name="section" defaultValue={query.section ?? ''} className={select}>
          <option value="">Any</option>
          {sections.map((section) => (
            <option key={section.id} value={section.id}>
              {section.name}
            </option>
          ))}
        </select>
      </label>
      <label className={field}>
        Author
        <select name="author" defaultValue={query.author ?? ''} className={select}>
          <option value="">Anyone</option>
          {staff.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </select>
      </label>
      <label className={field}>
        Sort by
        <select name="sort" defaultValue={query.sort} className={select}>
          <option value="updated">Last change</option>
          <option value="created">Created</option>
          <option value="published">Published</option>
          <option value="headline">Headline</option>
        </select>
      </label>
      <label className="flex items-center gap-1 text-sm">
        <input type="checkbox" className="size-6" name="mine" value="1" defaultChecked={query.mine === '1' || query.view === 'my-drafts'} /> My drafts
      </label>
      <button type="submit" className="rounded bg-neutral-900 px-3 py-1 text-sm text-white">
        Filter
      </button>
      <Link href="/admin/stories" className="inline-flex min-h-6 items-center text-sm underline">
        Clear
      </Link>
    </form>
  );
}
