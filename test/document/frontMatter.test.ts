import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findFrontMatterBlock, parseFrontMatter } from '../../server/src/engine/document/frontMatter';
import { nearestStateNames } from '../../server/src/engine/document/stateSuggestions';
import { slice } from './helpers';

const GOOD = [
  '---',
  'state-under-review: Azerbaijan',
  'cycle: 3',
  'session: 30',
  'previous-review: A/HRC/24/13      # one symbol or a list',
  'submission-type: joint',
  'submitted-by:',
  '  - Norwegian Helsinki Committee',
  '  - "Institute for Peace and Democracy"',
  'working-title: draft 2', // unknown keys are tolerated
  '---',
  '',
  '# Title',
  '',
].join('\n');

test('reads every key with its value and range', () => {
  const r = parseFrontMatter(GOOD);
  assert.equal(r.isSubmission, true);
  assert.deepEqual(r.problems, []);
  const fm = r.frontMatter!;
  assert.equal(slice(GOOD, fm.range), GOOD.slice(0, GOOD.indexOf('\n\n# Title')));
  assert.deepEqual(fm.stateUnderReview?.value, { name: 'Azerbaijan', iso3: 'AZE' });
  assert.equal(slice(GOOD, fm.stateUnderReview!.range), 'Azerbaijan');
  assert.equal(fm.cycle?.value, 3);
  assert.equal(fm.session?.value, 30);
  assert.deepEqual(fm.previousReview?.map((p) => [p.value, slice(GOOD, p.range)]), [['A/HRC/24/13', 'A/HRC/24/13']]);
  assert.equal(fm.submissionType?.value, 'joint');
  assert.deepEqual(fm.submittedBy?.map((s) => [s.value, slice(GOOD, s.range)]), [
    ['Norwegian Helsinki Committee', 'Norwegian Helsinki Committee'],
    ['Institute for Peace and Democracy', '"Institute for Peace and Democracy"'],
  ]);
  assert.deepEqual(
    fm.entries.map((e) => [e.key, e.known, slice(GOOD, e.keyRange)]),
    [
      ['state-under-review', true, 'state-under-review'],
      ['cycle', true, 'cycle'],
      ['session', true, 'session'],
      ['previous-review', true, 'previous-review'],
      ['submission-type', true, 'submission-type'],
      ['submitted-by', true, 'submitted-by'],
      ['working-title', false, 'working-title'],
    ],
  );
});

test('an ISO3 code and a list of previous reviews', () => {
  const text = '---\nstate-under-review: aze\nprevious-review:\n  - A/HRC/24/13\n  - A/HRC/11/20\n---\n';
  const r = parseFrontMatter(text);
  assert.deepEqual(r.problems, []);
  assert.equal(r.frontMatter?.stateUnderReview?.value.name, 'Azerbaijan');
  assert.deepEqual(r.frontMatter?.previousReview?.map((p) => p.value), ['A/HRC/24/13', 'A/HRC/11/20']);
});

function problems(yaml: string): Array<[string, string, string, string[] | undefined]> {
  const text = `---\n${yaml}\n---\nBody.\n`;
  return parseFrontMatter(text).problems.map((p) => [p.code, slice(text, p.range), p.message, p.suggestions]);
}

test('an unknown State: the problem is on the value and suggests the nearest names', () => {
  const [p, ...rest] = problems('state-under-review: Azerbajan');
  assert.equal(rest.length, 0);
  assert.equal(p![0], 'unknown-state');
  assert.equal(p![1], 'Azerbajan');
  assert.match(p![2], /Unknown State "Azerbajan"\. Did you mean "Azerbaijan"/);
  assert.equal(p![3]![0], 'Azerbaijan');
  assert.deepEqual(nearestStateNames('Nigera').slice(0, 2).sort(), ['Niger', 'Nigeria']);
});

