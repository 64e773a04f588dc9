import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, codes, covered, FRONT_MATTER } from '../helpers/checkText';
import { actionCategoryOf } from '../../server/src/engine/check/rules/weakRecommendationRule';

test('a Markdown file without state-under-review is not a submission: no diagnostics', () => {
  assert.deepEqual(check('# README\n\nThe tool was released on 3 May 2016 with 40 rules.[^9]\n', {}, false), []);
});

test('unknown-recommendation: an ID not in the previous review is an error with the nearest IDs', () => {
  const body = 'Azerbaijan supported recommendation 109.181 (Norway).\n';
  const d = check(body).filter((x) => x.code === 'unknown-recommendation');
  assert.equal(d.length, 1);
  assert.equal(d[0]!.severity, 1);
  assert.equal(covered(FRONT_MATTER + body, d[0]!), '109.181');
  const candidates = (d[0]!.data as { candidates: { id: string }[] }).candidates.map((c) => c.id);
  assert.ok(candidates.includes('109.118'), candidates.join(','));
  const fixes = (d[0]!.data as { fixes: { title: string; edits: { newText: string }[] }[] }).fixes;
  assert.ok(fixes.some((f) => f.edits[0]!.newText === '109.118'));
});

test('unknown-recommendation: existing IDs, and decimals that are not references, pass', () => {
  const d = check('Azerbaijan supported recommendation 109.118 (Norway) and paras. 109.26 and 109.27. Unemployment fell by 3.5 per cent under Article 147.1 of the Criminal Code.[^1]\n\n[^1]: Source.\n');
  assert.deepEqual(codes(d, 'unknown-recommendation'), []);
});

test('unknown-recommendation: a table cell holding an ID is checked', () => {
  const d = check('| Recommendation | State |\n|---|---|\n| 109.118 | Norway |\n| 109.999 | Ireland |\n');
  assert.deepEqual(d.filter((x) => x.code === 'unknown-recommendation').map((x) => (x.data as { id: string }).id), ['109.999']);
});

test('footnote: a reference without definition and a definition never referenced', () => {
  const body = 'The law was amended in 2014.[^1] It was applied in 2015.[^2]\n\n[^1]: Human Rights Watch, 2016.\n[^3]: Unused source.\n';
  const d = check(body).filter((x) => x.code === 'footnote');
  assert.deepEqual(d.map((x) => (x.data as { label: string }).label).sort(), ['2', '3']);
  const add = (d.find((x) => (x.data as { label: string }).label === '2')!.data as { fixes: { edits: { newText: string }[]; snippet?: boolean }[] }).fixes[0]!;
  assert.equal(add.snippet, true);
  assert.match(add.edits[0]!.newText, /\[\^2\]: \$\{1:source\}/);
});

test('word-limit: over the limit for the submission type, and the limit is a setting', () => {
  const body = `# Title\n\n${'word '.repeat(120)}\n`;
  assert.deepEqual(codes(check(body), 'word-limit'), []);
  const d = check(body, { wordLimits: { joint: 100 } }).filter((x) => x.code === 'word-limit');
  assert.equal(d.length, 1);
  assert.match(String(d[0]!.message), /^121 words: 21 over the 100-word limit for a joint submission/);
});

test('weak-recommendation: "continue"/"consider" and no action verb, only in the recommendations section', () => {
  const body = '## Follow-up\n\n1. Continue efforts on media freedom were announced.\n\n## Recommendations\n\n1. Continue efforts to protect journalists.\n2. Consider inviting the Special Rapporteur.\n3. Repeal Article 147 of the Criminal Code by 2020.\n4. The Government should ensure fair trials.\n5. Journalists in prison.\n';
  const d = check(body).filter((x) => x.code === 'weak-recommendation');
  assert.deepEqual(d.map((x) => (x.data as { verb: string | null }).verb), ['continue', 'consider', 'journalists']);
  assert.equal(d[0]!.severity, 3);
});

test('action categories by first verb, past lead-ins', () => {
  assert.deepEqual(actionCategoryOf('Ratify the Rome Statute'), { verb: 'ratify', category: 5 });
  assert.deepEqual(actionCategoryOf('That the Government of Azerbaijan should continue its efforts'), { verb: 'continue', category: 2 });
  assert.deepEqual(actionCategoryOf('Azerbaijan should consider acceding'), { verb: 'consider', category: 3 });
  assert.deepEqual(actionCategoryOf('Take measures to'), { verb: 'take', category: 4 });
});

