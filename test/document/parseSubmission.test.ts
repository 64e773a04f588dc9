import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Nodes } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseSubmission, SubmissionParseCache } from '../../server/src/engine/document/parseSubmission';
import type { SubmissionDocument } from '../../server/src/engine/document/types';
import { slice } from './helpers';

const FIXTURE = fileURLToPath(new URL('../fixtures/submissions/azerbaijan-2018-draft.md', import.meta.url));
const text = readFileSync(FIXTURE, 'utf8');

test('the fixture: front matter, sections and the recommendations section', () => {
  const doc = parseSubmission(text);
  assert.equal(doc.isSubmission, true);
  assert.deepEqual(doc.frontMatterProblems, []);
  assert.equal(doc.frontMatter?.stateUnderReview?.value.iso3, 'AZE');
  assert.equal(doc.frontMatter?.submissionType?.value, 'joint');
  assert.deepEqual(
    doc.sections.map((s) => [s.depth, s.title, s.kind, s.inRecommendations, s.parent ?? null]),
    [
      [1, 'Azerbaijan: joint stakeholder submission to the third cycle of the Universal Periodic Review', 'other', false, null],
      [2, 'I. Introduction', 'other', false, 0],
      [2, 'II. Freedom of association', 'other', false, 0],
      [3, 'A. Follow-up to the previous review', 'follow-up', false, 2],
      [3, 'B. New developments', 'other', false, 2],
      [2, 'III. Recommendations', 'recommendations', true, 0],
    ],
  );
  assert.deepEqual(doc.sections[2]!.children, [3, 4]);
  assert.ok(slice(doc, doc.sections[3]!.range).startsWith('### A. Follow-up'));
  assert.ok(slice(doc, doc.sections[3]!.range).trimEnd().endsWith('registration of NGOs.'));
  const recs = doc.blocks.filter((b) => b.inRecommendationsSection);
  assert.deepEqual(recs.map((b) => b.text), [
    'We recommend that the Government of Azerbaijan:',
    'Repeal the 2014 amendments to the Law on NGOs within one year.',
    'Continue to cooperate with civil society.',
    'Release all human rights defenders detained for their work.',
  ]);
  assert.deepEqual(recs.map((b) => [b.list?.depth, b.list?.ordered, b.list?.number ?? null]), [
    [1, true, 6],
    [2, false, null],
    [2, false, null],
    [2, false, null],
  ]);
  assert.deepEqual(
    doc.blocks.filter((b) => b.list?.depth === 1).map((b) => b.list?.number),
    [1, 2, 3, 4, 5, 6],
  );
});

test('the fixture: every recommendation reference', () => {
  const doc = parseSubmission(text);
  assert.deepEqual(
    doc.recommendationReferences.map((r) => [r.id, r.form, r.document ?? null, r.recommendingStates ?? null, slice(doc, r.range)]),
    [
      ['109.118', 'recommendation', null, ['Norway'], '109.118'],
      ['109.124', 'paragraph', null, null, '109.124'],
      ['109.125', 'paragraph', null, null, '109.125'],
      ['109.118', 'table-cell', null, ['Norway'], '109.118'],
      ['109.124', 'table-cell', null, ['Switzerland'], '109.124'],
      ['109.125', 'table-cell', null, ['Brazil', 'Chile'], '109.125'],
      ['109.3', 'parenthetical', null, ['Brazil', 'Chile'], '109.3'],
      ['109.121', 'symbol-paragraph', 'A/HRC/24/13', null, '109.121'],
    ],
  );
});

