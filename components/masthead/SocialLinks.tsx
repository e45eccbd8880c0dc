import type { SocialLink } from '@/lib/content/social';
import { Icon } from '../ui/SocialIcon';

export function SocialLinks({ links, withLabels = false, className = '' }: { links: SocialLink[]; withLabels?: boolean; className?: string }) {
  if (!links.length) return null;
  return (
    <ul className={`flex flex-wrap items-center gap-x-4 gap-y-2 ${className}`} role="list">
      {links.map((link) => (
        <li key={link.network}>
          <a href={link.href} rel="me noopener noreferrer" className="quiet-link inline-flex items-center gap-1.5 py-1">
            <Icon name={link.network} className="h-4 w-4" />
            {withLabels ? link.label : <span className="sr-only">{link.label}</span>}
          </a>
        </li>
      ))}
    </ul>
  );
}