test('a bad previous-review symbol, in a list or alone', () => {
  assert.deepEqual(problems('state-under-review: AZE\nprevious-review:\n  - A/HRC/24/13\n  - a/hrc/24/13/add.1\n  - A/HRC/24'), [
    [
      'invalid-symbol',
      'a/hrc/24/13/add.1',
      '"a/hrc/24/13/add.1" is not the symbol of a Working Group report; expected A/HRC/<session>/<number>, e.g. A/HRC/24/13. Did you mean A/HRC/24/13?',
      ['A/HRC/24/13'],
    ],
    ['invalid-symbol', 'A/HRC/24', '"A/HRC/24" is not the symbol of a Working Group report; expected A/HRC/<session>/<number>, e.g. A/HRC/24/13.', undefined],
  ]);
});

test('a bad submission-type lists the allowed values', () => {
  assert.deepEqual(problems('state-under-review: AZE\nsubmission-type: coalition'), [
    ['invalid-submission-type', 'coalition', '"submission-type" must be one of: joint, individual.', ['joint', 'individual']],
  ]);
  assert.deepEqual(problems('state-under-review: AZE\nsubmission-type: Joint'), []);
});

test('bad cycle and session, and a session of another cycle', () => {
  const ps = problems('state-under-review: AZE\ncycle: three\nsession: -4');
  assert.deepEqual(ps.map((p) => [p[0], p[1]]), [
    ['invalid-cycle', 'three'],
    ['invalid-session', '-4'],
  ]);
  assert.deepEqual(problems('state-under-review: AZE\ncycle: 4\nsession: 30').map((p) => [p[0], p[1], p[2]]), [
    ['session-cycle-mismatch', '30', 'Working Group session 30 belongs to cycle 3, not cycle 4.'],
  ]);
});

test('empty values, bad submitted-by, and a misspelt key', () => {
  const ps = problems('state-under-review: AZE\ncycle:\nsubmitted-by:\n  - {a: 1}\nsubmision-type: joint');
  assert.deepEqual(ps.map((p) => [p[0], p[1]]), [
    ['empty-value', 'cycle'],
    ['invalid-value', '{a: 1}'],
    ['unknown-key', 'submision-type'],
  ]);
  assert.equal(parseFrontMatter('---\nstate-under-review: AZE\nsubmision-type: joint\n---\n').problems[0]!.severity, 'warning');
});

test('malformed YAML: a problem at the parser position, never a throw', () => {
  const text = '---\nstate-under-review: Azerbaijan\nsubmitted-by: [NHC, \ncycle: 3\n---\n';
  const r = parseFrontMatter(text);
  assert.ok(r.problems.length > 0);
  assert.equal(r.problems[0]!.code, 'yaml-syntax');
  const pos = r.problems[0]!.range.start;
  assert.ok(pos >= text.indexOf('[NHC') && pos < text.indexOf('\n---\n', 4) + 1, `problem at ${pos}`);
  assert.equal(r.isSubmission, true);
});

test('prose between the fences is not a mapping and not a submission', () => {
  const text = '---\nThis is a draft: do not circulate: ever\n---\n';
  const r = parseFrontMatter(text);
  assert.equal(r.isSubmission, false);
  assert.ok(r.problems.length >= 1);
  const text2 = '---\nJust a sentence\n---\n';
  const r2 = parseFrontMatter(text2);
  assert.deepEqual(r2.problems.map((p) => [p.code, slice(text2, p.range)]), [['not-a-mapping', 'Just a sentence']]);
});

test('no front matter, unclosed front matter, empty front matter, CRLF', () => {
  assert.deepEqual(parseFrontMatter('# Just a README\n'), { problems: [], isSubmission: false });
  assert.equal(findFrontMatterBlock('---\nstate-under-review: AZE\n\nno closing fence\n'), undefined);
  assert.deepEqual(parseFrontMatter('---\n---\n').isSubmission, false);
  const crlf = '---\r\nstate-under-review: Azerbajan\r\ncycle: 3\r\n---\r\nBody\r\n';
  const r = parseFrontMatter(crlf);
  assert.equal(r.isSubmission, true);
  assert.deepEqual(r.problems.map((p) => slice(crlf, p.range)), ['Azerbajan']);
  assert.equal(slice(crlf, r.frontMatter!.cycle!.range), '3');
});

test('a file without state-under-review is not a submission', () => {
  const r = parseFrontMatter('---\ntitle: Meeting notes\n---\n');
  assert.equal(r.isSubmission, false);
  assert.deepEqual(r.problems, []);
});
