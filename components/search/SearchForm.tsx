import Form from 'next/form';
import { Icon } from '../ui/SocialIcon';

/**
 * A GET form to /search: it works as a plain HTML form without JavaScript, and next/form turns it
 * into a client navigation when JavaScript is on.
 */
export function SearchForm({ defaultValue = '', id, size = 'compact' }: { defaultValue?: string; id: string; size?: 'compact' | 'large' }) {
  const large = size === 'large';
  return (
    <Form action="/search" role="search" className="flex w-full items-stretch gap-2 font-sans">
      <label htmlFor={id} className="sr-only">
        Search stories
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        placeholder="Search stories"
        maxLength={200}
        className={`min-w-0 flex-1 rounded border border-muted bg-paper px-3 text-ink placeholder:text-muted ${large ? 'py-2.5 text-lg' : 'py-1.5'}`}
      />
      <button type="submit" className={`flex items-center gap-1.5 rounded bg-ink px-4 font-semibold text-paper hover:opacity-90 ${large ? 'py-2.5' : 'py-1.5'}`}>
        <Icon name="search" className="h-4 w-4" />
        Search
      </button>
    </Form>
  );
}
