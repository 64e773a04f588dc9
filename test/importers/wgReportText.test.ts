import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import iconv from 'iconv-lite';
import { importWgReportText, looksLikeWgReportText, parseWgReport } from '../../server/src/engine/importers/wgReport';
import { ImportError } from '../../server/src/engine/importers/importResult';
import type { ImportResult } from '../../server/src/engine/importers/importResult';
import type { Recommendation } from '../../server/src/engine/model/recommendation';
import { NO_SHARED_DATA, SHARED_DATA } from '../helpers/paths';

const TXT = path.join(SHARED_DATA, 'wg-reports', 'txt');

/** The report files are Mac Roman with bare CR line endings: feed the fixtures the same way. */
const macRoman = (text: string): Uint8Array => iconv.encode(text.replace(/\n/g, '\r'), 'macintosh');
const byId = (r: ImportResult, id: string): Recommendation[] => r.recommendations.filter((x) => x.id === id);
const one = (r: ImportResult, id: string): Recommendation => {
  const found = byId(r, id);
  assert.equal(found.length, 1, `one record for ${id}, got ${found.length}`);
  return found[0]!;
};

const MODERN = `Distr.: General 5 July 2013
Human Rights Council Twenty-fourth session
A/HRC/24/99
Report of the Working Group on the Universal Periodic Review*
Azerbaijan
Contents
II. Conclusions and/or recommendations........................................ 108–111 14
Introduction
1. The Working Group on the Universal Periodic Review, established in accordance with Human Rights Council resolution 5/1 of 18 June 2007, held its sixteenth session from 22 April to 3 May 2013. The review of Azerbaijan was held at the 10th meeting on 30 April 2013.
II. Conclusions and/or recommendations**
** The conclusions and recommendations have not been edited.
108. The recommendations formulated during the interactive dialogue and listed below have been examined by Azerbaijan and enjoy its support:
108.1. Ratify CPED (Brazil, Chile);
108.2. Ratify the Convention (CRPD) and its Optional Protocol (OP-CRPD) (Iran (Islamic Republic of));
108.3. Strengthen the independence of the judiciary in line with
GE.13-15465
A/HRC/24/99
15
the recommendations of the Venice Commission (United Kingdom of Great Britain and Northern Ireland);
108.4. Continue cooperation with the special procedures (Bolivia (Plurinational State of), Cuba);
108.5. Ratify the Rome Statute of the ICC (Romania); accede to the Rome Statute of the ICC (Chad);
109. The following recommendations will be examined by Azerbaijan, which will provide responses in due time:
109.1. Decriminalize defamation (Norway)2;
2 The recommendation as read during the interactive dialogue: “Decriminalize defamation and
libel without delay (Norway).”
109.2. Remove all legislative and practical obstacles for the registration, funding and work of non-
governmental organizations (Norway).
110. The recommendations below did not enjoy the support of Azerbaijan:
110.1. Stop incitement of hatred (Armenia).
111. All conclusions and/or recommendations contained in the present report reflect the position of the submitting State(s) and/or the State under review.
Annex
Composition of the delegation
`;

test('modern report: symbol, State, session, date and the Review record', () => {
  const r = importWgReportText(macRoman(MODERN), 'az.txt');
  assert.equal(r.importer, 'wg-report-text');
  assert.deepEqual(r.reviews, [
    {
      document: 'A/HRC/24/99',
      stateUnderReview: { name: 'Azerbaijan', iso3: 'AZE' },
      recommendationCount: 9,
      provenance: { file: 'az.txt', importer: 'wg-report-text', line: 10 },
      cycle: 2,
      session: 16,
      date: '2013-04-30',
      year: 2013,
    },
  ]);
  assert.deepEqual([...new Set(r.recommendations.map((x) => x.id))], ['108.1', '108.2', '108.3', '108.4', '108.5', '109.1', '109.2', '110.1']);
});

test('several States on one ID, parentheses in the text and long State names', () => {
  const r = importWgReportText(macRoman(MODERN), 'az.txt');
  assert.deepEqual(one(r, '108.1').recommendingStates, ['Brazil', 'Chile']);
  assert.equal(one(r, '108.1').text, 'Ratify CPED');
  const r2 = one(r, '108.2');
  assert.equal(r2.text, 'Ratify the Convention (CRPD) and its Optional Protocol (OP-CRPD)');
  assert.deepEqual(r2.recommendingStates, ['Iran (Islamic Republic of)']);
  assert.deepEqual(one(r, '108.4').recommendingStates, ['Bolivia (Plurinational State of)', 'Cuba']);
  assert.deepEqual(one(r, '108.3').recommendingStates, ['United Kingdom of Great Britain and Northern Ireland']);
});

