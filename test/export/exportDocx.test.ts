import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { exportDocx } from '../../server/src/engine/export/exportDocx';
import { formatExportWarning } from '../../server/src/engine/export/exportWarnings';
import { REPO } from '../helpers/paths';
import { count, docxParts, endnotesOf, paragraphsOf, textOf } from './docxParts';

const EXAMPLE_TEXT = fs.readFileSync(path.join(REPO, 'examples', 'azerbaijan-2018-draft.md'), 'utf8');

async function exported(markdown: string) {
  const result = await exportDocx(markdown);
  return { ...result, parts: await docxParts(result.bytes), messages: result.warnings.map(formatExportWarning) };
}

test('the example: a zip with the document and its endnotes', async () => {
  const { bytes, parts } = await exported(EXAMPLE_TEXT);
  assert.equal(Buffer.from(bytes.subarray(0, 2)).toString('latin1'), 'PK');
  assert.ok(bytes.length > 10_000, `${bytes.length} bytes`);
  assert.match(parts.document, /<w:body>/);
  assert.match(parts.endnotes, /<w:endnotes /);
});

test('the example: Markdown footnotes become Word endnotes, numbered by first reference, each defined once', async () => {
  const { parts } = await exported(EXAMPLE_TEXT);
  const notes = endnotesOf(parts.endnotes);
  // [^1]..[^34] without [^16] (defined, never referred to); [^15] is referred to, not defined.
  assert.equal(notes.size, 33);
  assert.deepEqual([...notes.keys()], Array.from({ length: 33 }, (_, i) => i + 1));
  assert.equal(notes.get(1), 'Human Rights Council, Report of the Working Group on the Universal Periodic Review: Azerbaijan, A/HRC/24/13, 12 July 2013.');
  assert.match(notes.get(15)!, /Endnote \[15\] is referred to in the draft but not defined/);
  // Numbered in order of first reference: [^17] (first cited in para. 30) is the 16th note.
  assert.match(notes.get(16)!, /^Committee against Torture, Concluding observations/);
  assert.match(notes.get(33)!, /Mehriban Aliyeva as First Vice-President, 21 February 2017\.$/);
  assert.ok(![...notes.values()].some((t) => t.includes('Council of Europe Commissioner')), 'the unreferenced [^16] is left out');
  // Each note's paragraph starts with Word's endnote number mark.
  assert.equal(count(parts.endnotes, '<w:endnoteRef/>'), 33 + 2, 'one per note, and the two separators');

  // The body: one reference mark per note, and a NOTEREF cross-reference for every later citation.
  const calls = [...EXAMPLE_TEXT.matchAll(/\[\^(\d+)\](?!:)/g)].map((m) => m[1]!);
  assert.equal(count(parts.document, /<w:endnoteReference w:id="\d+"\/>/), 33);
  assert.equal(count(parts.document, 'NOTEREF _RefUprEndnote'), calls.length - new Set(calls).size);
  assert.equal(count(parts.document, 'NOTEREF _RefUprEndnote1 '), calls.filter((c) => c === '1').length - 1);
  const ids = [...parts.document.matchAll(/<w:endnoteReference w:id="(\d+)"\/>/g)].map((m) => Number(m[1]));
  assert.deepEqual(ids, Array.from({ length: 33 }, (_, i) => i + 1), 'marks in document order 1, 2, 3 …');
  // A repeated citation shows the first note's number, in the endnote reference style.
  assert.match(parts.document, /NOTEREF _RefUprEndnote1 \\f \\h<\/w:instrText>[\s\S]*?<w:rStyle w:val="EndnoteReference"\/><\/w:rPr><w:t[^>]*>1<\/w:t>/);
});

test('the example: no footnote syntax, definitions or front matter left in the body text', async () => {
  const { parts } = await exported(EXAMPLE_TEXT);
  const body = textOf(parts.document);
  assert.ok(!body.includes('[^'), 'no [^ left');
  assert.ok(!body.includes('---'), 'no front matter fence');
  assert.ok(!body.includes('state-under-review') && !body.includes('sesion:'), 'no front matter keys');
  assert.ok(!body.includes('Human Rights Council, Report of the Working Group'), 'endnote 1 is not body text');
  assert.ok(!body.includes('Rasul Jafarov v. Azerbaijan, no. 69981/14'), 'endnote 5 is not body text');
  assert.ok(body.includes('The European Court of Human Rights found in Rasul Jafarov v. Azerbaijan'), 'the body is');
  // Soft line breaks of the Markdown are spaces in Word.
  assert.ok(body.includes('independent non-governmental organisation founded in 1977'));
});

