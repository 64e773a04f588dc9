import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-types';
import { check, covered, FRONT_MATTER } from '../helpers/checkText';

type Data = { candidates: { id: string }[]; fixes: { title: string; edits: { newText: string }[] }[] };
const unlinked = (body: string): Diagnostic[] => check(body).filter((d) => d.code === 'unlinked-recommendation');
const ids = (d: Diagnostic): string[] => (d.data as Data).candidates.map((c) => c.id);

test('a sentence naming a previous recommendation by its content gets the likely IDs, and a fix for each', () => {
  const body = 'In 2013 Azerbaijan supported recommendations to remove all obstacles to the registration and work of NGOs, yet the law was tightened.[^1]\n\n[^1]: Source.\n';
  const [d, ...rest] = unlinked(body);
  assert.ok(d);
  assert.equal(rest.length, 0);
  assert.ok(ids(d).includes('109.118'), ids(d).join(','));
  assert.ok((d.data as Data).fixes.some((f) => f.title.startsWith('Link to 109.118')));
});

test('the items of a list introduced as the previous review\'s recommendations are each unlinked mentions', () => {
  const body = [
    'At its second review Azerbaijan supported recommendations to:',
    '',
    '- remove all legislative and practical obstacles to the registration, funding and work of NGOs;',
    '- release all human rights defenders detained for their work.',
    '',
    'None has been implemented.[^1]',
    '',
    '[^1]: Source.',
    '',
  ].join('\n');
  const ds = unlinked(body);
  assert.equal(ds.length, 2, JSON.stringify(ds.map((d) => d.message)));
  assert.equal(covered(FRONT_MATTER + body, ds[0]!), 'remove all legislative and practical obstacles to the registration, funding and work of NGOs');
  assert.ok(ids(ds[0]!).includes('109.118'), ids(ds[0]!).join(','));
  assert.equal(ds[1]!.range.start.line, ds[0]!.range.start.line + 1);
});

test('a lead-in that is a call or another body\'s recommendation does not make its list a mention', () => {
  for (const leadIn of [
    'We urge the Government of Azerbaijan to:',
    'The Committee against Torture recommended that Azerbaijan:',
    'The authorities should:',
    'In 2013 Azerbaijan supported recommendations to remove obstacles to NGOs. Since then the Government has:',
  ]) {
    const body = `${leadIn}\n\n- remove all legislative and practical obstacles to the registration, funding and work of NGOs;\n- release all human rights defenders detained for their work.\n`;
    const ds = unlinked(body).filter((d) => d.range.start.line > FRONT_MATTER.split('\n').length);
    assert.deepEqual(ds.map((d) => covered(FRONT_MATTER + body, d)), [], leadIn);
  }
});

test('a list that does not follow its lead-in directly, and its items\' later sentences, are not the quoted recommendations', () => {
  const body = [
    'At its second review Azerbaijan supported recommendations to:',
    '',
    '- remove all legislative and practical obstacles to the registration, funding and work of NGOs. Release the defenders detained since then.',
    '',
    'Since 2014 the authorities have continued to act against NGOs.[^1]',
    '',
    '- Release all human rights defenders detained for their work.',
    '',
    '[^1]: Source.',
    '',
  ].join('\n');
  const ds = unlinked(body);
  assert.deepEqual(ds.map((d) => covered(FRONT_MATTER + body, d)), ['remove all legislative and practical obstacles to the registration, funding and work of NGOs']);
});

test('a referenced item is linked already, and the submitter\'s own recommendations section is left alone', () => {
  const linked = 'At its second review Azerbaijan supported recommendations to:\n\n- remove all obstacles to the registration, funding and work of NGOs (A/HRC/24/13, para. 109.118).\n';
  assert.deepEqual(unlinked(linked), []);
  const own = '## Recommendations\n\nAt its second review Azerbaijan supported recommendations to:\n\n- remove all obstacles to the registration, funding and work of NGOs.\n';
  assert.deepEqual(unlinked(own), []);
});

