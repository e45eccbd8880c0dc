import { forbidden } from 'next/navigation';

// Where proxy.ts sends a page visit the role may not open (lib/auth/role-pages.ts). Prerendered as
// refused, so the answer is a real 403; the browser draws the refusal (forbidden.tsx) from the
// page's payload. A page that decided itself would have streamed a 200 already.
export default function NotPermittedPage() {
  forbidden();
}