test('the example: the cover comes from the front matter, then the headings with Word heading styles', async () => {
  const { parts } = await exported(EXAMPLE_TEXT);
  const paragraphs = paragraphsOf(parts.document);
  assert.equal(paragraphs[0]!.style, 'Title');
  // `sesion:` is misspelt in the example, so the title has no session.
  assert.equal(paragraphs[0]!.text, 'Stakeholder submission to the Universal Periodic Review of Azerbaijan — 3rd cycle');
  assert.equal(paragraphs[1]!.text, 'Submitted by: Norwegian Helsinki Committee');
  assert.equal(paragraphs[2]!.text, 'Submission type: individual submission');
  assert.match(parts.document, /<w:br w:type="page"\/>/, 'the body starts on a new page');

  const headings = (level: number) => paragraphs.filter((p) => p.style === `Heading${level}`).map((p) => p.text);
  assert.deepEqual(headings(1), ['Azerbaijan: civic space, freedom of expression and the independence of the judiciary']);
  assert.equal(headings(2).length, 9);
  assert.equal(headings(2)[0], 'I. Introduction');
  assert.equal(headings(2)[8], 'IX. Recommendations');
  assert.equal(headings(3).filter((t) => t === 'Follow-up to the previous review').length, 7);
  assert.match(parts.styles, /<w:style w:type="paragraph" w:styleId="Heading1">/);
});