test('wrapped lines are joined and page furniture between them is dropped', () => {
  const r = importWgReportText(macRoman(MODERN), 'az.txt');
  assert.equal(one(r, '108.3').text, 'Strengthen the independence of the judiciary in line with the recommendations of the Venice Commission');
  // A hyphen at a line end belongs to a compound: kept, no space.
  assert.equal(one(r, '109.2').text, 'Remove all legislative and practical obstacles for the registration, funding and work of non-governmental organizations');
  // The footnote call and the footnote quoting the recommendation as read are not text.
  assert.equal(one(r, '109.1').text, 'Decriminalize defamation');
  assert.deepEqual(one(r, '109.1').recommendingStates, ['Norway']);
  assert.equal(one(r, '108.3').provenance.line, 15);
});

test('texts grouped under one modern ID, each with its own State, become parts', () => {
  const r = importWgReportText(macRoman(MODERN), 'az.txt');
  const parts = byId(r, '108.5');
  assert.deepEqual(
    parts.map((p) => [p.part, p.text, p.recommendingStates]),
    [
      [1, 'Ratify the Rome Statute of the ICC', ['Romania']],
      [2, 'accede to the Rome Statute of the ICC', ['Chad']],
    ],
  );
});

test('the chapeau of each paragraph gives the response and the phrase that decided it', () => {
  const r = importWgReportText(macRoman(MODERN), 'az.txt');
  assert.deepEqual(one(r, '108.1').response, { value: 'supported', source: 'wg-report', detail: 'enjoy its support' });
  assert.deepEqual(one(r, '109.2').response, { value: 'pending', source: 'wg-report', detail: 'will be examined' });
  assert.deepEqual(one(r, '110.1').response, { value: 'noted', source: 'wg-report', detail: 'did not enjoy the support' });
});

const ERA_2009 = `A/HRC/11/99 29 May 2009
HUMAN RIGHTS COUNCIL Eleventh session Agenda item 6
Report of the Working Group on the Universal Periodic Review *
Ruritania
CONTENTS
II. CONCLUSIONS AND/OR RECOMMENDATIONS.............................. 96 -98 17
Introduction
1.
The Working Group on the Universal Periodic Review (UPR), established in accordance with Human Rights Council resolution 5/1 of 18 June 2007, held its fourth session from 2 to 13 February 2009. The review of Norway was held at the 6th meeting on 4 February 2009.
II. CONCLUSIONS AND/OR RECOMMENDATIONS

96.\t
In the course of the discussion, the following recommendations were made to Norway:

1.\t
Accede to the Rome Statute of the International Criminal Court (Liechtenstein); Further align its legislation with the Convention against Torture (Italy); Continue its efforts (Egypt);

2.\t
Ratify the Convention for the Protection of All Persons from Enforced Disappearance (Azerbaijan, Argentina) as soon as possible (Greece);
GE.09-13626
3.\t
Fulfil its voluntary pledge and issue a standing invitation to the Special Procedures (Latvia, Norway, Czech Republic);
97.
The response of Norway to these recommendations will be included in the outcome report to be adopted by the Human Rights Council at its eleventh session.
98.
All conclusions and/or recommendations contained in the present report reflect the position of the submitting State(s).
Annex
`;

test('2009-era items: "1." under paragraph 96 give 96.1, and grouped texts become parts', () => {
  const r = importWgReportText(macRoman(ERA_2009), 'no.txt');
  assert.equal(r.reviews[0]!.document, 'A/HRC/11/99');
  assert.equal(r.reviews[0]!.session, 4);
  assert.equal(r.reviews[0]!.cycle, 1);
  assert.deepEqual(
    byId(r, '96.1').map((p) => [p.part, p.text, p.recommendingStates]),
    [
      [1, 'Accede to the Rome Statute of the International Criminal Court', ['Liechtenstein']],
      [2, 'Further align its legislation with the Convention against Torture', ['Italy']],
      [3, 'Continue its efforts', ['Egypt']],
    ],
  );
  // A State parenthesis inside the sentence does not end it; its States made (part of)
  // the recommendation too, and the text keeps it.
  const r2 = one(r, '96.2');
  assert.equal(r2.part, undefined);
  assert.equal(r2.text, 'Ratify the Convention for the Protection of All Persons from Enforced Disappearance (Azerbaijan, Argentina) as soon as possible');
  assert.deepEqual(r2.recommendingStates, ['Azerbaijan', 'Argentina', 'Greece']);
  assert.deepEqual(one(r, '96.3').recommendingStates, ['Latvia', 'Norway', 'Czechia']);
});

