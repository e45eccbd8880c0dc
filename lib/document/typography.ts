/**
 * The text clean-up that pasting applies (lib/document/paste.ts) and that "Tidy text" applies to
 * a story already written (lib/document/extensions.ts): stray backslashes, doubled spaces,
 * straight quotes. Whether a quote opens depends on what came before it, so a paragraph's runs
 * (plain, bold, linked) are tidied together.
 */

/** Backslashes that escape punctuation or stand alone (copied from CMS exports and chats). */
function removeStrayBackslashes(text: string): string {
  return text.replace(/\\+(?=['"‘’“”.,;:!?()[\]\-–—\s]|$)/g, '');
}

function collapseSpaces(text: string): string {
  return text.replace(/[ \t\u00a0]{2,}/g, ' ');
}

/**
 * Straight quotes to typographic: an opening quote follows a space, an opening bracket or dash
 * or the start of the paragraph; everything else closes (and a lone ' inside a word is an
 * apostrophe). Word's and TeX's doubled backticks become “ and ”.
 */
function typographicQuotes(text: string, before: string): string {
  let out = '';
  let previous = before;
  const source = text.replace(/``/g, '“').replace(/''/g, '”');
  for (const char of source) {
    const opens = previous === '' || /[\s([{\u2014\u2013\-“‘/]/.test(previous);
    if (char === '"') out += opens ? '“' : '”';
    else if (char === "'") out += opens ? '‘' : '’';
    else out += char;
    previous = char;
  }
  return out;
}

/**
 * A fragment on its own (a line of a plain-text paste): spaces at its ends are the writer's.
 * `before` is the character it lands after, which decides whether a quote at its start opens.
 */
export function tidyFragment(text: string, before = ''): string {
  return typographicQuotes(collapseSpaces(removeStrayBackslashes(text)), before);
}

/**
 * The runs of one line of a paragraph, subhead or list item, in order: tidied as one text, each
 * run keeping its place (so its bold or link stays), with the line's outer spaces trimmed.
 */
export function tidyRuns(runs: readonly string[]): string[] {
  let before = '';
  return runs.map((run, index) => {
    let text = collapseSpaces(removeStrayBackslashes(run.replace(/[\r\n]+/g, ' ')));
    if (before.endsWith(' ')) text = text.replace(/^ +/, '');
    if (index === 0) text = text.replace(/^\s+/, '');
    if (index === runs.length - 1) text = text.replace(/\s+$/, '');
    text = typographicQuotes(text, before.slice(-1));
    if (text) before = text;
    return text;
  });
}
