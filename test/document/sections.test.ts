import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSections, classifyHeading } from '../../server/src/engine/document/sections';
import { parseSubmission } from '../../server/src/engine/document/parseSubmission';

test('recommendations sections are the submitter\'s own; looking back makes a follow-up section', () => {
  const cases: Array<[string, string]> = [
    ['Recommendations', 'recommendations'],
    ['III. Recommendations to the Government of Azerbaijan', 'recommendations'],
    ['Suggested recommendations', 'recommendations'],
    ['Recommended actions', 'recommendations'],
    ['Recommendations for the fourth cycle', 'recommendations'],
    ['Follow-up to the previous review', 'follow-up'],
    ['A. Follow up to the second cycle', 'follow-up'],
    ['Implementation of recommendations from the 2nd cycle', 'follow-up'],
    ['Recommendations accepted in 2013', 'follow-up'],
    ['Status of implementation of previous recommendations', 'follow-up'],
    ['Recommendations received during the second cycle', 'follow-up'],
    ['Second cycle recommendations', 'follow-up'],
    ['Progress since the last review', 'follow-up'],
    ['New developments', 'other'],
    ['Freedom of expression', 'other'],
    ['Endnotes', 'endnotes'],
    ['5. References', 'endnotes'],
    ['Notes:', 'endnotes'],
    ['Sources and methodology', 'other'],
    ['Notes on methodology', 'other'],
  ];
  for (const [title, kind] of cases) assert.equal(classifyHeading(title), kind, title);
});

test('sections nest by level; sub-sections inherit the recommendations flag unless they look back', () => {
  const md = [
    '# Submission',
    '## Freedom of association',
    'Text.',
    '### Recommendations',
    '- Repeal Art. 24.',
    '## Recommendations',
    '### Freedom of expression',
    '- Release journalists.',
    '### Follow-up to previous recommendations',
    'Old ones.',
    '',
  ].join('\n\n');
  const doc = parseSubmission(md);
  assert.deepEqual(
    doc.sections.map((s) => [s.title, s.depth, s.parent ?? null, s.kind, s.inRecommendations]),
    [
      ['Submission', 1, null, 'other', false],
      ['Freedom of association', 2, 0, 'other', false],
      ['Recommendations', 3, 1, 'recommendations', true],
      ['Recommendations', 2, 0, 'recommendations', true],
      ['Freedom of expression', 3, 3, 'other', true],
      ['Follow-up to previous recommendations', 3, 3, 'follow-up', false],
    ],
  );
  assert.deepEqual(
    doc.blocks.map((b) => [b.text, b.section, b.inRecommendationsSection]),
    [
      ['Text.', 1, false],
      ['Repeal Art. 24.', 2, true],
      ['Release journalists.', 4, true],
      ['Old ones.', 5, false],
    ],
  );
  assert.equal(doc.sections[0]!.range.end, md.length);
  assert.equal(doc.sections[1]!.range.end, doc.sections[3]!.headingRange.start);
});

test('no headings, no sections', () => {
  assert.deepEqual(buildSections([], 10), []);
  const doc = parseSubmission('Just text.');
  assert.equal(doc.blocks[0]!.section, undefined);
  assert.equal(doc.blocks[0]!.inRecommendationsSection, false);
});

test('the list of sources under an "Endnotes" heading is not prose: its items are no blocks to check', () => {
  const md = ['---', 'state-under-review: Egypt', '---', '', '# Introduction', '', '1. Police arrested 40 journalists in 2016.¹', '', '## Endnotes', '', '1. Human Rights Watch, "40 journalists arrested on 3 May 2016", 4 May 2016.', ''].join('\n');
  const doc = parseSubmission(md);
  assert.deepEqual(doc.blocks.map((b) => b.text), ['Police arrested 40 journalists in 2016.¹']);
  assert.equal(doc.sections[1]!.kind, 'endnotes');
  // Its words count as endnotes (the heading "Endnotes" is body, as a heading).
  assert.deepEqual(doc.words, { body: 1 + 6 + 1, endnotes: 13 });
});

test('headings of the submitter\'s own asks are recommendations sections', () => {
  for (const title of ['What we ask the Government to do', 'Our asks', '5. Calls to action']) assert.equal(classifyHeading(title), 'recommendations', title);
  assert.equal(classifyHeading('What the Government asked of donors'), 'other');
});
