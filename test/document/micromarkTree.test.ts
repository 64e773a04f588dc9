import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyzeChunk } from '../../server/src/engine/document/analyzeChunk';
import { splitIntoChunks } from '../../server/src/engine/document/blockChunks';
import { findFrontMatterBlock } from '../../server/src/engine/document/frontMatter';
import { micromarkNodes } from '../../server/src/engine/document/micromarkTree';
import { chunkNodes, definitionsUsed, parseSubmission } from '../../server/src/engine/document/parseSubmission';

/**
 * The analysis is read from micromark's events (`micromarkTree.ts`); remark builds the
 * mdast from the same events. Every chunk must analyse the same either way: sections,
 * blocks, sentences with ranges, citations, references, footnotes, comments, words.
 */
function assertSameAsRemark(text: string, name: string): void {
  const block = findFrontMatterBlock(text);
  const { chunks, definitions } = splitIntoChunks(text, block?.range.end ?? 0);
  for (const c of chunks) {
    const source = text.slice(c.start, c.end);
    const used = definitionsUsed(source, definitions);
    const withFrontMatter = c.start === 0 && block !== undefined;
    const ours = analyzeChunk(source, chunkNodes(source, used, withFrontMatter, 'micromark'));
    const remark = analyzeChunk(source, chunkNodes(source, used, withFrontMatter, 'remark'));
    assert.deepStrictEqual(ours, remark, `${name}: chunk at ${c.start}: ${JSON.stringify(source.slice(0, 120))}`);
  }
}

const TRICKY: Record<string, string> = {
  'nested lists': '1. First item[^1].\n   - nested *one* point.\n   - nested two\n\n     continued paragraph.\n2. Second item.\n\n3) other delimiter\n\n- [ ] open task with text\n- [x] done task\n- [x]\n\n[^1]: A note.\n',
  'loose list': '5. Five.\n\n6. Six, with `code` and **strong**.\n\n   Second paragraph of six.\n',
  tables:
    '| ID | State | Text |\n|---:|:---|:-:|\n| 109.118 | Norway | Free the `a \\| b` press[^2]. |\n| 109.119 | | *empty* state |\n| | Chile, Peru | <br> line |\n\n[^2]: Note two.\n',
  'table in a block quote': '> | a | b |\n> |---|---|\n> | 1 | 2 |\n',
  'footnotes before and after the full stop': 'Detained in 2019[^a]. Released later.[^b] Not a call [^missing] here.\n\n[^a]: HRW, *World Report*, 2020.\n[^b]: See [^a] and <https://example.org>.\n\n    Indented continuation.\n',
  'footnote called as a link': 'Text[^n](HRW) more.\n\n[^n]: The note.\n',
  'html comments': 'Before <!-- inline comment --> after.\n\n<!-- block\ncomment -->\n\n<div>\n*raw* html\n</div>\n\nText with <span class="x">tag</span> and <br/> break.\n',
  'code blocks': '```js\nconst a = 1; // words in code\n```\n\n    indented code\n    second line\n\n~~~\nunclosed tilde fence\n',
  'setext headings': 'Title line\none more\n===\n\nSub *title*\n---\n\nParagraph.\n',
  'atx headings': '# One #\n\n## Two ## ##\n\n###### Six\n\n####### not a heading\n\n#\n',
  'links and references': 'See [the report][hrw], [HRW][] and [hrw], [inline](https://x.org "t") and ![img](a.png) and [![i](b.png)](https://y.org).\n\n[hrw]: https://hrw.org\n',
  'autolink literals': 'Visit www.example.com, https://un.org/en?a=b. Or mail info@example.org, mailto:a@b.co and xmpp:x@y.org. Escaped ww\\w.example.com &amp; &#64;.\n',
  'escapes and entities': 'Not \\*emphasis\\*, &amp; &copy; &#8217; &#x2019; &bogus; \\[^1] and a\\\nhard break, trailing  \nbreak.\n',
  'emphasis and strikethrough': '*a* _b_ **c** __d__ ***e*** ~~gone~~ ~single~ *unclosed and **nested *deep* ones**.\n',
  'inline code with line ending': 'Code `span\nacross lines` and `` a ` b `` end.\n',
  'block quotes': '> Quoted claim[^q].\n> > Nested quote.\nlazy continuation.\n\n> - list in quote\n\n[^q]: Source.\n',
  'front matter': '---\nstate-under-review: Azerbaijan\ncycle: 3\n---\n\n# Heading\n\nText.\n',
  'broken front matter': '---\nstate-under-review: [Azerbaijan\ncycle: : 3\n\n1. A list\n2. Still a list\n',
  'thematic breaks and definitions': 'Text.\n\n***\n\n- - -\n\n[x]: <> "t"\n',
  'CRLF line endings': '# Title\r\n\r\nLine one\r\nline two[^1].\r\n\r\n- item\r\n  next\r\n\r\n| a | b |\r\n|---|---|\r\n| 1 | 2 |\r\n\r\n[^1]: Note\r\n',
  'tabs and NUL': '\tindented\tcode\n\n-\titem with tab\n\nText\u0000with NUL.\n',
  'empty and odd': '',
};

