import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { renderDocument, type RenderSlots } from './render';
import { storyDocument, type StoryDocument } from './schema';

const slots: RenderSlots = {
  figure: (attrs, key) => <figure key={key} data-image={attrs.imageId} />,
  gallery: (attrs, key) => <section key={key} data-gallery={attrs.galleryId} />,
};

const html = (document: StoryDocument) => renderToStaticMarkup(<>{renderDocument(document, slots)}</>);

describe('the story renderer', () => {
  it('renders every block a story can hold', () => {
    const markup = html({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Subhead' }] },
        { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Minor subhead' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Əliyev said: “We will — and must — build.”' }] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'One' }] }] }] },
        { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Three' }] }] }] },
        { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Quoted' }] }] },
        { type: 'pullQuote', attrs: { attribution: 'Şəbnəm Çələbiyeva' }, content: [{ type: 'text', text: '“Less water”' }] },
        { type: 'horizontalRule' },
        { type: 'figure', attrs: { imageId: 7 } },
        { type: 'galleryEmbed', attrs: { galleryId: 2 } },
      ],
    });
    expect(markup).toContain('<h2>Subhead</h2><h3>Minor subhead</h3>');
    expect(markup).toContain('<p>Əliyev said: “We will — and must — build.”</p>');
    expect(markup).toContain('<ul><li>One</li></ul><ol start="3"><li>Three</li></ol>');
    expect(markup).toContain('<blockquote><p>Quoted</p></blockquote>');
    expect(markup).toContain('<figure class="pull-quote"><blockquote><p>“Less water”</p></blockquote><figcaption>Şəbnəm Çələbiyeva</figcaption></figure>');
    expect(markup).toContain('<hr/><figure data-image="7"></figure><section data-gallery="2"></section>');
  });

  it('renders marks and links, marking external ones', () => {
    const markup = html({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'bold', marks: [{ type: 'bold' }] },
            { type: 'hardBreak' },
            { type: 'text', text: 'both', marks: [{ type: 'bold' }, { type: 'italic' }] },
            { type: 'text', text: 'out', marks: [{ type: 'link', attrs: { href: 'https://example.org/a' } }] },
            { type: 'text', text: 'in', marks: [{ type: 'link', attrs: { href: '/nation/story' } }] },
            // Another site dressed as a path (stored before the rule caught it): words, no link.
            { type: 'text', text: ' disguised', marks: [{ type: 'link', attrs: { href: '/\\evil.example/phish' } }] },
          ],
        },
      ],
    });
    expect(markup).toBe(
      '<p><strong>bold</strong><br/><em><strong>both</strong></em><a href="https://example.org/a" rel="noopener noreferrer">out</a><a href="/nation/story">in</a> disguised</p>',
    );
    const saved = storyDocument.safeParse({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: '/\\evil.example' } }] }] }] });
    expect(saved.success).toBe(false);
    // Refusals name what is wrong in the editor's words.
    const long = storyDocument.safeParse({ type: 'doc', content: [{ type: 'pullQuote', attrs: { attribution: 'x'.repeat(301) }, content: [{ type: 'text', text: 'Said.' }] }] });
    expect(long.error?.issues[0].message).toBe('A pull quote’s attribution can be at most 300 characters');
  });

  it('keeps pasted junk as text and skips empty paragraphs', () => {
    const markup = html({
      type: 'doc',
      content: [{ type: 'paragraph' }, { type: 'paragraph', content: [{ type: 'text', text: 'a \\ stray  <b>tag</b> & “quotes”' }] }],
    });
    expect(markup).toBe('<p>a \\ stray  &lt;b&gt;tag&lt;/b&gt; &amp; “quotes”</p>');
  });

  it('leaves out subheads, pull quotes and paragraphs with no words in them', () => {
    const markup = html({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 } },
        { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: '  ' }] },
        { type: 'pullQuote', attrs: { attribution: 'Nobody' } },
        { type: 'paragraph', content: [{ type: 'hardBreak' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Words.' }] },
      ],
    });
    expect(markup).toBe('<p>Words.</p>');
  });

  it('leaves out emptied list items, lists and quotes, and a blank attribution', () => {
    const item = (text?: string) => ({ type: 'listItem' as const, content: [{ type: 'paragraph' as const, ...(text ? { content: [{ type: 'text' as const, text }] } : {}) }] });
    const markup = html({
      type: 'doc',
      content: [
        { type: 'bulletList', content: [item('a'), item(), item('c')] },
        { type: 'orderedList', content: [item(), item('  ')] },
        { type: 'blockquote', content: [{ type: 'paragraph' }] },
        { type: 'pullQuote', attrs: { attribution: ' ' }, content: [{ type: 'text', text: 'Said.' }] },
      ],
    });
    expect(markup).toBe('<ul><li>a</li><li>c</li></ul><figure class="pull-quote"><blockquote><p>Said.</p></blockquote></figure>');
  });
});