test('a chapeau without a verdict takes it from the next paragraph; no verdict at all is unknown', () => {
  const r = importWgReportText(macRoman(ERA_2009), 'no.txt');
  assert.deepEqual(one(r, '96.3').response, { value: 'pending', source: 'wg-report', detail: 'will be included in the outcome report' });
  const silent = ERA_2009.replace(/97\.\nThe response of Norway[^\n]*\n/, '');
  assert.deepEqual(one(importWgReportText(macRoman(silent), 'no.txt'), '96.3').response, { value: 'unknown', source: 'wg-report' });
});

test('a report whose title block lost its symbol imports under the provisional key UPR-WG<session>-<ISO3>, with a warning', () => {
  const r = importWgReportText(macRoman(ERA_2009.replace('A/HRC/11/99 ', '')), 'ruritania2009.txt');
  assert.match(r.reviews[0]!.document, /^UPR-WG4-[A-Z]{3}$/);
  assert.ok(r.warnings.some((w) => w.includes('A/HRC/11/')), r.warnings.join('\n'));
});

test('bad input: empty, not a report, no section, no recommendations', () => {
  const err = (bytes: Uint8Array, re: RegExp): void => {
    assert.throws(
      () => importWgReportText(bytes, 'f.txt'),
      (e: unknown) => e instanceof ImportError && e.file === 'f.txt' && re.test(e.message) && !e.message.includes('\n'),
    );
  };
  err(new Uint8Array(0), /^f\.txt: is empty$/);
  err(macRoman('   \n\n'), /is empty/);
  err(macRoman('Dear colleagues,\nplease find attached the minutes of the meeting.\n'), /is not a Working Group report/);
  err(macRoman(MODERN.slice(0, MODERN.indexOf('II. Conclusions and/or recommendations**'))), /has no "Conclusions and\/or recommendations" section/);
  err(macRoman(MODERN.replace(/^1\d{2}\.\d.*$/gm, '')), /no numbered recommendations/);
});

test('looksLikeWgReportText', () => {
  assert.equal(looksLikeWgReportText(MODERN), true);
  assert.equal(looksLikeWgReportText(ERA_2009), true);
  assert.equal(looksLikeWgReportText('To,Text,From\nAzerbaijan,Ratify CPED,Brazil\n'), false);
  assert.equal(looksLikeWgReportText('Conclusions and/or recommendations are listed below.'), false);
});

test('parseWgReport works on decoded text and cites pages when the text has form feeds', () => {
  const paged = MODERN.replace('108.3. Strengthen', '\f108.3. Strengthen');
  const r = parseWgReport(paged, 'az.pdf', 'wg-report-pdf');
  assert.equal(one(r, '108.1').provenance.page, 1);
  assert.equal(one(r, '108.3').provenance.page, 2);
  assert.equal(one(r, '108.3').provenance.line, undefined);
  assert.equal(one(r, '108.3').provenance.importer, 'wg-report-pdf');
});

// ---- The real reports ----

const real = (name: string): ImportResult => importWgReportText(fs.readFileSync(path.join(TXT, name)), `wg-reports/txt/${name}`);

