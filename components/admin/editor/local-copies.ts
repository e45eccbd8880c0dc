/**
 * Unsaved story text kept in this browser's localStorage, one copy per open editor. Two tabs on
 * the same story each keep their own copy, so a save in one never removes what the other has not
 * saved yet; opening the story offers every copy that differs from the saved text, newest first.
 * Browser-only: call from effects and event handlers.
 *
 * Keys: `dateline:story:<id or "new">:<editor>`; copies kept before there was one per editor
 * have no `:<editor>` part and are still offered.
 */

/** What this browser keeps of unsaved work, and the story version it was written against. */
export interface LocalCopy<Draft> {
  draft: Draft;
  savedAt: number;
  /** Missing in copies kept before versions were recorded. */
  baseVersion?: number;
}

export interface KeptCopy<Draft> extends LocalCopy<Draft> {
  key: string;
}

// A copy nobody came back to in a month is not work anyone is missing.
const FORGOTTEN_AFTER_MS = 30 * 24 * 60 * 60 * 1000;

function storyKey(storyId: number | null): string {
  return `dateline:story:${storyId ?? 'new'}`;
}

/** A key of this editor's own, for the story it is writing. */
export function copyKey(storyId: number | null, editor: string): string {
  return `${storyKey(storyId)}:${editor}`;
}

/** A name for one open editor, unique enough among a browser's tabs (no secure context needed). */
export function newEditorName(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

/** Every readable copy kept for the story, newest first; unreadable and forgotten ones are dropped. */
export function keptCopies<Draft>(storyId: number | null): KeptCopy<Draft>[] {
  const prefix = storyKey(storyId);
  const copies: KeptCopy<Draft>[] = [];
  try {
    const keys = Array.from({ length: localStorage.length }, (_, index) => localStorage.key(index)).filter(
      (key): key is string => key !== null && (key === prefix || key.startsWith(`${prefix}:`)),
    );
    for (const key of keys) {
      try {
        const copy = JSON.parse(localStorage.getItem(key) ?? '') as LocalCopy<Draft>;
        if (typeof copy?.savedAt === 'number' && copy.draft && Date.now() - copy.savedAt < FORGOTTEN_AFTER_MS) copies.push({ ...copy, key });
        else localStorage.removeItem(key);
      } catch {
        localStorage.removeItem(key);
      }
    }
  } catch {
    // Storage disabled: nothing was kept.
  }
  return copies.sort((a, b) => b.savedAt - a.savedAt);
}

export function keepCopy<Draft>(key: string, copy: LocalCopy<Draft>): void {
  try {
    localStorage.setItem(key, JSON.stringify(copy));
  } catch {
    // Storage full or disabled: the server copy still protects the text.
  }
}

export function dropCopy(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Storage disabled: nothing to drop.
  }
}
