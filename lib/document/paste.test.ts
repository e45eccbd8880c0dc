// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanPastedHtml, cleanPastedText } from './paste';

const sample = (name: string) => readFileSync(path.join(import.meta.dirname, 'paste-samples', name), 'utf8');

describe('pasting from Word', () => {
  const html = cleanPastedHtml(sample('word.html'));

  it('keeps headings (h1 becomes a subhead), paragraphs, bold, italic and safe links', () => {
    expect(html).toContain('<h2>Floods in Şəki</h2>');
    expect(html).toContain('<h2>What happened</h2>');
    expect(html).toContain('<p>Residents of Şəki said the water “came without warning” on Tuesday, and <strong>officials</strong> <em>later</em> confirmed it.</p>');
    expect(html).toContain('<p>Read the <a href="https://example.org/report?id=4">full report</a> or this.</p>');
  });

  it('rebuilds Word’s list paragraphs as real nested and numbered lists, markers removed', () => {
    expect(html).toContain('<ul><li><p>Roads closed</p><ul><li><p>Including the M4</p></li></ul></li><li><p>Schools shut</p></li></ul>');
    expect(html).toContain('<ol><li><p>Evacuate</p></li><li><p>Wait for the all-clear</p></li></ol>');
  });

  it('keeps a numbered list that follows a bulleted one straight on as a list of its own', () => {
    const item = (list: string, marker: string, text: string) =>
      `<p class=MsoListParagraph style='text-indent:-18.0pt;mso-list:${list} level1 lfo1'><span style='mso-list:Ignore'>${marker}<span>&nbsp;</span></span>${text}<o:p></o:p></p>`;
    const pasted = cleanPastedHtml(item('l0', '·', 'Roads closed') + item('l0', '·', 'Schools shut') + item('l1', '1.', 'Evacuate') + item('l1', '2.', 'Wait'));
    expect(pasted).toBe('<ul><li><p>Roads closed</p></li><li><p>Schools shut</p></li></ul><ol><li><p>Evacuate</p></li><li><p>Wait</p></li></ol>');
  });

  it('reads bold and italic from font-weight and font-style only, not from Word’s mso-bidi- look-alikes', () => {
    const pasted = cleanPastedHtml(
      "<p class=MsoNormal><b style='mso-bidi-font-weight:normal'>Bold</b> then <i style='mso-bidi-font-style:normal'>italic</i> then " +
        "<span style='mso-bidi-font-weight:bold;mso-bidi-font-style:italic'>plain</span> and <span style='font-weight: 700; font-style: oblique'>both</span><o:p></o:p></p>",
    );
    expect(pasted).toBe('<p><strong>Bold</strong> then <em>italic</em> then plain and <strong><em>both</em></strong></p>');
  });

  it('drops styles, classes, fonts, colours, comments, Office tags and empty paragraphs', () => {
    expect(html).not.toMatch(/style=|class=|<span|<o:p|mso-|<!--|<font|Cambria|&nbsp;|<p><\/p>/);
  });
});

describe('pasting from Google Docs', () => {
  const html = cleanPastedHtml(sample('google-docs.html'));

  it('unwraps the non-bold <b> wrapper and turns weight and style spans into marks', () => {
    expect(html.startsWith('<h2>Budget talks resume</h2>')).toBe(true);
    expect(html).toContain('<p>The minister said it was “a <strong>fair</strong> deal” for <em>everyone</em>.</p>');
    expect(html).not.toMatch(/<b[ >]|<span|style=/);
  });

  it('keeps links (without Google’s redirector) and lists, and drops the stray <br> and the empty paragraph', () => {
    expect(html).toContain('<p>Details: <a href="https://gov.example/budget">budget page</a></p>');
    expect(html).toContain('<ul><li><p>Pensions</p></li><li><p>Roads</p></li></ul>');
    expect(html).not.toContain('<br>');
    expect(html.endsWith('</ul>')).toBe(true);
  });
});

describe('pasting from a web page', () => {
  it('keeps block quotes, maps deep headings to h3, drops images, scripts and unsafe links', () => {
    const html = cleanPastedHtml(
      '<div class="article"><h4 style="color:red">Context</h4><blockquote><p>“We will rebuild,” he said.</p></blockquote>' +
        '<img src="x.jpg"><script>alert(1)</script><p><a href="data:text/html,hi" onclick="x()">click</a> <a href="/politics/story">inside</a></p>' +
        '<div>Plain div text</div></div>',
    );
    expect(html).toBe(
      '<h3>Context</h3><blockquote><p>“We will rebuild,” he said.</p></blockquote><p>click <a href="/politics/story">inside</a></p><p>Plain div text</p>',
    );
  });
});

describe('pasting a table', () => {
  it('makes each row one paragraph with its cells side by side, Word’s cell paragraphs and all', () => {
    const pasted = cleanPastedHtml(
      '<table class=MsoTableGrid><tr><td><p class=MsoNormal><b>District</b></p></td><td><p class=MsoNormal>Turnout</p></td></tr>' +
        '<tr><td><p>Şəki</p></td><td>  61%  </td></tr><tr><td></td><td></td></tr></table><p>After</p>',
    );
    expect(pasted).toBe('<p>District | Turnout</p><p>Şəki | 61%</p><p>After</p>');
  });
});

describe('text clean-up', () => {
  it('removes stray backslashes, doubled spaces and makes quotes typographic', () => {
    expect(cleanPastedText(`He said \\"no\\"  and   left.\nIt's Əliyev's \\ 'view'.`)).toBe('He said “no” and left.\nIt’s Əliyev’s ‘view’.');
  });

  it('leaves curly quotes, em dashes and non-Latin names alone', () => {
    expect(cleanPastedText('“Gəncə” — Москва')).toBe('“Gəncə” — Москва');
  });
});
