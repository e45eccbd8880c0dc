import type { ReactNode } from 'react';

/**
 * The top of every newsroom page: its title (the page's one <h1>), an optional line of context,
 * and actions on the right ("New story", "Invite someone").
 */
export function PageHeader({ title, description, actions }: { title: string; description?: ReactNode; actions?: ReactNode }) {
  return (
    <header className="mb-6 flex flex-wrap items-end justify-between gap-4 border-b border-neutral-300 pb-4">
      <div className="min-w-0 [overflow-wrap:anywhere]">
        <h1 className="font-serif text-3xl font-bold text-neutral-900">{title}</h1>
        {description && <p className="mt-1 text-neutral-700">{description}</p>}
      </div>
      {actions && <div className="flex gap-2">{actions}</div>}
    </header>
  );
}