test('Azerbaijan 2009 (A/HRC/11/20): 32 items under paragraph 96, grouped texts as parts', { skip: NO_SHARED_DATA }, () => {
  const r = real('azerbaijan2009.txt');
  const review = r.reviews[0]!;
  assert.equal(review.document, 'A/HRC/11/20');
  assert.deepEqual(review.stateUnderReview, { name: 'Azerbaijan', iso3: 'AZE' });
  assert.equal(review.session, 4);
  assert.equal(review.date, '2009-02-04');
  const ids = [...new Set(r.recommendations.map((x) => x.id))];
  assert.deepEqual(ids, Array.from({ length: 32 }, (_, i) => `96.${i + 1}`));
  assert.deepEqual(
    byId(r, '96.1').map((x) => x.recommendingStates[0]),
    ['Liechtenstein', 'Italy', 'Egypt'],
  );
  assert.deepEqual(one(r, '96.5').recommendingStates, ['Latvia', 'Norway', 'Czechia']);
  // Wrapped across a page break in the text edition.
  const p1 = byId(r, '96.12')[0]!;
  assert.match(p1.text, /complaint mechanism for children, to develop and adjust new mechanisms/);
  assert.deepEqual(p1.recommendingStates, ['Czechia']);
  assert.ok(r.recommendations.every((x) => x.response.value === 'pending'));
  assert.ok(r.recommendations.every((x) => x.recommendingStates.length > 0));
});

test('Algeria 2008 (A/HRC/8/29): first-cycle report, supported items, a note after the items is not text', { skip: NO_SHARED_DATA }, () => {
  const r = real('algeria2008.txt');
  assert.equal(r.reviews[0]!.document, 'A/HRC/8/29');
  assert.equal(r.reviews[0]!.session, 1);
  assert.equal(r.reviews[0]!.year, 2008);
  assert.deepEqual([...new Set(r.recommendations.map((x) => x.id))], Array.from({ length: 17 }, (_, i) => `69.${i + 1}`));
  const last = one(r, '69.17');
  assert.equal(last.text, 'That Algeria take initiatives to strengthen gender mainstreaming and women’s rights. It also recommended that the State pursue its efforts to combat poverty');
  assert.deepEqual(last.recommendingStates, ['Nigeria']);
  assert.equal(last.response.value, 'supported');
  assert.deepEqual(one(r, '69.6').recommendingStates, ['Holy See']);
  assert.deepEqual(one(r, '69.8').recommendingStates, ['Democratic Republic of the Congo']);
});

test('Afghanistan 2014: modern IDs without a final dot, supported and pending paragraphs', { skip: NO_SHARED_DATA }, () => {
  const r = real('afghanistan2014.txt');
  const review = r.reviews[0]!;
  assert.equal(review.session, 18);
  assert.equal(review.cycle, 2);
  // This text edition lost its title block: no symbol is printed.
  assert.equal(review.document, 'UPR-WG18-AFG');
  assert.equal(one(r, '136.1').text, 'To further build up on its effort to fully protect human rights in the country');
  assert.deepEqual(one(r, '136.8').recommendingStates, ['Iran (Islamic Republic of)']);
  assert.equal(one(r, '136.178').response.value, 'supported');
  assert.equal(byId(r, '137.1')[0]!.response.value, 'pending');
  assert.ok(byId(r, '137.1')[0]!.text.startsWith('Consider ratifying the International Convention on the Protection of the Rights of All Migrant Workers'));
  const ids136 = new Set(r.recommendations.filter((x) => x.id.startsWith('136.')).map((x) => x.id));
  assert.equal(ids136.size, 178);
});

test('all 262 text reports import, each with recommendations and a State under review', { skip: NO_SHARED_DATA }, () => {
  const files = fs.readdirSync(TXT).filter((f) => f.endsWith('.txt'));
  assert.equal(files.length, 262);
  let records = 0;
  for (const f of files) {
    const r = real(f);
    assert.ok(r.recommendations.length > 0, `${f}: no recommendations`);
    assert.ok(r.reviews[0]!.stateUnderReview.iso3, `${f}: State under review not resolved`);
    assert.ok(r.reviews[0]!.session, `${f}: no session`);
    for (const x of r.recommendations) assert.match(x.id, /^\d+\.\d+$/, `${f}: bad ID ${x.id}`);
    records += r.recommendations.length;
  }
  assert.ok(records > 30000, `only ${records} records`);
});

