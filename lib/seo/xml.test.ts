import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { element, serializeElement, XmlDocumentWriter, xmlText } from './xml';

describe('XML writing', () => {
  it('escapes markup in text and attributes, and drops characters XML forbids', () => {
    expect(xmlText(`Tom & Jerry <b>"quoted"</b> it's\u0000\u0008\u000B`)).toBe('Tom &amp; Jerry &lt;b&gt;&quot;quoted&quot;&lt;/b&gt; it&apos;s');
    // Tabs, newlines and everything printable (Azerbaijani, emoji) survive.
    expect(xmlText('Əliyev\tŞəki\nGəncə 📰')).toBe('Əliyev\tŞəki\nGəncə 📰');
    // An unpaired surrogate (half an emoji, pasted from somewhere) is dropped.
    expect(xmlText('a\uD83Db')).toBe('ab');
  });

  it('writes documents a real parser reads back exactly', () => {
    const writer = new XmlDocumentWriter('urlset', { xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9' });
    writer.add(element('url', [element('loc', 'https://example.com/a?b=1&c=<2>')]));
    writer.add(element('url', [element('loc', 'https://example.com/]]>')], { note: `"x" & 'y'` }));
    const xml = writer.toString();
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
    expect(parsed.urlset.xmlns).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(parsed.urlset.url.map((url: { loc: string }) => url.loc)).toEqual(['https://example.com/a?b=1&c=<2>', 'https://example.com/]]>']);
    expect(parsed.urlset.url[1].note).toBe(`"x" & 'y'`);
    expect(writer.size).toBe(2);
  });

  it('writes empty elements self-closed', () => {
    expect(serializeElement(element('br'))).toBe('<br/>');
  });
});
