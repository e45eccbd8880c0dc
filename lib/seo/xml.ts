/**
 * The XML the sitemaps are written in. Text from editors can hold anything a paste brings
 * (control characters, stray `<` and `&`), so every value goes through `xmlText`, which escapes
 * markup and drops the characters XML 1.0 forbids outright; one bad headline must never make a
 * whole sitemap or feed unreadable.
 */

// Characters outside XML 1.0's Char production, and unpaired surrogates.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` with the characters XML cannot carry removed (no escaping). */
export function xmlSafeText(text: string): string {
  return text.replace(FORBIDDEN, '');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** `text` escaped for element content or a double-quoted attribute. */
export function xmlText(text: string): string {
  return xmlSafeText(text).replace(/[&<>"']/g, (character) => ESCAPES[character]);
}

export type XmlChild = XmlElement | string;

export interface XmlElement {
  name: string;
  attributes?: Record<string, string>;
  children?: XmlChild[];
}

/** `<name attr="…">children</name>`; string children are text and escaped. */
export function element(name: string, children: XmlChild[] | string = [], attributes?: Record<string, string>): XmlElement {
  return { name, attributes, children: typeof children === 'string' ? [children] : children };
}

export function serializeElement(node: XmlElement): string {
  const attributes = Object.entries(node.attributes ?? {})
    .map(([key, value]) => ` ${key}="${xmlText(value)}"`)
    .join('');
  const children = node.children ?? [];
  if (!children.length) return `<${node.name}${attributes}/>`;
  const inner = children.map((child) => (typeof child === 'string' ? xmlText(child) : serializeElement(child))).join('');
  return `<${node.name}${attributes}>${inner}</${node.name}>`;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

/**
 * A document written as a root element holding many entries, one per line. Entries are
 * appended as they are read (in batches from the database), so the writer never needs the
 * rows themselves once an entry is written.
 */
export class XmlDocumentWriter {
  private readonly parts: string[] = [];
  private count = 0;

  constructor(
    private readonly root: string,
    private readonly namespaces: Record<string, string>,
  ) {}

  add(entry: XmlElement): void {
    this.parts.push(serializeElement(entry));
    this.count += 1;
  }

  get size(): number {
    return this.count;
  }

  toString(): string {
    const attributes = Object.entries(this.namespaces)
      .map(([key, value]) => ` ${key}="${xmlText(value)}"`)
      .join('');
    return `${XML_DECLARATION}<${this.root}${attributes}>\n${this.parts.join('\n')}${this.parts.length ? '\n' : ''}</${this.root}>\n`;
  }
}
