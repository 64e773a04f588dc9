import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSubmission } from '../../server/src/engine/document';
import { submitterVoice } from '../../server/src/engine/check/submitterVoice';
import { check, covered } from '../helpers/checkText';

const header = (submitters: string[]): string =>
  `---\nstate-under-review: Jordan\ncycle: 3\nprevious-review: A/HRC/25/9\nsubmission-type: joint\nsubmitted-by:\n${submitters.map((s) => `  - ${s}\n`).join('')}---\n`;

/** The parts of `sentence` the document's submitter voice marks as its own documentation. */
function own(doc: string, sentence: string): string[] {
  return submitterVoice(parseSubmission(doc)).ownWorkSpans(sentence).map((w) => sentence.slice(w.start, w.end));
}

const methodology = 'This submission draws on 48 interviews we conducted with women and former detainees in Amman and Zarqa in 2017.\n';

test("the submitter's own work frames the whole sentence when it opens it or sits in its opening phrase", () => {
  const doc = header(['Amman Centre for Justice (ACJ)']) + methodology;
  for (const s of [
    'Of the 14 judgments in "honour" killing cases between 2015 and 2017 that the Centre reviewed, nine applied a reduction under Article 99.',
    'In the cases our lawyers handled in 2016, judges most often imposed the minimum fine.',
    'In our survey of 1,180 pupils in 46 schools, one child in four said that he or she had been made to sit apart.',
    'Our parish workers recorded the killing of eleven leaders between January and August 2016; in at least seven cases, relatives identified soldiers.',
    'Yet in the 28 districts the coalition monitors, we found no special court staffed by June 2016.',
  ]) {
    assert.deepEqual(own(doc, s).slice(0, 1), [s], s);
  }
});

test('later in a sentence, own work covers its own clause and leaves the facts before it', () => {
  const doc = header(['Amman Centre for Justice (ACJ)']) + methodology;
  const s1 = 'Prisoners who complain are transferred to distant prisons; of the 1,146 complaints we received, 311 included an allegation of reprisal.';
  const parts = own(doc, s1);
  assert.ok(parts.length > 0 && parts.every((p) => !p.includes('Prisoners') && p.endsWith('311 included an allegation of reprisal.')), parts.join(' | '));
  const s2 = 'Police arrested 14 journalists in May 2017, three of whom we represented in court.';
  assert.deepEqual(own(doc, s2), [', three of whom we represented in court.']);
});

test('the people its methodology names speak for the submitter: their account is its own documentation', () => {
  const doc = header(['Amman Centre for Justice (ACJ)']) + methodology;
  const s = 'Women in Zarqa, Russeifa and Mafraq described being stopped at checkpoints, and two participants said they had spent a night in custody.';
  assert.ok(own(doc, s).some((p) => p === s), own(doc, s).join(' | '));
  // Not what they told a newspaper, nor a name holding the word.
  assert.deepEqual(own(doc, 'Former detainees told Reuters that they had been beaten in custody in 2016.'), []);
  assert.deepEqual(own(doc, 'The Justice Centre for Women in Irbid had no interpreter in 2017 and said it had no budget.'), []);
  // Without research of its own, "women said" is no testimony to the submitter.
  assert.deepEqual(own(header(['Amman Centre for Justice (ACJ)']), 'Women in Zarqa described being stopped at checkpoints in 2017.'), []);
});

test("words that look like the submitter's but are not: the nation, a name, another body", () => {
  const doc = header(['Insaf Commission for Human Rights', 'Amman Centre for Justice']) + methodology;
  assert.deepEqual(own(doc, 'Our country ratified the Convention in 1991 and our government reviewed it in 2016.'), []);
  assert.deepEqual(own(doc, 'The Save Our Schools Network counted 87 schools affected by attacks between 2014 and 2016.'), []);
  // "the Commission" is as likely a State body as the submitter.
  assert.deepEqual(own(doc, 'In Balochistan the Commission has registered fewer than 450 cases since 2011.'), []);
  assert.deepEqual(own(doc, 'The Centre reviewed 14 judgments.'), ['The Centre reviewed 14 judgments.']);
});

