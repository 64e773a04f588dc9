/**
 * Writes the UHRI export fixtures test/fixtures/uhri/uhri-sample.json and
 * uhri-sample.xlsx: the same 12 annotations in the layout of the UHRI bulk export
 * (field names as in the JSON export; in the XLSX one column per field, header in row 1,
 * multi-valued cells as "- A - B", PublicationDate as a date cell).
 *
 *   node --import tsx scripts/make-uhri-fixtures.ts
 *
 * Recommendation texts and IDs are real (A/HRC/24/13 Azerbaijan 2013, A/HRC/19/17
 * Timor-Leste 2011, A/HRC/18/11 Singapore 2011, A/HRC/28/11 Angola 2014, as in the WG
 * reports under shared/data/wg-reports); AnnotationIds, DocumentIds, themes and the three
 * annotations of other mechanisms are invented but plausible.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';

type List = string[];
interface Annotation {
  AnnotationId: string;
  AnnotationType: List;
  Body: List;
  Symbol: string;
  DocumentId: string;
  PublicationDate: string;
  Text: string;
  Countries: List;
  Regions: List;
  Themes: List;
  AffectedPersons: List;
  Sdgs: List;
  UprCycle: List;
  UprSession: List;
  UprPositions: List;
  UprRecommendingCountry: List;
  UprRecommendingRegions: List;
  /** Fixture only: write list fields of this annotation as one "- A - B" string in the JSON too. */
  jsonAsStrings?: boolean;
}

const AZE = { Symbol: 'A/HRC/24/13', DocumentId: '7e0b7a52-3f4c-4a1e-9d2b-5c1f0a9e2401', PublicationDate: '2013-07-05T00:00:00', Countries: ['Azerbaijan'], Regions: ['Eastern European States'], UprCycle: ['2'], UprSession: ['16'] };
const upr = { AnnotationType: ['Recommendations'], Body: ['UPR'] };