test('the example: the follow-up tables are Word tables with their cells, header row bold', async () => {
  const { parts } = await exported(EXAMPLE_TEXT);
  const tables = [...parts.document.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((m) => m[0]);
  assert.equal(tables.length, 2);
  const rows = [...tables[0]!.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((r) => [...r[0].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => textOf(c[0])));
  assert.deepEqual(rows, [
    ['Recommendation', 'Recommending State', 'Position', 'Assessment'],
    ['109.118', 'Norway', 'Supported', 'Not implemented'],
    ['109.26', 'Austria', 'Supported', 'Not implemented'],
    ['109.122', 'Germany', 'Supported', 'Not implemented'],
    ['109.200', 'Ireland', 'Supported', 'Not implemented'],
  ]);
  const header = /<w:tr>[\s\S]*?<\/w:tr>/.exec(tables[0]!)![0];
  assert.match(header, /<w:tblHeader\/>/);
  assert.match(header, /<w:b\/>/);
});

test('the example: its numbered paragraphs are one Word list numbered on across headings and tables', async () => {
  const { parts } = await exported(EXAMPLE_TEXT);
  const paragraphs = paragraphsOf(parts.document);
  const numbered = paragraphs.filter((p) => p.numId !== undefined);
  assert.equal(numbered.length, 72);
  assert.equal(new Set(numbered.map((p) => p.numId)).size, 1, 'paragraphs 1–72 in one list');
  assert.match(numbered[0]!.text, /^The Norwegian Helsinki Committee \(NHC\)/);
  assert.match(numbered[3]!.text, /^At its second review Azerbaijan supported recommendation 109\.118/);
  assert.match(numbered[71]!.text, /^Ensure that ODIHR can observe/);
  // Introductory text and the chapeau of the recommendations stay unnumbered.
  const chapeau = paragraphs.find((p) => p.text === 'We recommend that the Government of Azerbaijan:');
  assert.ok(chapeau && chapeau.numId === undefined);
  // The list counts 1., 2., 3. … from 1.
  assert.match(parts.numbering, /<w:start w:val="1"\/><w:numFmt w:val="decimal"\/><w:lvlText w:val="%1\."\/>/);
});

test('the example: the warnings are the front matter typo and the two endnote problems, with their lines', async () => {
  const { messages } = await exported(EXAMPLE_TEXT);
  assert.deepEqual(messages, [
    'line 4: front matter: Unknown front matter key "sesion"; did you mean "session"?',
    'line 124: endnote [^15] is referred to but not defined; the .docx has endnote 15 saying so. Add a line "[^15]: source".',
    'line 357: endnote [^16] is defined but never referred to; it is left out of the .docx.',
  ]);
});

test('a full front matter gives the whole title line, a joint submission and its organisations', async () => {
  const md = `---
state-under-review: KEN
cycle: 3
session: 35
submission-type: joint
submitted-by:
  - Kenya Human Rights Commission
  - Article 19 Eastern Africa
  - Defenders Coalition
---

Body text.
`;
  const { parts, messages } = await exported(md);
  const paragraphs = paragraphsOf(parts.document);
  assert.equal(paragraphs[0]!.text, 'Stakeholder submission to the Universal Periodic Review of Kenya — 3rd cycle, 35th session');
  assert.equal(paragraphs[1]!.text, 'Submitted by: Kenya Human Rights Commission, Article 19 Eastern Africa and Defenders Coalition');
  assert.equal(paragraphs[2]!.text, 'Submission type: joint submission');
  assert.deepEqual(messages, []);
});

test('inline formatting: bold, italic, code, strikethrough, clickable links (inline and by reference), line breaks', async () => {
  const md = `Some **bold**, *italic*, \`code\`, ~~gone~~ and a [report](https://www.hrw.org/report/2016)
and [another][ai].\\
After a hard break.

[ai]: https://www.amnesty.org/en/
`;
  const { parts } = await exported(md);
  assert.match(parts.document, /<w:b\/><w:bCs\/><\/w:rPr><w:t[^>]*>bold<\/w:t>/);
  assert.match(parts.document, /<w:i\/><w:iCs\/><\/w:rPr><w:t[^>]*>italic<\/w:t>/);
  assert.match(parts.document, /<w:rFonts w:ascii="Courier New"[^>]*\/><\/w:rPr><w:t[^>]*>code<\/w:t>/);
  assert.match(parts.document, /<w:strike\/><\/w:rPr><w:t[^>]*>gone<\/w:t>/);
  const links = [...parts.document.matchAll(/<w:hyperlink [^>]*r:id="([^"]+)"[^>]*>([\s\S]*?)<\/w:hyperlink>/g)];
  assert.deepEqual(
    links.map((l) => textOf(l[2]!)),
    ['report', 'another'],
  );
  for (const [, id] of links) {
    assert.match(parts.documentRels, new RegExp(`Id="${id}"[^>]*Target="https://www\\.(hrw|amnesty)\\.org[^"]*"[^>]*TargetMode="External"|Target="https://www\\.(hrw|amnesty)\\.org[^"]*"[^>]*Id="${id}"`));
  }
  assert.match(parts.document, /<w:br\/>/);
  assert.ok(!textOf(parts.document).includes('[ai]'), 'the link definition is not text');
});

test('block quotes, bullet lists (nested) and code blocks', async () => {
  const md = `> A quoted finding of the Committee.

- first point
  - a sub-point
- second point

\`\`\`
code line 1
code line 2
\`\`\`
`;
  const { parts } = await exported(md);
  const paragraphs = paragraphsOf(parts.document);
  assert.equal(paragraphs.find((p) => p.text === 'A quoted finding of the Committee.')?.style, 'Quote');
  const bullets = paragraphs.filter((p) => ['first point', 'a sub-point', 'second point'].includes(p.text));
  assert.equal(bullets.length, 3);
  assert.deepEqual(
    bullets.map((p) => /<w:ilvl w:val="(\d)"/.exec(p.xml)?.[1]),
    ['0', '1', '0'],
  );
  assert.match(parts.numbering, /<w:numFmt w:val="bullet"\/>/);
  assert.deepEqual(
    paragraphs.filter((p) => p.style === 'UprCode').map((p) => p.text),
    ['code line 1', 'code line 2'],
  );
});

test('HTML comments (upr-disable switches) are not exported; other HTML keeps its text', async () => {
  const md = `<!-- upr-disable uncited-claim -->
1. A paragraph <!-- upr-disable-next-line --> with an inline comment.
<!-- upr-enable uncited-claim -->

<div>Boxed <b>text</b></div>
`;
  const { parts, messages } = await exported(md);
  const body = textOf(parts.document);
  assert.ok(!body.includes('upr-'), body);
  assert.ok(!body.includes('<!--'), body);
  assert.match(body, /A paragraph +with an inline comment\./);
  assert.ok(body.includes('Boxed text'));
  assert.ok(messages.some((m) => /line 5: HTML is exported as its text only/.test(m)), messages.join('\n'));
});

test('without ordered lists every top-level paragraph is numbered; with them, jumps in the numbers are kept and reported', async () => {
  const plain = await exported('# Title\n\nFirst paragraph.\n\nSecond paragraph.\n\n> Quoted, not numbered.\n');
  const numbered = paragraphsOf(plain.parts.document).filter((p) => p.numId !== undefined);
  assert.deepEqual(
    numbered.map((p) => p.text),
    ['First paragraph.', 'Second paragraph.'],
  );

  const jump = await exported('1. One.\n2. Two.\n\n## Next\n\n5. Five.\n6. Six.\n');
  const items = paragraphsOf(jump.parts.document).filter((p) => p.numId !== undefined);
  assert.equal(items.length, 4);
  assert.equal(items[0]!.numId, items[1]!.numId);
  assert.notEqual(items[1]!.numId, items[2]!.numId, 'a new list from 5');
  assert.match(jump.parts.numbering, /<w:start w:val="5"\/>/);
  assert.deepEqual(
    jump.messages.filter((m) => !m.startsWith('no front matter')),
    ['line 6: paragraph numbers go from 2 to 5; kept as written.'],
  );
});

test('a loose numbered list (blank lines between items, a second paragraph in an item) stays one list', async () => {
  const md = '1. First.\n\n   More of the first.\n\n2. Second.\n\n   - a bullet under it\n\n3. Third.\n';
  const { parts, messages } = await exported(md);
  const paragraphs = paragraphsOf(parts.document);
  const numbered = paragraphs.filter((p) => p.numId !== undefined && !p.xml.includes('<w:ilvl w:val="1"/>'));
  assert.deepEqual(
    numbered.map((p) => p.text),
    ['First.', 'Second.', 'Third.'],
  );
  assert.equal(new Set(numbered.map((p) => p.numId)).size, 1);
  const more = paragraphs.find((p) => p.text === 'More of the first.')!;
  assert.equal(more.numId, undefined);
  assert.match(more.xml, /<w:ind w:left="567"\/>/, 'indented under its number');
  assert.deepEqual(messages.filter((m) => !m.startsWith('no front matter')), []);
});

test('broken input still exports, with warnings: no front matter', async () => {
  const { bytes, parts, messages } = await exported('# A draft\n\nSome text.[^1]\n\n[^1]: A source.\n');
  assert.ok(bytes.length > 0);
  assert.ok(!paragraphsOf(parts.document).some((p) => p.style === 'Title'), 'no cover');
  assert.ok(textOf(parts.document).includes('Some text.'));
  assert.equal(endnotesOf(parts.endnotes).get(1), 'A source.');
  assert.equal(messages.length, 1);
  assert.match(messages[0]!, /^no front matter: the \.docx has no cover/);
});

test('broken input still exports, with warnings: malformed YAML', async () => {
  const md = '---\nstate-under-review: [Azerbaijan\ncycle: 3\n---\n\n1. Text of the submission.\n';
  const { parts, messages } = await exported(md);
  const body = textOf(parts.document);
  assert.ok(body.includes('Text of the submission.'));
  assert.ok(!body.includes('state-under-review') && !body.includes('[Azerbaijan'), 'the YAML is not text');
  assert.ok(messages.some((m) => /^line \d: front matter: Front matter is not valid YAML/.test(m)), messages.join('\n'));
  assert.ok(messages.some((m) => /no "state-under-review"/.test(m)), messages.join('\n'));
});

test('broken input still exports, with warnings: an unclosed front matter is kept as text, not lost', async () => {
  const { parts, messages } = await exported('---\nstate-under-review: Azerbaijan\n\nSome text.\n');
  assert.ok(textOf(parts.document).includes('state-under-review: Azerbaijan'));
  assert.ok(textOf(parts.document).includes('Some text.'));
  assert.match(messages[0]!, /^line 1: the front matter has no closing "---" line/);
});

test('broken input still exports, with warnings: endnotes referred to without definition, defined twice, cited inside a note', async () => {
  const md = '---\nstate-under-review: Azerbaijan\n---\n\nA claim.[^a] Another.[^missing] Again.[^missing]\n\n[^a]: Source A, see also [^a].\n[^a]: A second definition.\n';
  const { parts, messages } = await exported(md);
  const notes = endnotesOf(parts.endnotes);
  assert.equal(notes.size, 2);
  assert.equal(notes.get(1), 'Source A, see also 1.');
  assert.match(notes.get(2)!, /Endnote \[missing\] is referred to in the draft but not defined/);
  assert.equal(count(parts.document, /<w:endnoteReference /), 2);
  assert.equal(count(parts.document, 'NOTEREF _RefUprEndnote2 '), 1, 'the second undefined call refers to the same note');
  assert.ok(!textOf(parts.document).includes('[^'));
  assert.ok(messages.some((m) => m.startsWith('line 5: endnote [^missing] is referred to but not defined')), messages.join('\n'));
  assert.ok(messages.some((m) => m.startsWith('line 8: endnote [^a] is defined twice')), messages.join('\n'));
});

test('any text exports without throwing', async () => {
  const inputs = ['', '\n\n', '---', '---\n---\n', '[^', '[^]', '| a |\n|---|\n| b | c | d |', '\u0000\uFFFD <', '1.\n\n2.', '- [ ] task\n- [x] done', '![alt](pic.png)', '[^x]: only a definition'];
  for (const md of inputs) {
    const { bytes } = await exportDocx(md);
    assert.equal(Buffer.from(bytes.subarray(0, 2)).toString('latin1'), 'PK', JSON.stringify(md));
  }
});
