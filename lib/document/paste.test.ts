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

describe('what a paste must not lose or add', () => {
  it('keeps the text inside Word’s smart tags and content controls, dropping only the tags', () => {
    const pasted = cleanPastedHtml(
      '<p class=MsoNormal>The ship docked in <st1:City w:st="on"><st1:place w:st="on">Baku</st1:place></st1:City> on <st1:date w:st="on">May 3</st1:date>.<o:p></o:p></p>' +
        '<p class=MsoNormal>Spokesperson: <w:Sdt ID="1234">Leyla Mammadova</w:Sdt>, said the port was safe.</p>',
    );
    expect(pasted).toBe('<p>The ship docked in Baku on May 3.</p><p>Spokesperson: Leyla Mammadova, said the port was safe.</p>');
  });

  it('keeps a line break as one and a blank line as a new paragraph, in loose text, list items and quotes', () => {
    expect(cleanPastedHtml('<span>Dear editor,</span><br><span>the road is closed.</span><br><br><span>Regards, Anar</span>')).toBe(
      '<p>Dear editor,<br>the road is closed.</p><p>Regards, Anar</p>',
    );
    expect(cleanPastedHtml('<ul><li>Line one<br>continues here</li></ul>')).toBe('<ul><li>Line one<br>continues here</li></ul>');
    expect(cleanPastedHtml('<blockquote>"We lost everything," said one resident.<br>"Everything is gone."</blockquote>')).toBe(
      '<blockquote>“We lost everything,” said one resident.<br>“Everything is gone.”</blockquote>',
    );
  });

  it('keeps the space that bold, italic or a link held alone between two words', () => {
    expect(cleanPastedHtml('<p>He read <i>The</i><i> </i><i>New York Times</i> and <b>Le</b><b>&nbsp;</b><b>Monde</b>.</p>')).toBe(
      '<p>He read <em>The</em> <em>New York Times</em> and <strong>Le</strong>&nbsp;<strong>Monde</strong>.</p>',
    );
    expect(cleanPastedHtml('<p>Read<a href="https://e.example/"> </a>this</p>')).toBe('<p>Read this</p>');
  });

  it('leaves out Word’s review comments and the links of its footnote markers, keeping the footnotes', () => {
    const pasted = cleanPastedHtml(
      '<p class=MsoNormal>Turnout was 61%<a href="#_ftn1" name="_ftnref1"><span class=MsoFootnoteReference>[1]</span></a> by Monday' +
        '<span class=MsoCommentReference><a class=msocomanchor id="_anchor_1" href="#_msocom_1" name="_msoanchor_1">[AB1]</a></span>.</p>' +
        "<div style='mso-element:comment-list'><hr class=msocomoff align=left size=1 width=\"33%\"><div style='mso-element:comment' id=_com_1>" +
        '<p class=MsoCommentText><a href="#_msoanchor_1">[AB1]</a>CHECK THIS with the police before we run it</p></div></div>' +
        "<div style='mso-element:footnote-list'><div style='mso-element:footnote' id=ftn1><p class=MsoFootnoteText><a href=\"#_ftnref1\">[1]</a> Figures from the commission.</p></div></div>",
    );
    expect(pasted).toBe('<p>Turnout was 61%[1] by Monday.</p><p>[1] Figures from the commission.</p>');
  });

  it('leaves out text a tracked change deleted', () => {
    expect(cleanPastedHtml('<p>The mayor <del cite="mailto:Editor">resigned</del><ins cite="mailto:Editor">was dismissed</ins> on Monday.</p>')).toBe(
      '<p>The mayor was dismissed on Monday.</p>',
    );
  });

  it('goes on counting a Word list that carries on after a paragraph', () => {
    const item = (marker: string, text: string) =>
      `<p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><span style='mso-list:Ignore'>${marker}<span>&nbsp;</span></span>${text}</p>`;
    expect(cleanPastedHtml(item('1.', 'Close the roads') + item('2.', 'Open shelters') + '<p class=MsoNormal>Then, on Thursday:</p>' + item('3.', 'Reopen on Friday'))).toBe(
      '<ol><li><p>Close the roads</p></li><li><p>Open shelters</p></li></ol><p>Then, on Thursday:</p><ol start="3"><li><p>Reopen on Friday</p></li></ol>',
    );
  });

  it('keeps a page’s asides and headers as paragraphs of their own, a table’s caption and the lines of a <pre>', () => {
    expect(cleanPastedHtml('<p>Before.</p><aside>Read more</aside><aside>Related story</aside><p>After.</p>')).toBe(
      '<p>Before.</p><p>Read more</p><p>Related story</p><p>After.</p>',
    );
    expect(cleanPastedHtml('<table><caption>Table 1: Wind speeds</caption><tr><td>Town</td><td>Speed</td></tr></table>')).toBe('<p>Table 1: Wind speeds</p><p>Town | Speed</p>');
    expect(cleanPastedHtml('<pre>line one\nline two</pre>')).toBe('<p>line one<br>line two</p>');
  });

  it('keeps links whose address has a space or a line break, and drops ones too long to save', () => {
    expect(cleanPastedHtml('<p><a href="https://share.example/Shared Documents/Budget\n2024.pdf">budget</a></p>')).toBe(
      '<p><a href="https://share.example/Shared%20Documents/Budget2024.pdf">budget</a></p>',
    );
    expect(cleanPastedHtml(`<p><a href="https://e.example/?q=${'x'.repeat(2100)}">long</a></p>`)).toBe('<p>long</p>');
  });

  it('keeps the spaces at the edges of a phrase copied from a page, to join the sentence it is pasted into', () => {
    expect(cleanPastedHtml('<meta charset=\'utf-8\'><span style="color: rgb(51,51,51);">minister said<span>&nbsp;</span></span>')).toBe('minister said&nbsp;');
    expect(cleanPastedHtml('<span> road </span>')).toBe(' road ');
  });

  it('keeps a line break at the end of bold, italic or a link', () => {
    expect(cleanPastedHtml('<p class=MsoNormal><b><span lang=EN-US>Leyla Mammadova<br></span></b><span lang=EN-US>Press Officer<o:p></o:p></span></p>')).toBe(
      '<p><strong>Leyla Mammadova<br></strong>Press Officer</p>',
    );
    expect(cleanPastedHtml('<p>Caption<em><br>Photo by Leyla</em></p>')).toBe('<p>Caption<em><br>Photo by Leyla</em></p>');
  });

  it('leaves out a Word template’s placeholders nobody filled in', () => {
    expect(
      cleanPastedHtml(
        '<p class=MsoNormal>Byline: <w:Sdt ShowingPlcHdr="t" Temporary="t">[Author Name]</w:Sdt></p>' +
          '<p class=MsoNormal>Dateline: <w:Sdt ShowingPlcHdr="t"><span class=MsoPlaceholderText>Click or tap here to enter text.</span></w:Sdt>Baku</p>',
      ),
    ).toBe('<p>Byline:</p><p>Dateline: Baku</p>');
  });

  it('leaves no line break behind a blank line that ends a paragraph', () => {
    expect(cleanPastedHtml('<p>A<br><br></p>')).toBe('<p>A</p>');
    expect(cleanPastedHtml('<div>Regards,<br>Anar<br><br></div>')).toBe('<p>Regards,<br>Anar</p>');
  });

  it('makes paragraphs of an e-mail’s blank lines, inside its <div> too', () => {
    expect(cleanPastedHtml('<div dir="ltr">Dear editor,<br><br>The road is closed.<br><br>Regards,<br>Anar</div>')).toBe(
      '<p>Dear editor,</p><p>The road is closed.</p><p>Regards,<br>Anar</p>',
    );
  });

  it('keeps words in a table cell apart where a line or paragraph ended', () => {
    expect(cleanPastedHtml('<table><tr><td>Name<br>Leyla</td><td><p>Press</p><p>officer</p></td></tr></table>')).toBe('<p>Name Leyla | Press officer</p>');
    // What is left out elsewhere is left out of a cell too.
    expect(cleanPastedHtml('<table><caption>Table 1<br>Wind</caption><tr><td>The mayor <del>resigned</del><ins>was dismissed</ins><o:p>&nbsp;</o:p></td></tr></table>')).toBe(
      '<p>Table 1 Wind</p><p>The mayor was dismissed</p>',
    );
  });

  it('adds no empty paragraph for the line breaks between a document’s blocks', () => {
    expect(cleanPastedHtml('\n<p>a</p>\n<p>b</p>\n')).toBe('<p>a</p><p>b</p>');
  });
});