const annotations: Annotation[] = [
  {
    ...upr, ...AZE,
    AnnotationId: '3f2a9c1e-6b7d-4e58-a0c4-1d9e7b2f6a01',
    Text: '<p>109.118. Remove all legislative and practical obstacles for the registration, funding and work of NGOs in Azerbaijan (Norway);</p>',
    Themes: ['Civil society', 'Freedom of association', 'Human rights defenders'],
    AffectedPersons: ['Civil society', 'Human rights defenders'],
    Sdgs: ['16.10 - Ensure public access to information and protect fundamental freedoms, in accordance with national legislation and international agreements'],
    UprPositions: ['Supported'], UprRecommendingCountry: ['Norway'], UprRecommendingRegions: ['WEOG'],
  },
  {
    ...upr, ...AZE,
    AnnotationId: '8c41d0b5-27e9-4f3a-b6d8-90a1c3e5f702',
    Text: '<p>109.3. Ratify CPED (Brazil, Chile);</p>',
    Themes: ['Acceptance of international norms', 'Enforced disappearances'],
    AffectedPersons: ['Disappeared persons'],
    Sdgs: ['16.3 - Promote the rule of law at the national and international levels and ensure equal access to justice for all', '16.10 - Ensure public access to information and protect fundamental freedoms, in accordance with national legislation and international agreements'],
    UprPositions: ['Supported'], UprRecommendingCountry: ['Brazil', 'Chile'], UprRecommendingRegions: ['GRULAC'],
    jsonAsStrings: true,
  },
  {
    ...upr, ...AZE,
    AnnotationId: 'a95e3f70-4c1b-4d26-8e7a-2b6f9d0c1803',
    Text: '<p><span style="font-size:11pt">109.4.&nbsp;Ratify CPED and recognize the competence of the Committee to receive and examine communications from individuals or those coming from other States (France);</span></p>',
    Themes: ['Acceptance of international norms', 'Enforced disappearances', 'Cooperation with treaty bodies'],
    AffectedPersons: ['Disappeared persons'],
    Sdgs: [],
    UprPositions: ['Supported/Noted'], UprRecommendingCountry: ['France'], UprRecommendingRegions: ['WEOG'],
  },
  {
    ...upr, ...AZE,
    AnnotationId: '1b7c5e92-8a3d-4f60-9c2e-7d4a0b6e3f04',
    Text: '<p>109.19. Maintain its effective cooperation with the Council&#39;s special procedure mandate holders (Egypt); continue its existing fruitful cooperation with the system of United Nations human rights mechanisms (Pakistan); continue its fruitful cooperation with United Nations human rights mechanisms, including the special procedures (Russian Federation);</p>',
    Themes: ['Cooperation with special procedures', 'Cooperation with human rights mechanisms & institutions'],
    AffectedPersons: [],
    Sdgs: [],
    UprPositions: ['Supported'], UprRecommendingCountry: ['Egypt', 'Pakistan', 'Russian Federation'], UprRecommendingRegions: ['African States', 'Asia-Pacific States', 'Eastern European States'],
  },
  {
    ...upr, ...AZE,
    AnnotationId: 'c02d8e41-9f5a-4b37-a1d6-3e8b2c7f9405',
    Text: '<p>110.4. Fully respect article 1 of the ICESCR and article 1 of the ICCPR and end its policy of hostility and aggression against Nagorno&#8209;Karabakh (Armenia).</p>',
    Themes: ['Right to self-determination', 'Economic, social & cultural rights - general measures of implementation'],
    AffectedPersons: [],
    Sdgs: [],
    UprPositions: ['Noted'], UprRecommendingCountry: ['Armenia'], UprRecommendingRegions: ['Eastern European States'],
    jsonAsStrings: true,
  },
  {
    ...upr,
    AnnotationId: 'd4f61a28-3b9e-4c05-8f7d-6a1e9b3c2d06',
    Symbol: 'A/HRC/19/17', DocumentId: '4a9d2c71-0e6b-4f38-b5a1-8c3e7d9f0b12', PublicationDate: '2012-01-03T00:00:00',
    Text: '<p>77.2. Ratify the CRPD (United Kingdom of Great Britain and Northern Ireland);</p>',
    Countries: ['Timor-Leste'], Regions: ['Asia-Pacific States'],
    Themes: ['Acceptance of international norms', 'Persons with disabilities: definition, general principles'],
    AffectedPersons: ['Persons with disabilities'],
    Sdgs: ['10.2 - By 2030, empower and promote the social, economic and political inclusion of all, irrespective of age, sex, disability, race, ethnicity, origin, religion or economic or other status'],
    UprCycle: ['1'], UprSession: ['12'],
    UprPositions: ['Supported'], UprRecommendingCountry: ['United Kingdom of Great Britain and Northern Ireland'], UprRecommendingRegions: ['WEOG'],
  },
  {
    ...upr,
    AnnotationId: 'e7a30b54-1c8f-4d92-a6e0-5b2d8f1c4e07',
    Symbol: 'A/HRC/18/11', DocumentId: '9b1e4f83-7c2a-4d50-8e6b-1f0a3d5c7e23', PublicationDate: '2011-07-11T00:00:00',
    Text: '<p>96.22. Establish a national human rights institution in accordance with the Paris Principles (Timor-Leste, Thailand, Poland, Egypt, Canada);</p>',
    Countries: ['Singapore'], Regions: ['Asia-Pacific States'],
    Themes: ['National Human Rights Institution (NHRI)'],
    AffectedPersons: [],
    Sdgs: ['16.a - Strengthen relevant national institutions, including through international cooperation, for building capacity at all levels, in particular in developing countries, to prevent violence and combat terrorism and crime'],
    UprCycle: ['1'], UprSession: ['11'],
    UprPositions: ['Noted'], UprRecommendingCountry: ['Timor-Leste', 'Thailand', 'Poland', 'Egypt', 'Canada'], UprRecommendingRegions: ['Asia-Pacific States', 'Eastern European States', 'African States', 'WEOG'],
    jsonAsStrings: true,
  },
  {
    ...upr,
    AnnotationId: 'f1c92d37-5e4a-4b81-9d3f-0c7e6a2b5f08',
    Symbol: 'A/HRC/28/11', DocumentId: '2c7f0a95-4e1d-4b63-a8c2-9d5e1b7f3a34', PublicationDate: '2014-12-05T00:00:00',
    Text: '<p>134.136 Continue to promote the role of women in society in order to ensure their integration into political life (Timor-Leste);</p>',
    Countries: ['Angola'], Regions: ['African States'],
    Themes: ['Participation of women in political & public life', 'Women & girls: discrimination'],
    AffectedPersons: ['Women & girls'],
    Sdgs: ['5.5 - Ensure women’s full and effective participation and equal opportunities for leadership at all levels of decision-making in political, economic and public life'],
    UprCycle: ['2'], UprSession: ['20'],
    UprPositions: ['Supported'], UprRecommendingCountry: ['Timor-Leste'], UprRecommendingRegions: ['Asia-Pacific States'],
  },
  {
    ...upr,
    AnnotationId: '0a6b8c13-2d4e-4f57-b9a0-6c1d3e8f2a09',
    Symbol: 'A/HRC/28/11', DocumentId: '2c7f0a95-4e1d-4b63-a8c2-9d5e1b7f3a34', PublicationDate: '2014-12-05T00:00:00',
    Text: '<p>134.1 Promptly ratify and implement the human rights conventions signed in September 2013 (United Kingdom of Great Britain and Northern Ireland);</p>',
    Countries: ['Angola'], Regions: ['African States'],
    Themes: ['Acceptance of international norms'],
    AffectedPersons: [],
    Sdgs: [],
    UprCycle: ['2'], UprSession: ['20'],
    UprPositions: ['Supported'], UprRecommendingCountry: ['United Kingdom of Great Britain and Northern Ireland'], UprRecommendingRegions: ['WEOG'],
  },
  // Other mechanisms: kept out of the import, counted in a warning.
  {
    AnnotationId: '5d2e9f60-8b1c-4a73-9e4d-2f6a0c8b1d10',
    AnnotationType: ['Recommendations'], Body: ['CEDAW'],
    Symbol: 'CEDAW/C/AZE/CO/5', DocumentId: '6e3a1d84-5f2b-4c09-a7e1-3b8d0f6c2e45', PublicationDate: '2015-03-12T00:00:00',
    Text: '<p>The Committee recommends that the State party ensure women&rsquo;s access to sexual &amp; reproductive health services.</p>',
    Countries: ['Azerbaijan'], Regions: ['Eastern European States'],
    Themes: ['Sexual & reproductive health and rights'], AffectedPersons: ['Women & girls'], Sdgs: ['5.6 - Ensure universal access to sexual and reproductive health and reproductive rights'],
    UprCycle: [], UprSession: [], UprPositions: [], UprRecommendingCountry: [], UprRecommendingRegions: [],
  },
  {
    AnnotationId: '9e4f1a72-6c3d-4b85-8a2f-1d7e5b0c3f11',
    AnnotationType: ['Recommendations'], Body: ['Special Procedures'],
    Symbol: 'A/HRC/44/49/Add.1', DocumentId: '8f5c2e16-3a7d-4e90-b1c4-7e2a9d6f0b56', PublicationDate: '2020-05-04T00:00:00',
    Text: '<p>The Special Rapporteur recommends that the Government of Guinea-Bissau adopt a law on human rights defenders.</p>',
    Countries: ['Guinea-Bissau'], Regions: ['African States'],
    Themes: ['Human rights defenders'], AffectedPersons: ['Human rights defenders'], Sdgs: [],
    UprCycle: [], UprSession: [], UprPositions: [], UprRecommendingCountry: [], UprRecommendingRegions: [],
  },
  {
    AnnotationId: '2f8a0c35-7d6e-4b19-9c5a-8e3f1b2d4a12',
    AnnotationType: ['Concerns'], Body: ['CRC'],
    Symbol: 'CRC/C/TLS/CO/2-3', DocumentId: '1d4b7e29-9c0a-4f62-8b3e-5a6c2f1d7e67', PublicationDate: '2015-10-30T00:00:00',
    Text: '<p>The Committee is concerned about the high rate of child labour.</p>',
    Countries: ['Timor-Leste'], Regions: ['Asia-Pacific States'],
    Themes: ['Child labour'], AffectedPersons: ['Children'], Sdgs: ['8.7 - Take immediate and effective measures to eradicate forced labour'],
    UprCycle: [], UprSession: [], UprPositions: [], UprRecommendingCountry: [], UprRecommendingRegions: [],
  },
];