test('a list under a lead-in that names the recommendations\' topic, its items opening with any verb of a recommendation', () => {
  const body = [
    'The following recommendations were made on freedom of association at the last review:',
    '',
    '- Re-engage with civil society on the law on non-governmental organisations;',
    '- Enforce the decisions of the courts on the registration of associations.',
    '',
  ].join('\n');
  const ds = unlinked(body).map((d) => covered(FRONT_MATTER + body, d));
  assert.ok(ds.includes('Re-engage with civil society on the law on non-governmental organisations'), JSON.stringify(ds));
  assert.ok(ds.includes('Enforce the decisions of the courts on the registration of associations'), JSON.stringify(ds));
});

test('an answer reported with an infinitive after a sentence about the review is a mention; a refusal of something else is not', () => {
  const body = 'At its second review Azerbaijan accepted 120 recommendations. It also agreed to remove obstacles to the registration of NGOs.[^1] The authorities refused to release the detained lawyer.[^1]\n\n[^1]: Source.\n';
  const ds = unlinked(body).map((d) => covered(FRONT_MATTER + body, d));
  assert.deepEqual(ds, ['agreed to'], JSON.stringify(ds));
});

test('a follow-up table row that quotes a recommendation with its State but no ID is unlinked, with the State\'s IDs as candidates', () => {
  const body = '| Recommendation | Recommending State | Position | Level of implementation |\n|---|---|---|---|\n| Remove all obstacles to the registration, funding and work of NGOs | Norway | Supported | Not implemented |\n| 109.118 – NGO registration | Norway | Supported | Not implemented |\n| Too short | Norway | Supported | None |\n';
  const d = check(body).filter((x) => x.code === 'unlinked-recommendation');
  assert.equal(d.length, 1);
  assert.match(covered(FRONT_MATTER + body, d[0]!), /^Remove all obstacles/);
  const candidates = (d[0]!.data as { candidates: { id: string }[] }).candidates.map((c) => c.id);
  assert.equal(candidates[0], '109.118');
});

test('after a sentence\'s ID, another recommendation named by its State is unlinked; an apposition to the same ID is not', () => {
  const other = 'Azerbaijan supported recommendation 109.118 (Norway) on NGO registration, and the recommendation of Germany on the release of journalists was noted.\n';
  const d = check(other).filter((x) => x.code === 'unlinked-recommendation');
  assert.equal(d.length, 1);
  assert.match(covered(FRONT_MATTER + other, d[0]!), /Germany/);
  const same = 'Azerbaijan supported recommendation 109.118 (Norway), the only recommendation of the second review that named NGO registration, and has done nothing since.\n';
  assert.deepEqual(check(same).filter((x) => x.code === 'unlinked-recommendation'), []);
});

test('the submission describing its own structure is no mention of a recommendation', () => {
  const body = '3. The submission first assesses the follow-up to the recommendations of the second review on NGO registration, then new developments.\n\n12. Our summary of the follow-up to the recommendations on expression and assembly is as follows:\n';
  assert.deepEqual(check(body).filter((x) => x.code === 'unlinked-recommendation'), []);
});

test('the link quick fix adds "(109.118, Norway)", a form the checker reads, so the finding goes away once applied', () => {
  const body = 'In 2013 Azerbaijan accepted recommendations to remove obstacles to the registration and funding of NGOs.\n';
  const d = check(body).find((x) => x.code === 'unlinked-recommendation')!;
  const fix = (d.data as { fixes: { title: string; edits: { newText: string }[] }[] }).fixes.find((f) => f.title.startsWith('Link to 109.118'))!;
  assert.equal(fix.edits[0]!.newText, ' (109.118, Norway)');
  const fixed = body.replace('NGOs.', `NGOs${fix.edits[0]!.newText}.`);
  assert.deepEqual(check(fixed).filter((x) => x.code === 'unlinked-recommendation' || x.code === 'unknown-recommendation'), []);
});
