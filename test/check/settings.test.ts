import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_SETTINGS, resolveSettings } from '../../server/src/engine/check/settings';

test('defaults: OHCHR word limits, endnotes not counted', () => {
  assert.deepEqual(resolveSettings(undefined).settings, DEFAULT_SETTINGS);
  assert.deepEqual(DEFAULT_SETTINGS.wordLimits, { individual: 2815, joint: 5630 });
});

test('valid values are taken, wrong ones ignored with a message each', () => {
  const { settings, problems } = resolveSettings({
    wordLimits: { individual: 3000, joint: 'many' },
    countEndnotes: true,
    rules: { 'uncited-claim': 'error', 'weak-recommendation': 'off', nonsense: 'error', footnote: 'loud' },
    citationStyle: 'symbol-para',
  });
  assert.equal(settings.wordLimits.individual, 3000);
  assert.equal(settings.wordLimits.joint, 5630);
  assert.equal(settings.countEndnotes, true);
  assert.deepEqual(settings.rules, { 'uncited-claim': 'error', 'weak-recommendation': 'off' });
  assert.equal(settings.citationStyle, 'symbol-para');
  assert.deepEqual(problems.sort(), ['rules: unknown rule "nonsense"', 'rules.footnote must be one of off, error, warning, information, hint', 'wordLimits.joint must be a positive whole number'].sort());
});