test('the fixture: sentences with citations, tables, endnotes, comments, words', () => {
  const doc = parseSubmission(text);
  const para3 = doc.blocks.find((b) => b.text.startsWith('Contrary'))!;
  assert.deepEqual(
    para3.sentences.map((s) => [s.text, s.citations.map((c) => c.kind)]),
    [
      ['Contrary to these commitments, amendments adopted in December 2013 and February 2014 required prior registration of every grant (Law No. 2-V, Art. 24.1).', []],
      ['At least 23 human rights defenders were detained in 2014 (Human Rights Watch, 2016).', ['parenthetical']],
      ['The Working Group on Arbitrary Detention found the detention of Mr. Intigam Aliyev arbitrary (A/HRC/WGAD/2016/5).', ['parenthetical']],
    ],
  );
  assert.equal(slice(doc, para3.sentences[2]!.range), 'The Working Group\n   on Arbitrary Detention found the detention of Mr. Intigam Aliyev arbitrary\n   (A/HRC/WGAD/2016/5).');
  assert.equal(doc.tables.length, 1);
  assert.deepEqual(doc.tables[0]!.headers, ['ID', 'Recommending State', 'Position', 'Assessment']);
  assert.equal(doc.tables[0]!.idColumn, 0);
  assert.equal(doc.tables[0]!.stateColumn, 1);
  const cells = doc.blocks.filter((b) => b.kind === 'tableCell');
  assert.equal(cells.length, 12);
  assert.deepEqual(cells[3]!.table, { table: 0, row: 1, column: 3, header: 'Assessment' });
  assert.equal(slice(doc, cells[3]!.range), 'Not implemented');
  assert.deepEqual(
    doc.footnoteDefinitions.map((d) => [d.label, d.text]),
    [
      ['1', 'A/HRC/24/13, paras. 109.124 and 109.125; see also A/HRC/24/13/Add.1.'],
      ['2', "Institute for Reporters' Freedom and Safety, Annual report 2017, p. 4, https://example.org/irfs-2017."],
    ],
  );
  assert.ok(slice(doc, doc.footnoteDefinitions[1]!.range).startsWith('[^2]: Institute'));
  assert.deepEqual(doc.footnoteReferences.map((r) => [r.label, r.defined, slice(doc, r.range)]), [
    ['1', true, '[^1]'],
    ['2', true, '[^2]'],
  ]);
  assert.deepEqual(doc.htmlComments.map((c) => [c.text, slice(doc, c.range)]), [
    ['upr-disable uncited-claim', '<!-- upr-disable uncited-claim -->'],
    ['upr-enable uncited-claim', '<!-- upr-enable uncited-claim -->'],
  ]);
  assert.ok(doc.words.body > 250 && doc.words.body < 400, String(doc.words.body));
  assert.equal(doc.words.endnotes, 20);
});

test('paragraph and table cell ranges equal those of one whole remark parse', () => {
  const whole = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).parse(text);
  const expected: string[] = [];
  const visit = (n: Nodes, inEndnote: boolean): void => {
    if (n.type === 'paragraph' && !inEndnote) expected.push(`${n.position!.start.offset}-${n.position!.end.offset}`);
    // A cell's block range is its content, without the pipes and padding.
    if (n.type === 'tableCell') expected.push(`${n.children[0]!.position!.start.offset}-${n.children.at(-1)!.position!.end.offset}`);
    if ('children' in n) for (const c of n.children as Nodes[]) visit(c, inEndnote || n.type === 'footnoteDefinition');
  };
  visit(whole, false);
  const doc = parseSubmission(text);
  // Header cells are in `tables[].headers`, not blocks: drop the 4 header cells from the whole parse.
  const headerCells = new Set<string>();
  const table = whole.children.find((c) => c.type === 'table');
  if (table?.type === 'table') for (const c of table.children[0]!.children) headerCells.add(`${c.children[0]!.position!.start.offset}-${c.children.at(-1)!.position!.end.offset}`);
  assert.deepEqual(
    doc.blocks.map((b) => `${b.range.start}-${b.range.end}`),
    expected.filter((e) => !headerCells.has(e)),
  );
  // The assembled root has the whole parse's positions for every top-level node.
  const ours = new Set(doc.root.children.map((c) => `${c.type}@${c.position!.start.offset}:${c.position!.start.line}:${c.position!.start.column}`));
  for (const c of whole.children) {
    if (c.type === 'list') continue; // a loose list is one node in the whole parse, one per item in ours
    assert.ok(ours.has(`${c.type}@${c.position!.start.offset}:${c.position!.start.line}:${c.position!.start.column}`), c.type);
  }
});

