'use client';

import Link from 'next/link';
import { useId, useRef, useState, useTransition, type KeyboardEvent } from 'react';
import type { ActionResult } from '@/lib/auth/guard';

export interface SectionRow {
  id: number;
  name: string;
  slug: string;
  storyCount: number;
  publishedCount: number;
}

type Direction = 'up' | 'down';

/**
 * The sections in navigation order, each with Move up / Move down buttons (Alt+↑ / Alt+↓ work
 * on either button too). A move shows at once and is saved in the background as the whole new
 * order; focus stays with the section that moved, and a live region says where it went. If
 * saving fails the list goes back to the saved order and says why.
 */
export function SectionOrder({ sections, action }: { sections: readonly SectionRow[]; action: (input: unknown) => Promise<ActionResult<{ order: number[] }>> }) {
  const serverOrder = sections.map((section) => section.id).join();
  const [seen, setSeen] = useState(serverOrder);
  const [order, setOrder] = useState(() => sections.map((section) => section.id));
  const [saved, setSaved] = useState(order);
  const [announcement, setAnnouncement] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const hintId = useId();

  // New data from the server (a section added elsewhere on the page): start from it.
  if (serverOrder !== seen) {
    const fresh = sections.map((section) => section.id);
    setSeen(serverOrder);
    setOrder(fresh);
    setSaved(fresh);
  }

  const byId = new Map(sections.map((section) => [section.id, section]));

  function move(id: number, direction: Direction) {
    const index = order.indexOf(id);
    const target = direction === 'up' ? index - 1 : index + 1;
    if (index < 0 || target < 0 || target >= order.length) return;
    const next = [...order];
    [next[index], next[target]] = [next[target], next[index]];
    setOrder(next);
    setError(null);
    const name = byId.get(id)?.name ?? 'Section';
    setAnnouncement(`${name} moved to position ${target + 1} of ${next.length}.`);
    // Keep focus on the section that moved; at either end its other button takes it.
    requestAnimationFrame(() => {
      const atEdge = direction === 'up' ? target === 0 : target === next.length - 1;
      buttons.current.get(`${id}-${atEdge ? (direction === 'up' ? 'down' : 'up') : direction}`)?.focus();
    });
    startTransition(async () => {
      const result = await action({ order: next });
      if (result.ok) {
        setSaved(result.value.order);
        setAnnouncement(`${name} moved to position ${target + 1} of ${next.length}. Order saved.`);
      } else {
        setOrder(saved);
        setError(result.message);
        setAnnouncement('');
      }
    });
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>, id: number) {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    move(id, event.key === 'ArrowUp' ? 'up' : 'down');
  }

  const buttonClass =
    'rounded-sm border border-neutral-400 bg-white px-2 py-1 text-sm font-semibold outline-none hover:bg-neutral-100 focus-visible:ring-2 focus-visible:ring-blue-700 disabled:cursor-not-allowed disabled:opacity-40';
  return (
    <div>
      <p id={hintId} className="mb-3 text-sm text-neutral-700">
        The order of the site’s navigation. Use the Move buttons, or Alt+↑ and Alt+↓ with one of them focused. Each move is saved at once.
      </p>
      {error && (
        <p role="alert" className="mb-3 rounded-sm border-l-4 border-red-800 bg-red-50 px-4 py-3 text-sm text-red-900">
          {error}
        </p>
      )}
      <ol aria-label="Sections in navigation order" aria-describedby={hintId} aria-busy={pending} className="divide-y divide-neutral-300 border-y border-neutral-300">
        {order.map((id, index) => {
          const section = byId.get(id);
          if (!section) return null;
          return (
            <li key={id} className="flex flex-wrap items-center gap-3 py-3">
              <span className="w-8 text-right font-mono text-sm text-neutral-600" aria-hidden="true">
                {index + 1}.
              </span>
              <div className="min-w-0 flex-1 [overflow-wrap:anywhere]">
                <Link href={`/admin/sections/${id}`} className="font-semibold underline underline-offset-2">
                  {section.name}
                </Link>{' '}
                <span className="text-sm text-neutral-600">/{section.slug}</span>
                <p className="text-sm text-neutral-600">
                  {section.publishedCount} published · {section.storyCount} in all
                </p>
              </div>
              <div className="flex gap-2">
                <button
                  ref={(element) => void (element ? buttons.current.set(`${id}-up`, element) : buttons.current.delete(`${id}-up`))}
                  type="button"
                  className={buttonClass}
                  disabled={index === 0}
                  onClick={() => move(id, 'up')}
                  onKeyDown={(event) => onKeyDown(event, id)}
                  aria-label={`Move ${section.name} up`}
                >
                  ↑ Up
                </button>
                <button
                  ref={(element) => void (element ? buttons.current.set(`${id}-down`, element) : buttons.current.delete(`${id}-down`))}
                  type="button"
                  className={buttonClass}
                  disabled={index === order.length - 1}
                  onClick={() => move(id, 'down')}
                  onKeyDown={(event) => onKeyDown(event, id)}
                  aria-label={`Move ${section.name} down`}
                >
                  ↓ Down
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <p aria-live="polite" role="status" className="mt-2 min-h-5 text-sm text-neutral-700">
        {announcement}
      </p>
    </div>
  );
}
