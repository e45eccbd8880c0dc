import Link from 'next/link';
import { ADMIN_HOME_PATH } from '@/lib/auth/admin-paths';
import { ROLE_LABELS, type Role } from '@/lib/auth/permissions';
import { NavLink } from './NavLink.client';
import type { NavItem } from './navigation';

/**
 * Who is signed in (with the way to their own profile), the areas they may open, and sign out.
 * The caller filters `items` with navigationFor(user) and passes the sign-out server action.
 */
export function NewsroomNav({
  user,
  items,
  signOutAction,
}: {
  user: { name: string; role: Role };
  items: readonly NavItem[];
  signOutAction: () => Promise<void>;
}) {
  return (
    <div className="flex flex-col gap-4 md:h-full">
      <nav aria-label="Newsroom">
        <ul className="flex gap-1 overflow-x-auto md:flex-col md:overflow-visible">
          <li>
            <NavLink href={ADMIN_HOME_PATH} label="Dashboard" />
          </li>
          {items.map((item) => (
            <li key={item.href}>
              <NavLink href={item.href} label={item.label} />
            </li>
          ))}
        </ul>
      </nav>
      <div className="flex items-center justify-between gap-3 border-t border-neutral-300 pt-3 md:mt-auto md:flex-col md:items-start">
        <p className="text-sm leading-tight">
          <span className="block font-semibold text-neutral-900" data-testid="signed-in-name">
            {user.name}
          </span>
          <span className="text-neutral-600" data-testid="signed-in-role">
            {ROLE_LABELS[user.role]}
          </span>
        </p>
        <div className="flex items-center gap-3">
          <Link
            href="/admin/profile"
            className="inline-flex min-h-6 items-center rounded-sm text-sm font-semibold text-neutral-800 underline underline-offset-2 outline-none hover:text-neutral-600 focus-visible:ring-2 focus-visible:ring-blue-700"
          >
            Your profile
          </Link>
          <form action={signOutAction}>
            <button
              type="submit"
              className="inline-flex min-h-6 items-center rounded-sm text-sm font-semibold text-neutral-800 underline underline-offset-2 outline-none hover:text-neutral-600 focus-visible:ring-2 focus-visible:ring-blue-700"
            >
              Sign out
            </button>
          </form>
        </div>
      </div>
    </div>
  );
}
