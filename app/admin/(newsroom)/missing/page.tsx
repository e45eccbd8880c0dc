import { notFound } from 'next/navigation';

// Where proxy.ts sends a signed-in visit to an address that is no newsroom page, or names a story,
// person, gallery, section or tag that is not there (lib/editorial/newsroom-pages.ts). Prerendered
// as not found, so the answer is a real 404 with the newsroom's "Not found" (not-found.tsx).
export default function MissingPage() {
  notFound();
}