/** Everything a check reads, without the inline maps, for comparing two parses. */
function essence(doc: SubmissionDocument): unknown {
  return JSON.parse(
    JSON.stringify({
      fm: doc.frontMatter,
      problems: doc.frontMatterProblems,
      sections: doc.sections,
      blocks: doc.blocks.map((b) => ({ ...b, inline: b.inline.range })),
      tables: doc.tables,
      defs: doc.footnoteDefinitions,
      refs: doc.footnoteReferences,
      comments: doc.htmlComments,
      words: doc.words,
      recs: doc.recommendationReferences,
      root: doc.root,
    }),
  );
}

test('with a cache, an edit re-parses one chunk and gives the same result as a fresh parse', () => {
  const cache = new SubmissionParseCache();
  parseSubmission(text, cache);
  const edits: Array<[string, string]> = [
    ['refused to register', 'refused to formally register'], // one word in the middle
    ['## I. Introduction', '## I. Introduction and scope'], // a heading
    ['| 109.124 | Switzerland |', '| 109.124 | Sweden |'], // a table cell
    ['Law on NGOs.[^1]', 'Law on NGOs.[^1][^3]'], // a footnote reference without a definition
  ];
  let current = text;
  for (const [from, to] of edits) {
    assert.ok(current.includes(from), from);
    current = current.replace(from, to);
    const cached = parseSubmission(current, cache);
    assert.equal(cache.lastParsedChunks, 1, from);
    assert.deepEqual(essence(cached), essence(parseSubmission(current)), from);
  }
  // Adding the definition changes the chunk that references it and the endnotes chunk.
  current = `${current}[^3]: New source, 2018.\n`;
  const cached = parseSubmission(current, cache);
  assert.ok(cache.lastParsedChunks <= 2, String(cache.lastParsedChunks));
  assert.deepEqual(essence(cached), essence(parseSubmission(current)));
  assert.equal(cached.footnoteReferences.find((r) => r.label === '3')?.defined, true);
  // The same text again: nothing is parsed.
  parseSubmission(current, cache);
  assert.equal(cache.lastParsedChunks, 0);
});

test('repeated identical paragraphs are cached once per occurrence', () => {
  const md = 'Same text.\n\nSame text.\n\nOther.\n';
  const cache = new SubmissionParseCache();
  parseSubmission(md, cache);
  const doc = parseSubmission(md.replace('Other', 'Another'), cache);
  assert.equal(cache.lastParsedChunks, 1);
  assert.deepEqual(doc.blocks.map((b) => slice(doc, b.range)), ['Same text.', 'Same text.', 'Another.']);
});

test('a file without front matter is not a submission but is still analysed', () => {
  const doc = parseSubmission('# README\n\nSome text.\n');
  assert.equal(doc.isSubmission, false);
  assert.equal(doc.frontMatter, undefined);
  assert.equal(doc.blocks.length, 1);
});

