import { Icon, type IconName } from '../ui/SocialIcon';
import { CopyLinkItem } from './CopyLinkItem.client';

/** Share a story: copy link, X, Facebook, WhatsApp, Telegram, email; and "Follow us on X". */
export function ShareLinks({ url, headline, xHandle }: { url: string; headline: string; xHandle: string }) {
  const u = encodeURIComponent(url);
  const text = encodeURIComponent(headline);
  const targets: { icon: IconName; label: string; href: string }[] = [
    { icon: 'x', label: 'X', href: `https://x.com/intent/post?url=${u}&text=${text}` },
    { icon: 'facebook', label: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { icon: 'whatsapp', label: 'WhatsApp', href: `https://wa.me/?text=${encodeURIComponent(`${headline} ${url}`)}` },
    { icon: 'telegram', label: 'Telegram', href: `https://t.me/share/url?url=${u}&text=${text}` },
    { icon: 'email', label: 'Email', href: `mailto:?subject=${text}&body=${encodeURIComponent(`${headline}\n\n${url}`)}` },
  ];
  const handle = xHandle.trim().replace(/^@/, '');
  const chip =
    'inline-flex items-center gap-1.5 rounded-full border border-rule px-3 py-1.5 text-sm font-semibold hover:border-rule-strong';
  return (
    <section aria-labelledby="share-heading" className="no-print mt-8 font-sans">
      <h2 id="share-heading" className="text-sm font-bold tracking-wide uppercase">
        Share this story
      </h2>
      <ul className="mt-2 flex flex-wrap gap-2" role="list">
        {targets.map((target) => (
          <li key={target.label}>
            <a href={target.href} className={chip} rel="noopener noreferrer" target={target.icon === 'email' ? undefined : '_blank'}>
              <Icon name={target.icon} className="h-4 w-4" />
              {target.label}
              {target.icon === 'email' ? null : <span className="sr-only"> (opens in a new tab)</span>}
            </a>
          </li>
        ))}
        <CopyLinkItem url={url} className={chip} />
      </ul>
      {handle ? (
        <p className="mt-4 text-sm">
          <a href={`https://x.com/${encodeURIComponent(handle)}`} rel="noopener noreferrer" className="font-semibold text-link underline underline-offset-2">
            Follow us on X
          </a>{' '}
          <span className="text-muted">@{handle}</span>
        </p>
      ) : null}
    </section>
  );
}