test('micromark events give the analysis of the remark mdast: tricky inputs', () => {
  for (const [name, text] of Object.entries(TRICKY)) {
    assertSameAsRemark(text, name);
    assertSameAsRemark(text.replace(/\r?\n/g, '\r\n'), `${name} (CRLF)`);
  }
});

test('micromark events give the analysis of the remark mdast: every Markdown file of the repository examples and fixtures', () => {
  const dirs = ['../../examples/', '../fixtures/submissions/'];
  let files = 0;
  for (const dir of dirs) {
    const path = fileURLToPath(new URL(dir, import.meta.url));
    for (const f of readdirSync(path).filter((n) => n.endsWith('.md'))) {
      const text = readFileSync(path + f, 'utf8');
      assertSameAsRemark(text, f);
      assertSameAsRemark(text.replace(/\r?\n/g, '\r\n'), `${f} (CRLF)`);
      files++;
    }
  }
  assert.ok(files >= 2);
});

test('micromarkNodes: shapes read by the analysis', () => {
  const nodes = micromarkNodes('## Title\n\n3. item [x](https://a.org)\n', false);
  assert.deepEqual(
    nodes.map((n) => n.type),
    ['heading', 'list'],
  );
  const list = nodes[1]!;
  assert.ok(list.type === 'list' && list.ordered === true && list.start === 3);
  const para = list.children[0]!.children[0]!;
  assert.ok(para.type === 'paragraph');
  assert.deepEqual(
    para.children.map((c) => c.type),
    ['text', 'link'],
  );
  const link = para.children[1]!;
  assert.ok(link.type === 'link' && link.url === 'https://a.org');
  assert.equal(link.position?.start.offset, 18);
});

test('the parser is reused between chunks without carrying definitions over', () => {
  // `[a]` is a reference link only where `[a]:` is defined in the same parse.
  const first = micromarkNodes('[a]\n\n[a]: https://x.org\n', false);
  const second = micromarkNodes('[a]\n', false);
  assert.equal(first[0]!.type === 'paragraph' && first[0].children[0]!.type, 'linkReference');
  assert.equal(second[0]!.type === 'paragraph' && second[0].children[0]!.type, 'text');
  const withNote = micromarkNodes('x[^1]\n\n[^1]: n\n', false);
  const without = micromarkNodes('x[^1]\n', false);
  assert.equal(withNote[0]!.type === 'paragraph' && withNote[0].children[1]!.type, 'footnoteReference');
  assert.deepEqual(without[0]!.type === 'paragraph' && without[0].children.map((c) => c.type), ['text']);
});

test('whole documents: the same sections, sentences, citations and references as through remark', () => {
  // parseSubmission reads micromark events; doc.root is remark's mdast, built on demand.
  const text = Object.values(TRICKY).join('\n\n');
  const doc = parseSubmission(text);
  assert.equal(doc.root.type, 'root');
  assert.ok(doc.blocks.length > 20);
  assertSameAsRemark(text, 'all tricky inputs in one document');
});

test('micromark events give the analysis of the remark mdast: 2,000 random documents of Markdown fragments', () => {
  // Fragments that interact: containers, emphasis, footnotes, tables, links, HTML, escapes,
  // line endings. A fixed seed, so a failure is reproducible (30,000 were run when written).
  const atoms = ['# ', '## ', '- ', '1. ', '> ', '| a | b |\n|---|---|\n| 1 | 2 |', '[^1]', '[^x]', '[^1]: note', '*', '**', '_', '~~', '`', '```', '\n', '\n\n', '   ', '\t', 'word ', 'Azerbaijan ', '109.118 ', '(Norway) ', 'para. ', '2019. ', 'arrested ', '[link](http://a.b) ', '<!-- c -->', '<b>', '&amp;', '\\', '[', ']', '(', ')', '---', '***', 'www.x.org ', 'a@b.co ', '"q" ', '[ref]', '[ref]: http://r.org', '    code', ':', '|', '!', '[x] ', '&#8217;', 'é ', '\r\n'];
  let seed = 12345;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  for (let i = 0; i < 2000; i++) {
    let text = '';
    for (let k = 3 + next(40); k > 0; k--) text += atoms[next(atoms.length)];
    assertSameAsRemark(text, `random document ${i}`);
  }
});