test('front-matter: unknown State, bad submission-type, a previous-review not in the data', () => {
  const text = '---\nstate-under-review: Azerbaijjan\ncycle: 3\nprevious-review: A/HRC/39/14\nsubmission-type: coalition\n---\n\n# Body\n';
  const d = check(text, {}, false);
  // An unknown State: the file is still a submission (it has the key) and gets a fix.
  const fm = d.filter((x) => x.code === 'front-matter');
  assert.ok(fm.some((x) => /Azerbaijjan/.test(String(x.message)) && (x.data as { fixes: { edits: { newText: string }[] }[] }).fixes[0]?.edits[0]?.newText === 'Azerbaijan'), JSON.stringify(fm.map((x) => String(x.message))));
  assert.ok(fm.some((x) => /"submission-type" must be one of: joint, individual/.test(String(x.message))));
  assert.ok(fm.some((x) => /A\/HRC\/39\/14 is not in the loaded recommendation data/.test(String(x.message)) && /upr-draft import/.test(String(x.message))));
});

test('without previous-review, the State\'s last review before the cycle is used', () => {
  const text = '---\nstate-under-review: AZE\ncycle: 3\nsubmission-type: individual\n---\n\nAzerbaijan supported recommendation 109.999.\n';
  const d = check(text, {}, false).filter((x) => x.code === 'unknown-recommendation');
  assert.match(String(d[0]!.message), /does not exist in A\/HRC\/24\/13/);
});

test('rules can be switched off or given another severity in settings', () => {
  const body = 'Azerbaijan supported recommendation 109.999.\n';
  assert.deepEqual(codes(check(body, { rules: { 'unknown-recommendation': 'off' } }), 'unknown-recommendation'), []);
  assert.equal(check(body, { rules: { 'unknown-recommendation': 'hint' } }).find((x) => x.code === 'unknown-recommendation')!.severity, 4);
});

test('upr-disable-next-line and regions switch rules off in the document', () => {
  const body = '<!-- upr-disable-next-line unknown-recommendation -->\nAzerbaijan supported recommendation 109.999.\n\nAnd 109.998 (Norway) too.\n';
  assert.deepEqual(check(body).filter((x) => x.code === 'unknown-recommendation').map((x) => (x.data as { id: string }).id), ['109.998']);
});

test('broken Markdown and broken front matter give diagnostics, never a crash', () => {
  const broken = ['---\nstate-under-review: [Azerbaijan\n---\n', '---\nstate-under-review: Azerbaijan\n', '---\n---\n', '', '---\nstate-under-review: Azerbaijan\n---\n*unclosed [^ [link( | a |\n|--\n<div>\n'];
  for (const text of broken) assert.doesNotThrow(() => check(text, {}, false), text);
  assert.ok(check(broken[0]!, {}, false).some((x) => x.code === 'front-matter') || check(broken[0]!, {}, false).length === 0);
});

test('front-matter: a missing submission-type says which word limit is assumed, with fixes', () => {
  const text = '---\nstate-under-review: Azerbaijan\ncycle: 3\n---\n\n# Body\n';
  const d = check(text, {}, false).filter((x) => x.code === 'front-matter');
  assert.equal(d.length, 1);
  assert.match(String(d[0]!.message), /"submission-type" is missing: the 2,815-word limit of an individual submission is assumed/);
  assert.equal(d[0]!.severity, 2);
  const fixes = (d[0]!.data as { fixes: { edits: { newText: string; range: { start: { line: number } } }[] }[] }).fixes;
  assert.deepEqual(fixes.map((f) => f.edits[0]!.newText), ['submission-type: individual\n', 'submission-type: joint\n']);
  assert.equal(fixes[0]!.edits[0]!.range.start.line, 3);
});

