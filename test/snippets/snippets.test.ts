import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, codes, FRONT_MATTER } from '../helpers/checkText';
import { parseSubmission } from '../../server/src/engine/document';
import { actionCategoryOf } from '../../server/src/engine/check/rules/weakRecommendationRule';
import { findRecommendationReferences } from '../../server/src/engine/document/recommendationReferences';
import { expandSnippet, SnippetSyntaxError } from './expandSnippet';

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description: string;
}

const file = join(__dirname, '..', '..', 'snippets', 'markdown.json');
const snippets = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Snippet>;
const prefixes = (s: Snippet): string[] => (Array.isArray(s.prefix) ? s.prefix : [s.prefix]);
const byPrefix = (prefix: string): Snippet => {
  const found = Object.values(snippets).find((s) => prefixes(s).includes(prefix));
  assert.ok(found, `no snippet with prefix ${prefix}`);
  return found;
};
/** The body expanded with the given choice option (by tab stop) instead of the first one. */
const expandWith = (s: Snippet, picks: Record<number, string> = {}): string => {
  let { text } = expandSnippet(s.body);
  const { choices } = expandSnippet(s.body);
  for (const [index, option] of Object.entries(picks)) text = text.replaceAll(choices.get(Number(index))![0]!, option);
  return text;
};

test('expander: tab stops, nested defaults, mirrors, choices, escapes and variables', () => {
  const e = expandSnippet(['${1:a ${2:b}} $1 ${3|x\\,y,z|} \\$4 ${TM_SELECTED_TEXT:sel}$UNKNOWN $2$0']);
  assert.equal(e.text, 'a b a b x,y $4 sel b');
  assert.deepEqual(e.tabStops, [1, 2, 3, 0]);
  assert.deepEqual(e.choices.get(3), ['x,y', 'z']);
  assert.throws(() => expandSnippet('${1:unclosed'), SnippetSyntaxError);
  assert.throws(() => expandSnippet('${1/a/b/}'), SnippetSyntaxError);
});

test('every snippet has upr prefixes, a body and a description, and parses', () => {
  assert.ok(Object.keys(snippets).length >= 5);
  for (const [name, s] of Object.entries(snippets)) {
    assert.ok(prefixes(s).length > 0 && prefixes(s).some((p) => p.startsWith('upr-')), `${name}: a prefix starting with upr-`);
    assert.ok(typeof s.description === 'string' && s.description.length > 20, `${name}: description`);
    assert.ok(s.body.length > 0, `${name}: body`);
    assert.doesNotThrow(() => expandSnippet(s.body), `${name}: snippet syntax`);
  }
  const all = Object.values(snippets).flatMap(prefixes);
  assert.equal(new Set(all).size, all.length, 'prefixes are unique');
  for (const p of ['upr-submission', 'upr-assessment', 'upr-recommendation', 'upr-endnote', 'upr-ref']) byPrefix(p);
});

test('the submission skeleton has every front matter key, passes the front-matter rule and is a submission', () => {
  const s = byPrefix('upr-submission');
  for (const type of expandSnippet(s.body).choices.get(5)!) {
    const text = expandWith(s, { 5: type });
    const doc = parseSubmission(text);
    assert.equal(doc.isSubmission, true);
    assert.deepEqual(doc.frontMatterProblems, []);
    const keys = doc.frontMatter?.entries.map((e) => e.key);
    assert.deepEqual(keys, ['state-under-review', 'cycle', 'session', 'previous-review', 'submission-type', 'submitted-by']);
    assert.equal(doc.frontMatter?.submissionType?.value, type);
    const diags = check(text, {}, false);
    assert.deepEqual(codes(diags, 'front-matter'), [], JSON.stringify(diags.filter((d) => d.code === 'front-matter')));
    // The house style: the follow-up table, its sections and a recommendation that is not weak.
    assert.deepEqual(codes(diags, 'unknown-recommendation'), []);
    assert.deepEqual(codes(diags, 'weak-recommendation'), []);
    assert.deepEqual(codes(diags, 'footnote'), []);
  }
  const text = expandWith(s);
  for (const heading of ['## I. Introduction', '### Follow-up to the previous review', '### New developments', '## III. Recommendations']) {
    assert.ok(text.includes(`\n${heading}\n`), heading);
  }
  assert.match(text, /\n\| Recommendation \| Recommending State \| Response \| Assessment of implementation \|\n\|---\|---\|---\|---\|\n\| 109\.118 \| Norway \| Supported \| Not implemented \|\n/);
  assert.match(text, /\n\[\^1\]: Human Rights Council, .*A\/HRC\/24\/13/);
});

test('the skeleton without submission-type would be reported (the test can fail)', () => {
  const text = expandWith(byPrefix('upr-submission')).replace(/^submission-type: .*\n/m, '');
  assert.ok(codes(check(text, {}, false), 'front-matter').length > 0);
});

test('the SMART recommendation is not weak with any of its verbs, and is numbered in house style', () => {
  const s = byPrefix('upr-recommendation');
  const verbs = expandSnippet(s.body).choices.get(2)!;
  assert.ok(verbs.length >= 8);
  for (const verb of verbs) {
    const text = expandWith(s, { 2: verb });
    assert.match(text, /^1\. \S/);
    assert.ok((actionCategoryOf(verb).category ?? 0) >= 4, `${verb} is a strong verb`);
    const diags = check(`## Recommendations\n\nWe recommend that the Government of Azerbaijan:\n\n${text}\n`);
    assert.deepEqual(codes(diags, 'weak-recommendation'), [], text);
  }
  // A weak verb in the same place is reported: the check above can fail.
  const weak = expandWith(s).replace(/^1\. \w+/, '1. Continue');
  assert.deepEqual(codes(check(`## Recommendations\n\n${weak}\n`), 'weak-recommendation'), ['weak-recommendation']);
});

test('each citation style of the reference snippet is read as a reference to 109.118', () => {
  const s = byPrefix('upr-ref');
  const styles = expandSnippet(s.body).choices.get(1)!;
  assert.deepEqual(styles, ['109.118 (Norway)', 'A/HRC/24/13, para. 109.118', 'recommendation 109.118 (Norway)']);
  for (const style of styles) {
    const refs = findRecommendationReferences(`Azerbaijan supported ${style}.`);
    assert.deepEqual(
      refs.map((r) => r.id),
      ['109.118'],
      style,
    );
  }
});

test('the assessment row fits the skeleton table and the endnote snippets make a valid pair', () => {
  const row = expandWith(byPrefix('upr-assessment'));
  assert.equal(row, '| 109.118 | Norway | Supported | Not implemented |');
  const table = '| Recommendation | Recommending State | Response | Assessment of implementation |\n|---|---|---|---|\n';
  assert.deepEqual(codes(check(table + row + '\n'), 'unknown-recommendation'), []);
  const marker = expandWith(byPrefix('upr-endnote'));
  const definition = expandWith(byPrefix('upr-endnote-definition'));
  assert.equal(marker, '[^1]');
  assert.match(definition, /^\[\^1\]: /);
  const text = `Azerbaijan supported recommendation 109.118 (Norway).${marker}\n\n${definition}\n`;
  assert.deepEqual(codes(check(text), 'footnote'), []);
  assert.ok(FRONT_MATTER.length > 0);
});