test('uncited-claim: the submitter reporting its own documentation is not warned; an outside fact beside it is', () => {
  const body = [
    'Of the 96 sewer deaths between 2014 and mid-2016 that NHC traced, compensation had been paid in only eleven.',
    '',
    'Police arrested 14 journalists in May 2017, three of whom we represented in court.',
    '',
  ].join('\n');
  const text = header(['Norwegian Helsinki Committee']).replace('Jordan', 'Azerbaijan').replace('A/HRC/25/9', 'A/HRC/24/13') + body;
  const d = check(text, {}, false).filter((x) => x.code === 'uncited-claim');
  assert.deepEqual(d.map((x) => covered(text, x)), ['Police arrested 14 journalists in May 2017, three of whom we represented in court.']);
});

test('the submitter as possessor, count frame, staff, subject head and the names it gives its own work', () => {
  const doc = header(['Amman Centre for Justice', 'Mavrica Pravic']) + methodology + 'We also ran an online survey of 517 people in 2018 (the "Rainbow Barometer").\n';
  for (const s of [
    "In the Centre's own caseload, 31 of 44 claims were still pending at the end of 2018.",
    'Of the 87 women who left our shelter in 2016 and 2017, 31 went back to the man who had abused them.',
    'Its legal team of six advocates represents Romani families before the courts.',
    'Between 2013 and 2016 the counselling centres of our members in Bern, Solothurn and Geneva assisted 412 people.',
    'Our mapping shows that the permits overlap 1,840 hectares of village forest.',
    'The Rainbow Barometer found that 61 per cent of respondents had hidden their identity at work.',
    'Yet member organisations in Córdoba, Tucumán and Jujuy continue to document cases of women killed after filing complaints.',
    'Since 2017 part of its staff has worked from outside the country.',
    'We also draw on the published reports of regional monitoring commissions and on judgments of the European Court.',
    'Fourteen of the persons our clinic assisted in November 2014 had been born in the country; nine of them were deported.',
    'Our members in Zarqa and Irbid also report that officials have refused them permission to hold public events.',
    'In Zarqa and in Irbid our monitors saw children of twelve to fifteen years guarding the barriers in April 2013.',
    'Our clients in the Western Division wait on average four months for a first hearing.',
    'In September 2012 our correspondent in the Mary province reported that doctors had been ordered to pick cotton.',
    'The Centre disposes of a network of twenty-three voluntary monitors in six prefectures.',
  ]) {
    assert.deepEqual(own(doc, s).slice(0, 1), [s], s);
  }
});

test('in the paragraph that introduces the submitter, "It" and "Its" are the submitter', () => {
  const doc = header(['Eritrean Free Press Circle in Exile (EFPC)']) + '1. The Eritrean Free Press Circle in Exile (EFPC) is an association of journalists in exile. It was founded in Nairobi in 2004 and registered in Stockholm in 2008. Its mandate is to document the fate of detained media workers.\n\n2. The Ministry of Information was created in 1993. It was reorganised in 2001.\n';
  const v = submitterVoice(parseSubmission(doc));
  assert.equal(v.ownWorkSpans('It was founded in Nairobi in 2004 and registered in Stockholm in 2008.').length, 1);
  assert.deepEqual(v.ownWorkSpans('It was reorganised in 2001.'), []);
});

test('a unit named after a dash in submitted-by, with an apposition, in the paragraph after the introduction', () => {
  const doc = header(['Central de Pueblos Indígenas (CPIIS) – Equipo Jurídico Territorial']) + '1. The Central de Pueblos Indígenas (CPIIS) represents the peoples of the territory.\n\n2. Since 2011 its legal team has represented community authorities in 40 proceedings.\n';
  const v = submitterVoice(parseSubmission(doc));
  assert.equal(v.ownWorkSpans('Since 2011 its legal team has represented community authorities in 40 proceedings.').length, 1);
  const s = 'The Equipo Jurídico Territorial, a team of four lawyers, has represented 12 communities since 2011.';
  assert.deepEqual(v.ownWorkSpans(s).map((w) => s.slice(w.start, w.end)).slice(0, 1), [s]);
});

test('a name in another language gives its English head: "Ligue nationale …" is "the League"', () => {
  const doc = header(['Ligue nationale pour la défense des droits humains (LINADH)']);
  const s = 'The League disposes of a network of twenty-three voluntary monitors in six prefectures.';
  assert.deepEqual(own(doc, s).slice(0, 1), [s]);
});