test('broken inputs never throw and keep ranges inside the text', () => {
  const inputs: Array<[string, string]> = [
    ['empty', ''],
    ['only front matter', '---\nstate-under-review: Azerbaijan\n---'],
    ['only front matter, newline', '---\nstate-under-review: Azerbaijan\n---\n'],
    ['unclosed front matter', '---\nstate-under-review: Azerbaijan\ncycle: 3\n\nSome text.'],
    ['non-YAML front matter', '---\n: : [ {\n\tfoo: "bar\n---\nBody text. More.'],
    ['unclosed emphasis', 'The *court **refused to. Register [the NGO.\n\nNext _para.'],
    ['stray footnote markers', 'He was [^ detained [^]. And [^x\n\n[^: broken\n'],
    ['HTML fragments', '<div>\n<p>Unclosed\n\nText after <span>inline</b> html. <!-- open comment\n\nstill comment -->\n\nAfter.'],
    ['table with missing cells', '| ID | State |\n|---|---|\n| 109.118 |\n| | Norway | extra |\n|'],
    ['CRLF', '---\r\nstate-under-review: AZE\r\n---\r\n\r\n# Title\r\n\r\nOne. Two (HRW, 2019).[^1]\r\n\r\n[^1]: Src.\r\n'],
    ['lone CR', 'One.\rTwo.\r\rThree.'],
    ['unclosed fence', 'Text.\n\n```\ncode\n\nmore code'],
    ['deep nesting', '> - > - > 1. *a **b [c](d) e** f*.'],
    ['only whitespace', '   \n\n\t\n'],
    ['NUL and odd characters', 'A\u0000B. \uFEFFC\u2028D. 😀 E.'],
  ];
  for (const [name, md] of inputs) {
    let doc: SubmissionDocument;
    assert.doesNotThrow(() => {
      doc = parseSubmission(md);
    }, name);
    const inside = (r: { start: number; end: number }, what: string): void => {
      assert.ok(r.start >= 0 && r.start <= r.end && r.end <= md.length, `${name}: ${what} ${JSON.stringify(r)}`);
    };
    for (const b of doc!.blocks) {
      inside(b.range, 'block');
      for (const s of b.sentences) {
        inside(s.range, 'sentence');
        assert.ok(s.text.length > 0 && s.text === s.text.trim(), `${name}: sentence text`);
        for (const c of s.citations) inside(c.range, 'citation');
      }
    }
    for (const p of doc!.frontMatterProblems) inside(p.range, 'problem');
    for (const s of doc!.sections) inside(s.range, 'section');
    for (const f of doc!.footnoteReferences) inside(f.range, 'footnote');
    assert.ok(doc!.root.type === 'root', name);
  }
});

test('broken inputs: specific outcomes', () => {
  const onlyFm = parseSubmission('---\nstate-under-review: Azerbaijan\n---');
  assert.equal(onlyFm.isSubmission, true);
  assert.deepEqual(onlyFm.blocks, []);
  assert.deepEqual(onlyFm.words, { body: 0, endnotes: 0 });

  const nonYaml = parseSubmission('---\n: : [ {\n---\nBody text.');
  assert.equal(nonYaml.isSubmission, false);
  assert.ok(nonYaml.frontMatterProblems.some((p) => p.code === 'yaml-syntax'));

  const crlf = '---\r\nstate-under-review: AZE\r\n---\r\n\r\n# Title\r\n\r\nOne. Two (HRW, 2019).[^1]\r\n\r\n[^1]: Src.\r\n';
  const c = parseSubmission(crlf);
  assert.deepEqual(c.blocks[0]!.sentences.map((s) => slice(c, s.range)), ['One.', 'Two (HRW, 2019).[^1]']);
  assert.deepEqual(c.lineIndex.rangeOf(c.blocks[0]!.sentences[1]!.range), { start: { line: 6, character: 5 }, end: { line: 6, character: 25 } });
  assert.equal(c.sections[0]!.title, 'Title');

  const table = parseSubmission('| ID | State |\n|---|---|\n| 109.118 |\n');
  assert.deepEqual(table.recommendationReferences.map((r) => r.id), ['109.118']);

  const stray = parseSubmission('He was [^ detained [^]. And [^x');
  assert.deepEqual(stray.blocks[0]!.sentences.map((s) => s.text), ['He was [^ detained [^].', 'And [^x']);
});

