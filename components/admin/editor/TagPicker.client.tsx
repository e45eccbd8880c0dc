'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { LIMITS } from '@/lib/editorial/fields';
import type { TagOption } from '@/lib/editorial/queries';

// At least 24 px square (WCAG 2.2 target size), however small the × it shows.
const REMOVE_BUTTON = '-my-1 inline-flex min-h-6 min-w-6 items-center justify-center rounded-full hover:bg-neutral-300';

/**
 * Tags with typeahead (an ARIA combobox): arrows move through suggestions, Enter picks one, and
 * where the role allows, Enter on a new name creates the tag when the story is saved.
 */
export default function TagPicker(props: {
  tags: TagOption[];
  newTags: string[];
  mayCreate: boolean;
  disabled: boolean;
  search: (query: string) => Promise<TagOption[]>;
  onChange: (tags: TagOption[], newTags: string[]) => void;
  error?: string;
}) {
  const { search } = props;
  const [query, setQuery] = useState('');
  const [suggestions, setSuggestions] = useState<TagOption[]>([]);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const id = useId();
  const latest = useRef('');
  const input = useRef<HTMLInputElement>(null);
  // A removed tag's button disappears: focus goes back to the tag field rather than the page.
  const refocus = () => requestAnimationFrame(() => input.current?.focus());

  useEffect(() => {
    const q = query.trim();
    latest.current = q;
    if (!q) return;
    const timer = setTimeout(async () => {
      const found = await search(q).catch(() => []);
      if (latest.current === q) {
        setSuggestions(found);
        setActive(0);
      }
    }, 150);
    return () => clearTimeout(timer);
  }, [query, search]);

  const chosen = new Set(props.tags.map((tag) => tag.id));
  const visible = query.trim() ? suggestions.filter((tag) => !chosen.has(tag.id)) : [];
  // A tag's old name typed in full, or a name that makes a tag's address (`Seki` for Şəki), means
  // that tag: saving would file the story under it anyway.
  const exact = (query.trim() ? suggestions : []).some((tag) => tag.name.toLowerCase() === query.trim().toLowerCase() || tag.formerly?.exact || tag.sameAddress);
  const canCreate = props.mayCreate && query.trim() !== '' && !exact && !props.newTags.some((name) => name.toLowerCase() === query.trim().toLowerCase());
  const options: ({ kind: 'tag'; tag: TagOption } | { kind: 'create'; name: string })[] = [
    ...visible.map((tag) => ({ kind: 'tag' as const, tag })),
    ...(canCreate ? [{ kind: 'create' as const, name: query.trim() }] : []),
  ];

  const pick = (index: number) => {
    const option = options[index];
    if (!option) return;
    if (option.kind === 'tag') props.onChange([...props.tags, { id: option.tag.id, name: option.tag.name }], props.newTags);
    else props.onChange(props.tags, [...props.newTags, option.name]);
    setQuery('');
    setSuggestions([]);
    setOpen(false);
  };

  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        Tags
      </label>
      <ul className="mt-1 flex flex-wrap gap-1" aria-label="Chosen tags">
        {props.tags.map((tag) => (
          <li key={tag.id} className="flex items-center gap-1 rounded-full bg-neutral-200 px-2 py-0.5 text-sm">
            {tag.name}
            {!props.disabled ? (
              <button
                type="button"
                aria-label={`Remove tag ${tag.name}`}
                className={REMOVE_BUTTON}
                onClick={() => {
                  props.onChange(props.tags.filter((t) => t.id !== tag.id), props.newTags);
                  refocus();
                }}
              >
                ×
              </button>
            ) : null}
          </li>
        ))}
        {props.newTags.map((name) => (
          <li key={`new-${name}`} className="flex items-center gap-1 rounded-full border border-dashed border-neutral-400 px-2 py-0.5 text-sm">
            {name} <span className="text-xs text-neutral-600">(new)</span>
            <button
              type="button"
              aria-label={`Remove tag ${name}`}
              className={REMOVE_BUTTON}
              onClick={() => {
                props.onChange(props.tags, props.newTags.filter((n) => n !== name));
                refocus();
              }}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      {!props.disabled ? (
        <div className="relative mt-1">
          <input
            ref={input}
            id={id}
            role="combobox"
            aria-expanded={open && options.length > 0}
            aria-controls={`${id}-list`}
            aria-autocomplete="list"
            aria-activedescendant={open && options[active] ? `${id}-option-${active}` : undefined}
            value={query}
            maxLength={LIMITS.tagName}
            placeholder={props.mayCreate ? 'Find or create a tag' : 'Find a tag'}
            onChange={(event) => {
              setQuery(event.target.value);
              setOpen(true);
            }}
            onBlur={() => setTimeout(() => setOpen(false), 150)}
            onKeyDown={(event) => {
              if (event.key === 'ArrowDown') {
                event.preventDefault();
                setOpen(true);
                setActive((index) => Math.min(index + 1, options.length - 1));
              } else if (event.key === 'ArrowUp') {
                event.preventDefault();
                setActive((index) => Math.max(index - 1, 0));
              } else if (event.key === 'Enter') {
                if (options.length) {
                  event.preventDefault();
                  pick(active);
                }
              } else if (event.key === 'Escape') {
                setOpen(false);
              }
            }}
            className="w-full rounded border border-neutral-300 px-2 py-1"
          />
          {open && options.length ? (
            <ul id={`${id}-list`} role="listbox" aria-label="Tag suggestions" className="absolute z-20 mt-1 w-full rounded border border-neutral-300 bg-white shadow">
              {options.map((option, index) => (
                <li
                  key={option.kind === 'tag' ? option.tag.id : `create-${option.name}`}
                  id={`${id}-option-${index}`}
                  role="option"
                  aria-selected={index === active}
                  onMouseDown={(event) => {
                    event.preventDefault();
                    pick(index);
                  }}
                  className={`cursor-pointer px-2 py-1 ${index === active ? 'bg-neutral-100' : ''}`}
                >
                  {option.kind === 'create' ? (
                    `Create tag “${option.name}”`
                  ) : (
                    <>
                      {option.tag.name}
                      {option.tag.formerly ? <span className="text-xs text-neutral-600"> (formerly {option.tag.formerly.slug})</span> : null}
                    </>
                  )}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {props.error ? <p className="mt-1 text-sm text-red-700">{props.error}</p> : null}
    </div>
  );
}