const FIELDS = ['AnnotationId', 'AnnotationType', 'Body', 'Symbol', 'DocumentId', 'PublicationDate', 'Text', 'Countries', 'Regions', 'Themes', 'AffectedPersons', 'Sdgs', 'UprCycle', 'UprSession', 'UprPositions', 'UprRecommendingCountry', 'UprRecommendingRegions'] as const;

/** "- A - B", as list fields appear in the XLSX export. */
const dashList = (xs: List) => xs.map((x) => `- ${x}`).join(' ');

function jsonRecord(a: Annotation): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of FIELDS) {
    const v = a[f];
    if (Array.isArray(v)) out[f] = a.jsonAsStrings ? (v.length ? dashList(v) : null) : v.map((x) => `- ${x}`);
    else out[f] = v;
  }
  return out;
}

async function main(): Promise<void> {
  const outDir = path.resolve(__dirname, '../test/fixtures/uhri');
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'uhri-sample.json'), `${JSON.stringify(annotations.map(jsonRecord), null, 2)}\n`);

  const wb = new ExcelJS.Workbook();
  wb.creator = 'UHRI';
  // Fixed dates so the file is the same on every run.
  wb.created = new Date('2024-01-01T00:00:00Z');
  wb.modified = new Date('2024-01-01T00:00:00Z');
  const ws = wb.addWorksheet('Export');
  ws.addRow([...FIELDS]);
  for (const a of annotations) {
    ws.addRow(
      FIELDS.map((f) => {
        const v = a[f];
        if (f === 'PublicationDate') return new Date(`${v as string}Z`);
        return Array.isArray(v) ? dashList(v) : v;
      }),
    );
  }
  ws.getColumn(FIELDS.indexOf('PublicationDate') + 1).numFmt = 'yyyy-mm-dd';
  await wb.xlsx.writeFile(path.join(outDir, 'uhri-sample.xlsx'));
  console.log(`wrote ${annotations.length} annotations to ${outDir}/uhri-sample.{json,xlsx}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