test('parse time of a ~5,600-word submission (reported, not asserted)', (t) => {
  // Twenty variants of the fixture's body with distinct numbers and endnote labels.
  const head = text.slice(0, text.indexOf('\n---\n') + 5);
  const body = text.slice(head.length).replace(/\n\[\^[\s\S]*$/, '\n');
  let big = head;
  for (let i = 0; i < 40; i++) {
    big += body.replace(/\[\^(\d)\]/g, `[^$1x${i}]`).replace(/\d+/g, (d) => String(Number(d) + i));
    big += `\n[^1x${i}]: Source ${i}, 2020.\n[^2x${i}]: Other source ${i}, 2019.\n\n`;
    if (parseSubmission(big).words.body >= 5600) break;
  }
  const words = parseSubmission(big).words.body;
  assert.ok(words >= 5600 && words < 6200, String(words));
  const median = (f: () => void, n: number): number => {
    const ts: number[] = [];
    for (let k = 0; k < n; k++) {
      const t0 = performance.now();
      f();
      ts.push(performance.now() - t0);
    }
    ts.sort((a, b) => a - b);
    return ts[n >> 1]!;
  };
  const full = median(() => parseSubmission(big), 5);
  const cache = new SubmissionParseCache();
  parseSubmission(big, cache);
  let n = 0;
  const edit = median(() => {
    n++;
    parseSubmission(big.replace('refused to register', n % 2 === 1 ? 'refused to formally register' : 'refused to register'), cache);
  }, 11);
  assert.equal(cache.lastParsedChunks, 1);
  t.diagnostic(`${words} words, ${big.length} chars: full parse ${full.toFixed(1)} ms, re-parse after a one-word edit ${edit.toFixed(1)} ms`);
});

test('random edits of the fixture: never a throw, ranges inside the text, cached = fresh', () => {
  // A small deterministic generator, so a failure can be replayed.
  let seed = 12345;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const pieces = ['*', '**', '_', '[', ']', '(', ')', '[^', '[^1]', '|', '\n', '\n\n', '\r\n', '---\n', '```', '<!--', '-->', '<b>', '> ', '- ', '1. ', '#', '.', ' ', 'para. 109.1', '(Norway)', '&amp;', '\\', '😀'];
  const cache = new SubmissionParseCache();
  let current = text;
  for (let i = 0; i < 60; i++) {
    const at = rand(current.length + 1);
    if (rand(3) === 0) current = current.slice(0, at) + current.slice(Math.min(current.length, at + rand(40)));
    else current = current.slice(0, at) + pieces[rand(pieces.length)]! + current.slice(at);
    const cached = parseSubmission(current, cache);
    const fresh = parseSubmission(current);
    assert.deepEqual(essence(cached), essence(fresh), `edit ${i}`);
    for (const b of fresh.blocks) {
      for (const s of b.sentences) {
        assert.ok(s.range.start >= 0 && s.range.start <= s.range.end && s.range.end <= current.length, `edit ${i}`);
        for (const r of s.recommendationReferences) assert.ok(/^\d+\.\d+$/.test(r.id));
      }
    }
  }
});

test('random realistic edits: the chunked parse gives the tree of one whole remark parse', () => {
  const whole = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);
  const kinds = new Set(['paragraph', 'heading', 'list', 'listItem', 'table', 'tableCell', 'link', 'code', 'html', 'footnoteDefinition', 'footnoteReference', 'blockquote']);
  const signature = (root: Nodes): string[] => {
    const out: string[] = [];
    const visit = (n: Nodes): void => {
      // A loose list is one node in a whole parse and one per item in chunks: compare items, not lists.
      if (kinds.has(n.type) && n.type !== 'list') out.push(`${n.type}@${n.position?.start.offset}-${n.position?.end.offset}`);
      if ('children' in n) for (const c of n.children as Nodes[]) visit(c);
    };
    visit(root);
    return out;
  };
  const pieces = ['word ', '*', '**', '_', '[', ']', '(', ')', '[^1]', '[^9]', '\n', '\n\n', '.', ' ', 'para. 109.1', '(Norway)', ' and ', '[link](http://x)', '\n\nNew para.\n\n', '- item\n', '\n1. item\n', '\n\n## Heading\n\n', '<!--', '-->', '`', '```', '\n[^9]: new def\n', '|', '> ', '    '];
  for (const start of [7, 11]) {
    let seed = start;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    let current = text;
    for (let i = 0; i < 120; i++) {
      // Keep the front matter intact: an unclosed `---` fence makes remark-frontmatter
      // mis-parse later lists, which the chunked parse deliberately does not copy.
      const at = text.indexOf('\n---\n') + 5 + rand(current.length - text.indexOf('\n---\n') - 4);
      if (rand(3) === 0) current = current.slice(0, at) + current.slice(Math.min(current.length, at + rand(40)));
      else current = current.slice(0, at) + pieces[rand(pieces.length)]! + current.slice(at);
      assert.deepEqual(signature(parseSubmission(current).root), signature(whole.parse(current)), `seed ${start}, edit ${i}`);
    }
  }
});
