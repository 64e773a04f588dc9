import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { checkSubmission } from '../../server/src/engine/check/checkSubmission';
import { DEFAULT_SETTINGS } from '../../server/src/engine/check/settings';
import { parseSubmission } from '../../server/src/engine/document';
import { bundledStore } from '../helpers/checkText';
import { fixture } from '../helpers/paths';

/**
 * Broken Markdown never crashes the checker: the labelled drafts, cut, spliced and
 * sprinkled with the characters that drive the parsers (quotes, brackets, endnote and
 * table markup, IDs, HTML comments), are checked and every diagnostic lies inside the text.
 * Deterministic (a fixed-seed generator), so a failure can be replayed.
 */
const JUNK = ['"', '“', '(', ')', '[^', ']', '|', '\n', '\n\n', '---\n', '<sup>', '</sup>', '¹', ':', ';', ' 109.118 ', ' (Norway)', ' recommended ', ' was asked by ', '—', '*', '#', '<!--', '-->', '\t', ' As ', ' which ', 'x'.repeat(300), ' , , , ', '. . .'];

test('mutated drafts are checked without an exception, every range inside the text', () => {
  const dir = fixture('eval', 'documents');
  const drafts = fs.readdirSync(dir).filter((f) => f.endsWith('.md')).sort().map((f) => fs.readFileSync(`${dir}/${f}`, 'utf8'));
  let seed = 42;
  const rnd = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let round = 0; round < 60; round++) {
    let text = drafts[Math.floor(rnd() * drafts.length)]!;
    for (let k = 0; k < 20; k++) {
      const at = Math.floor(rnd() * text.length);
      const r = rnd();
      if (r < 0.4) text = text.slice(0, at) + JUNK[Math.floor(rnd() * JUNK.length)] + text.slice(at);
      else if (r < 0.7) text = text.slice(0, at) + text.slice(at + Math.floor(rnd() * 200));
      else text = text.slice(0, at) + text.slice(at, at + 300).repeat(2) + text.slice(at + 300);
    }
    const doc = parseSubmission(text);
    const diagnostics = checkSubmission(doc, { store: bundledStore(), settings: DEFAULT_SETTINGS });
    for (const d of diagnostics) {
      const { start, end } = doc.lineIndex.offsetRangeOf(d.range);
      assert.ok(start >= 0 && start <= end && end <= text.length, `round ${round}: ${String(d.code)} range ${start}–${end} outside ${text.length}`);
    }
  }
});