test('response-mismatch: a follow-up table whose response column contradicts the record', () => {
  // 110.1 was noted, 109.118 supported.
  const body = '| Recommendation | State | Response | Assessment |\n|---|---|---|---|\n| 110.1 | Armenia | Supported | Not implemented |\n| 109.118 | Norway | Supported | Not implemented |\n| 109.26 | Brazil | Partly | Unclear |\n';
  const d = check(body).filter((x) => x.code === 'response-mismatch');
  assert.equal(d.length, 1);
  assert.equal(covered(FRONT_MATTER + body, d[0]!), 'Supported');
  assert.deepEqual(d[0]!.data, { rule: 'response-mismatch', fixes: [], id: '110.1', document: 'A/HRC/24/13', stated: 'supported', recorded: 'noted' });
  // Without a response column (an implementation status only), nothing to compare.
  assert.deepEqual(codes(check('| Recommendation | Status |\n|---|---|\n| 110.1 | Supported |\n'), 'response-mismatch'), []);
});

test('uncited-claim: a table row with a source in one cell cites all its cells; a row without one does not', () => {
  const body = '| Lawyer | Situation | Source |\n|---|---|---|\n| Wang Quanzhang | Sentenced to four years on 28 January 2019 | [^1] |\n| Xie Yang | Sentenced to two years on 21 November 2017 | |\n\n[^1]: Court notice, 2019.\n';
  const d = check(body).filter((x) => x.code === 'uncited-claim');
  assert.deepEqual(d.map((x) => covered(FRONT_MATTER + body, x)), ['Sentenced to two years on 21 November 2017']);
});

test('footnote: an endnote number written as text ("<sup>2</sup>", "³", "[4]") refers to the definition of that number', () => {
  const body = 'The law was amended in 2014.<sup>2</sup> It was applied in 2015.³ Courts upheld it in 2016 [4]. It lapsed in 2017.[^1]\n\n[^1]: One.\n[^2]: Two.\n[^3]: Three.\n[^4]: Four.\n[^5]: Five.\n';
  const d = check(body).filter((x) => x.code === 'footnote');
  assert.deepEqual(d.map((x) => (x.data as { label: string }).label), ['5']);
});

test("uncited-claim: the figures under a lead-in to the submission's sources, services or own figures are the submitter's, names and all", () => {
  const body = [
    'This submission draws on:',
    '',
    '- 74 interviews with talibé children, 12 Koranic teachers and 9 parents, conducted between September 2017 and February 2018;',
    '',
    'We run:',
    '',
    '- *Lakaz Lespwar*, a shelter with 12 beds for women and their children;',
    '',
    'Other facts:',
    '',
    '- *Kapital*, a weekly with 12 journalists, was closed in May 2017.',
    '',
  ].join('\n');
  const d = check(body).filter((x) => x.code === 'uncited-claim');
  assert.deepEqual(d.map((x) => covered(FRONT_MATTER + body, x)), ['*Kapital*, a weekly with 12 journalists, was closed in May 2017.']);
});

test("uncited-claim: the items of a list of the submission's sources are what was done to gather them, events and all", () => {
  const body = "The coalition's findings rest on:\n\n- three validation workshops held in Lankaran, Ganja and Baku in February 2014.\n";
  assert.deepEqual(check(body).filter((x) => x.code === 'uncited-claim'), []);
});

test('response-mismatch: an ID answered in parts, State by State, is read for the State the reference names', () => {
  const fm = '---\nstate-under-review: Barbados\ncycle: 2\nprevious-review: A/HRC/10/73\nsubmission-type: individual\nsubmitted-by:\n  - Child Rights Barbados\n---\n';
  // 77.14 was supported for Slovenia and noted for Chile, Germany and Türkiye.
  const slovenia = check(`${fm}Barbados supported recommendation 77.14 (Slovenia) on corporal punishment.\n`, {}, false).filter((x) => x.code === 'response-mismatch');
  assert.deepEqual(slovenia, []);
  const germany = check(`${fm}Barbados supported recommendation 77.14 (Germany) on corporal punishment.\n`, {}, false).filter((x) => x.code === 'response-mismatch');
  assert.equal(germany.length, 1);
  // Without a State, parts that disagree say nothing either way.
  assert.deepEqual(check(`${fm}Barbados supported recommendation 77.14 on corporal punishment.\n`, {}, false).filter((x) => x.code === 'response-mismatch'), []);
});

test('unknown-recommendation: an ID column cell may carry the recommendation\'s words after a dash', () => {
  const d = check('| Recommendation | State |\n|---|---|\n| 109.999 — release all journalists | Ireland |\n').filter((x) => x.code === 'unknown-recommendation');
  assert.deepEqual(d.map((x) => (x.data as { id: string }).id), ['109.999']);
});
