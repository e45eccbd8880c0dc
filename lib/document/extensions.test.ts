// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Editor, generateHTML, generateJSON } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { documentToText } from './text';
import { leftOut, leftOutNote, linkInSelection, pasteProps, storyExtensions } from './extensions';
import { isAllowedHref } from './schema';
import { cleanPastedHtml } from './paste';
import { storyDocument } from './schema';

const extensions = storyExtensions();

describe('story editor extensions', () => {
  it('produce documents the story schema accepts, for every node and mark it knows', () => {
    const json = generateJSON(
      '<h2>Sub</h2><h3>Smaller</h3><p><strong>B</strong> <em>I</em> <a href="https://x.test/">L</a><br>after</p>' +
        '<ul><li><p>one</p></li></ul><ol start="3"><li><p>three</p></li></ol><blockquote><p>quoted</p></blockquote>' +
        '<figure class="pull-quote"><blockquote><p>Pulled</p></blockquote><figcaption>Minister</figcaption></figure>' +
        '<figure data-type="figure" data-image-id="7" data-caption="Cap" data-alt="Alt"></figure>' +
        '<div data-type="gallery-embed" data-gallery-id="3"></div><hr>',
      extensions,
    );
    const parsed = storyDocument.parse(json);
    expect(parsed.content?.map((block) => block.type)).toEqual([
      'heading', 'heading', 'paragraph', 'bulletList', 'orderedList', 'blockquote', 'pullQuote', 'figure', 'galleryEmbed', 'horizontalRule',
    ]);
    expect(parsed.content?.[6]).toMatchObject({ type: 'pullQuote', attrs: { attribution: 'Minister' }, content: [{ type: 'text', text: 'Pulled' }] });
    expect(parsed.content?.[7]).toMatchObject({ type: 'figure', attrs: { imageId: 7, caption: 'Cap', alt: 'Alt', credit: null } });
    expect(parsed.content?.[8]).toEqual({ type: 'galleryEmbed', attrs: { galleryId: 3 } });
  });

  it.each([
    ['figure', (editor: Editor) => editor.commands.insertFigure({ imageId: 7 })],
    ['galleryEmbed', (editor: Editor) => editor.commands.insertGalleryEmbed({ galleryId: 3 })],
  ] as const)('after inserting a %s, typing goes on after it instead of replacing it', (type, insert) => {
    const editor = new Editor({ extensions, content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Before.' }] }] } });
    editor.commands.focus('end');
    insert(editor);
    editor.commands.insertContent('After.');
    const blocks = storyDocument.parse(editor.getJSON()).content ?? [];
    expect(blocks.map((block) => block.type)).toEqual(['paragraph', type, 'paragraph']);
    expect(documentToText({ type: 'doc', content: [blocks[2]] })).toBe('After.');
    editor.destroy();
  });

  it('cannot produce what the schema forbids: h1 and h4 become subheads or paragraphs, no strike, underline or code', () => {
    const json = generateJSON('<h1>Top</h1><h4>Deep</h4><p><s>gone</s> <u>plain</u> <code>x</code></p><pre><code>block</code></pre>', extensions);
    const parsed = storyDocument.parse(json);
    expect(JSON.stringify(parsed)).not.toMatch(/"strike"|"underline"|"code"|"codeBlock"|"level":1|"level":4/);
    expect(documentToText(parsed)).toContain('gone plain x');
  });

  it('round-trips pull quotes, figures and galleries through HTML (copy and paste inside the editor)', () => {
    const document = storyDocument.parse({
      type: 'doc',
      content: [
        { type: 'pullQuote', attrs: { attribution: 'Aynur' }, content: [{ type: 'text', text: 'Quote' }] },
        { type: 'figure', attrs: { imageId: 4, caption: 'C', credit: 'Cr', alt: 'A' } },
        { type: 'galleryEmbed', attrs: { galleryId: 2 } },
      ],
    });
    expect(storyDocument.parse(generateJSON(generateHTML(document, extensions), extensions))).toEqual(document);
  });

  it('finds the link a selection touches, whole, wherever the selection starts or ends', () => {
    const editor = new Editor({
      extensions,
      content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Click ' }, { type: 'text', text: 'here', marks: [{ type: 'link', attrs: { href: 'https://old.example/' } }] }, { type: 'text', text: ' now' }] }] },
    });
    const link = { from: 7, to: 11, href: 'https://old.example/' };
    // From before it, from inside it past its end, all of the line, the cursor inside it and just after it.
    for (const [from, to] of [[3, 9], [9, 15], [1, 15], [9, 9], [11, 11]]) {
      editor.commands.setTextSelection({ from, to });
      expect(linkInSelection(editor), `${from}–${to}`).toEqual(link);
    }
    // Words before it, and words starting right where it ends, are no part of it.
    for (const [from, to] of [[2, 4], [11, 15]]) {
      editor.commands.setTextSelection({ from, to });
      expect(linkInSelection(editor), `${from}–${to}`).toBeUndefined();
    }
    editor.destroy();
  });

  it('keeps its own copies as they are, and cleans a copy from another ProseMirror-based editor', () => {
    const own = `<meta charset="utf-8"><figure data-pm-slice="0 0 []" class="pull-quote"><blockquote><p>Quote</p></blockquote><figcaption>Aynur</figcaption></figure><figure data-type="figure" data-image-id="4"></figure><div data-type="gallery-embed" data-gallery-id="2"></div><p>Two  spaces <a href="/nation/x">kept</a></p>`;
    expect(pasteProps.transformPastedHTML(own)).toBe(own);
    expect(leftOut(own)).toEqual({ pictures: 0, embeds: 0 });

    const elsewhere = '<p data-pm-slice="1 1 []">He said \\"no\\"  and   left.</p><p><img src="https://x.test/a.jpg"></p><p><a href="https://www.google.com/url?q=https://example.org/&amp;sa=D">link</a></p>';
    const cleaned = pasteProps.transformPastedHTML(elsewhere);
    expect(cleaned).not.toContain('<img');
    expect(cleaned).not.toContain('google.com/url');
    expect(cleaned).toContain('https://example.org/');
    expect(leftOut(elsewhere)).toEqual({ pictures: 1, embeds: 0 });
  });

  it('says what a paste left out: pictures, and videos or players embedded in a page', () => {
    const page = '<p>Watch:</p><iframe src="https://www.youtube.com/embed/x"></iframe><img src="a.jpg"><img src="b.jpg">';
    expect(leftOut(page)).toEqual({ pictures: 2, embeds: 1 });
    expect(leftOutNote(leftOut(page))).toBe(
      '2 pictures in what you pasted were left out: add pictures from the library with Image. A video or embedded player in what you pasted was left out: stories cannot embed players, so link to it instead.',
    );
    expect(leftOutNote({ pictures: 0, embeds: 0 })).toBeNull();
  });

  it('turns a pasted Word document into a valid story body', () => {
    const html = cleanPastedHtml(readFileSync(path.join(import.meta.dirname, 'paste-samples', 'word.html'), 'utf8'));
    const parsed = storyDocument.parse(generateJSON(html, extensions));
    expect(parsed.content?.map((block) => block.type)).toEqual(['heading', 'paragraph', 'heading', 'bulletList', 'orderedList', 'paragraph']);
  });

  it('keeps pasted line breaks in list items and quotes as line breaks of a valid story body', () => {
    const html = cleanPastedHtml('<ul><li>Line one<br>continues</li></ul><blockquote>“We lost everything.”<br>“Everything.”</blockquote><span>Dear editor,</span><br><span>hello</span>');
    const parsed = storyDocument.parse(generateJSON(html, extensions));
    const lines = (block: unknown) => JSON.stringify(block).match(/"hardBreak"/g)?.length ?? 0;
    expect(parsed.content?.map((block) => [block.type, lines(block)])).toEqual([
      ['bulletList', 1],
      ['blockquote', 1],
      ['paragraph', 1],
    ]);
  });

  it('allows only http(s), mailto and site-relative links', () => {
    expect(['https://a.test/x', 'http://a.test', 'mailto:desk@a.test', '/politics/x', '#top'].every(isAllowedHref)).toBe(true);
    expect(['javascript:alert(1)', 'data:text/html,x', '//evil.test', 'ftp://x', 'vbscript:x'].some(isAllowedHref)).toBe(false);
    // Browsers read a backslash as a slash: these leave the site.
    expect(['/\\evil.test/phish', '/\\/evil.test', '/politics\\..\\x'].some(isAllowedHref)).toBe(false);
  });
});

describe('tidy text', () => {
  it('tidies what is already written, run by run, keeping bold and links; a second tidy finds nothing', () => {
    const link = { type: 'link', attrs: { href: '/nation/story' } };
    const editor = new Editor({
      extensions,
      content: {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: '  He said \\"no\\"  and ' },
              { type: 'text', text: 'left', marks: [{ type: 'bold' }] },
              { type: 'text', text: '\\.  ' },
              { type: 'hardBreak' },
              { type: 'text', text: "'Read  it'", marks: [link] },
            ],
          },
          { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: "It's  over" }] },
          { type: 'paragraph', content: [{ type: 'text', text: '“Already tidy,” she said — in Gəncə.' }] },
        ],
      },
    });
    expect(editor.commands.tidyText()).toBe(true);
    expect(editor.getJSON().content).toEqual([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'He said “no” and ' },
          { type: 'text', text: 'left', marks: [{ type: 'bold' }] },
          { type: 'text', text: '.' },
          { type: 'hardBreak' },
          { type: 'text', text: '‘Read it’', marks: [{ type: 'link', attrs: { href: '/nation/story', target: null, rel: null, class: null, title: null } }] },
        ],
      },
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'It’s over' }] },
      { type: 'paragraph', content: [{ type: 'text', text: '“Already tidy,” she said — in Gəncə.' }] },
    ]);
    expect(editor.commands.tidyText()).toBe(false);
    editor.destroy();
  });
});
