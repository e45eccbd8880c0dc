import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryDocument } from '../document/schema';
import { documentToFeedHtml } from './feed-html';

beforeAll(() => {
  process.env.SITE_URL = 'https://news.example.com/';
});

describe('documentToFeedHtml', () => {
  const context = {
    figures: new Map([[3, { src: 'https://news.example.com/media/images/x/w1280.webp', alt: 'Market stalls', caption: 'Gəncə market', credit: 'Photo: Staff' }]]),
    galleries: new Map([[9, { title: 'Şəki in spring', path: '/galleries/seki-in-spring' }]]),
  };

  it('writes plain, self-contained HTML with absolute links and images', () => {
    const document: StoryDocument = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'See ' }, { type: 'text', text: 'our report', marks: [{ type: 'link', attrs: { href: '/politics/budget' } }, { type: 'bold' }] }] },
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'What next' }] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'One' }] }] }] },
        { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Three' }] }] }] },
        { type: 'pullQuote', attrs: { attribution: 'A minister' }, content: [{ type: 'text', text: '“We will act”' }] },
        { type: 'figure', attrs: { imageId: 3, caption: null } },
        { type: 'figure', attrs: { imageId: 404 } },
        { type: 'galleryEmbed', attrs: { galleryId: 9 } },
        { type: 'horizontalRule' },
        { type: 'paragraph' },
      ],
    };
    expect(documentToFeedHtml(document, context).split('\n')).toEqual([
      '<p>See <strong><a href="https://news.example.com/politics/budget">our report</a></strong></p>',
      '<h2>What next</h2>',
      '<ul><li>One</li></ul>',
      '<ol start="3"><li>Three</li></ol>',
      '<blockquote><p>“We will act”</p><footer>— A minister</footer></blockquote>',
      '<figure><img src="https://news.example.com/media/images/x/w1280.webp" alt="Market stalls"><figcaption>Gəncə market — Photo: Staff</figcaption></figure>',
      '',
      '<p><a href="https://news.example.com/galleries/seki-in-spring">Photo gallery: Şəki in spring</a></p>',
      '<hr>',
      '',
    ]);
  });

  it('escapes text so pasted markup stays text', () => {
    const document: StoryDocument = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '<script>x</script> ]]> & \u0001' }] }] };
    expect(documentToFeedHtml(document, context)).toBe('<p>&lt;script&gt;x&lt;/script&gt; ]]&gt; &amp; </p>');
  });
});