const DAMAGED = `A/HRC/22/99
Report of the Working Group on the Universal Periodic Review
Utopia
1. The Working Group on the Universal Periodic Review held its fourteenth session from 22 October to 5 November 2012. The review of Chile was held at the 1st meeting on 22 October 2012.
II. Conclusions and/or recommendations
90. The recommendations listed below enjoy the support of Chile:
90.1. Ratify OP-CAT (Denmark); 90.2. Ratify CPED (France, Spain);
91.3. Sign the Optional Protocol (Uruguay) or consider its early ratification (Slovakia);
90.4 Take measures against torture (Lithuania)2;
2 The recommendation as read during the interactive dialogue: “Take measures
against torture and ill-treatment (Lithuania).”
90.5. Ensure access to justice (Czech Republic): Chile considers this recommendation already implemented.
Follow-up to the review
90.6. Ratify ICRMW (United Sates), (Trinidad an Tobago);
91. The recommendations below did not enjoy the support of Chile:
90.7. Adopt a law on the family (Holy See);
91.1. Recognize the right to self-determination (Iran, Islamic Republic of);
92. All conclusions and/or recommendations contained in the present report reflect the position of the submitting State(s).
`;

test('damaged numbering: items on one line, a misprinted paragraph, items printed out of order', () => {
  const r = importWgReportText(macRoman(DAMAGED), 'cl.txt');
  assert.deepEqual(
    r.recommendations.map((x) => `${x.id}${x.part ? `/${x.part}` : ''} ${x.response.value} ${x.recommendingStates.join('+')}`),
    [
      '90.1 supported Denmark',
      '90.2 supported France+Spain',
      '90.3 supported Uruguay+Slovakia',
      '90.4 supported Lithuania',
      '90.5 supported Czechia',
      '90.6 supported United States of America+Trinidad and Tobago',
      '90.7 supported Holy See',
      '91.1 noted Iran (Islamic Republic of)',
    ],
  );
  assert.ok(r.warnings.includes('numbering: item 90.3 is printed as 91.3'), r.warnings.join('\n'));
  assert.ok(r.warnings.includes('numbering: item 90.7 is printed out of order, under paragraph 91'), r.warnings.join('\n'));
  assert.ok(r.warnings.some((w) => w.startsWith('90.6: recommending State "United Sates" read as "United States of America"')));
});

test('footnotes, the State’s comment and cluster headings are not recommendation text', () => {
  const r = importWgReportText(macRoman(DAMAGED), 'cl.txt');
  assert.equal(one(r, '90.4').text, 'Take measures against torture');
  assert.equal(one(r, '90.5').text, 'Ensure access to justice');
  assert.equal(one(r, '90.5').response.value, 'supported');
  assert.equal(one(r, '90.6').text, 'Ratify ICRMW');
  // "(Uruguay) or consider": a State parenthesis inside the sentence stays in the text.
  assert.equal(one(r, '90.3').text, 'Sign the Optional Protocol (Uruguay) or consider its early ratification');
});

test('an item number lost in print is restored from the text that follows the item before', () => {
  const text = ERA_2009.replace('2.\t\nRatify the Convention', 'Ratify the Convention');
  const r = importWgReportText(macRoman(text), 'no.txt');
  assert.deepEqual([...new Set(r.recommendations.map((x) => x.id))], ['96.1', '96.2', '96.3']);
  assert.deepEqual(one(r, '96.2').recommendingStates, ['Azerbaijan', 'Argentina', 'Greece']);
  assert.equal(byId(r, '96.1').length, 3);
  assert.ok(r.warnings.includes('numbering: item 96.2 has lost its number in print; taken from the text after 96.1'), r.warnings.join('\n'));
});

test('States printed after the verbs, and a cluster cut into fragments, stay one recommendation', () => {
  const text = MODERN.replace(
    '110.1. Stop incitement of hatred (Armenia).',
    '110.1. Fulfil its voluntary pledge (Latvia) and issue (Norway) and implement (Czech Republic) a standing invitation to the special procedures;\n' +
      '110.2. Consider becoming a party to (Turkey); the possibility of (Argentina, Peru) signing and ratifying ICRMW (Algeria), and accede to its principles (Mexico);',
  );
  const r = importWgReportText(macRoman(text), 'az.txt');
  const pledge = one(r, '110.1');
  assert.equal(pledge.text, 'Fulfil its voluntary pledge and issue and implement a standing invitation to the special procedures');
  assert.deepEqual(pledge.recommendingStates, ['Latvia', 'Norway', 'Czechia']);
  const cluster = one(r, '110.2');
  assert.equal(cluster.text, 'Consider becoming a party to (Turkey); the possibility of (Argentina, Peru) signing and ratifying ICRMW (Algeria), and accede to its principles');
  assert.deepEqual(cluster.recommendingStates, ['Türkiye', 'Argentina', 'Peru', 'Algeria', 'Mexico']);
});
