import Link from 'next/link';
import { Fragment } from 'react';
import type { LinkRef } from '@/lib/content/views';

/** `By A`, `By A and B`, `By A, B and C`, each author linking to their page; or the credit line. */
export function Byline({ authors, creditLine }: { authors: LinkRef[]; creditLine: string | null }) {
  if (!authors.length) return creditLine ? <p className="font-semibold">{creditLine}</p> : null;
  return (
    <p className="font-semibold">
      By{' '}
      {authors.map((author, index) => (
        <Fragment key={author.path}>
          {index > 0 ? (index === authors.length - 1 ? ' and ' : ', ') : null}
          <Link href={author.path} className="text-link underline-offset-2 hover:underline" rel="author">
            {author.name}
          </Link>
        </Fragment>
      ))}
    </p>
  );
}
