/** Caption and credit under a picture; either may be empty. */
export function Caption({ caption, credit, className = '' }: { caption: string; credit: string; className?: string }) {
  if (!caption && !credit) return null;
  return (
    <figcaption className={`caption mt-2 ${className}`}>
      {caption}
      {caption && credit ? ' ' : null}
      {credit ? (
        <span className="credit">{credit}</span>
      ) : null}
    </figcaption>
  );
}
