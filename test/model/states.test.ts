import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  STATES,
  allStates,
  findStateEntry,
  keysOf,
  resolveState,
  stateKey,
} from '../../server/src/engine/model/states';

function iso(nameOrCode: string): string | undefined {
  return resolveState(nameOrCode)?.iso3;
}

test('the table holds the 193 Member States and the two observer States', () => {
  const members = allStates().filter((s) => s.status === 'member');
  const observers = allStates().filter((s) => s.status === 'observer');
  assert.equal(members.length, 193);
  assert.deepEqual(observers.map((s) => s.iso3).sort(), ['PSE', 'VAT']);
  assert.equal(allStates(), STATES);
  for (const s of allStates()) {
    assert.match(s.iso3, /^[A-Z]{3}$/, s.name);
    assert.ok(s.name.trim() === s.name && s.name !== '', s.iso3);
    assert.ok(s.officialName !== '', s.iso3);
  }
  // A few that are easy to forget.
  for (const code of ['SSD', 'MNE', 'TLS', 'KNA', 'VCT', 'FSM', 'PLW', 'TUV', 'NRU', 'STP', 'SRB', 'ERI', 'AND', 'MCO', 'LIE', 'SMR']) {
    assert.equal(findStateEntry(code)?.status, 'member', code);
  }
});

test('no two entries share an ISO3 code or a normalised name/variant', () => {
  const isoSeen = new Map<string, string>();
  const keySeen = new Map<string, string>();
  const clashes: string[] = [];
  for (const s of STATES) {
    const prevIso = isoSeen.get(s.iso3);
    if (prevIso !== undefined) clashes.push(`ISO3 ${s.iso3}: ${prevIso} / ${s.name}`);
    isoSeen.set(s.iso3, s.name);
    for (const k of keysOf(s)) {
      const prev = keySeen.get(k);
      if (prev !== undefined) clashes.push(`key "${k}": ${prev} / ${s.name}`);
      keySeen.set(k, s.name);
    }
  }
  assert.deepEqual(clashes, []);
});

test('every name, official name and variant resolves back to its own entry', () => {
  for (const s of STATES) {
    for (const n of [s.name, s.officialName, s.iso3, ...s.variants, ...(s.commonName ? [s.commonName] : [])]) {
      assert.equal(findStateEntry(n), s, `${n} -> ${s.name}`);
    }
  }
});

test('canonical names are the UN short names', () => {
  assert.deepEqual(resolveState('UK'), { name: 'United Kingdom of Great Britain and Northern Ireland', iso3: 'GBR' });
  assert.deepEqual(resolveState('Iran'), { name: 'Iran (Islamic Republic of)', iso3: 'IRN' });
  assert.deepEqual(resolveState('Turkey'), { name: 'Türkiye', iso3: 'TUR' });
  assert.deepEqual(resolveState('Czech Republic'), { name: 'Czechia', iso3: 'CZE' });
  assert.deepEqual(resolveState('Swaziland'), { name: 'Eswatini', iso3: 'SWZ' });
  assert.deepEqual(resolveState('Macedonia'), { name: 'North Macedonia', iso3: 'MKD' });
  assert.deepEqual(resolveState('cape verde'), { name: 'Cabo Verde', iso3: 'CPV' });
  assert.deepEqual(resolveState('Azerbaijan'), { name: 'Azerbaijan', iso3: 'AZE' });
  assert.equal(findStateEntry('GBR')?.commonName, 'United Kingdom');
  assert.equal(findStateEntry('NOR')?.officialName, 'Kingdom of Norway');
});

test('variants seen in UN documents and UPR Info/UHRI exports', () => {
  const cases: [string, string][] = [
    ['UK', 'GBR'],
    ['United Kingdom', 'GBR'],
    ['United Kingdom of Great Britain and Northern Ireland', 'GBR'],
    ['Great Britain', 'GBR'],
    ['Russia', 'RUS'],
    ['Russian Federation', 'RUS'],
    ['Iran', 'IRN'],
    ['Iran (Islamic Republic of)', 'IRN'],
    ['Islamic Republic of Iran', 'IRN'],
    ['Iran, Islamic Republic of', 'IRN'],
    ["Côte d'Ivoire", 'CIV'],
    ["Cote d'Ivoire", 'CIV'],
    ['Côte d’Ivoire', 'CIV'],
    ['Cote dIvoire', 'CIV'],
    ['Ivory Coast', 'CIV'],
    ['Holy See', 'VAT'],
    ['Vatican', 'VAT'],
    ['Republic of Korea', 'KOR'],
    ['South Korea', 'KOR'],
    ['Korea', 'KOR'],
    ["Democratic People's Republic of Korea", 'PRK'],
    ['Democratic People’s Republic of Korea', 'PRK'],
    ['DPRK', 'PRK'],
    ['DPR Korea', 'PRK'],
    ['North Korea', 'PRK'],
    ['Bolivia (Plurinational State of)', 'BOL'],
    ['Bolivia', 'BOL'],
    ['Plurinational State of Bolivia', 'BOL'],
    ['Venezuela (Bolivarian Republic of)', 'VEN'],
    ['Venezuela', 'VEN'],
    ['Libyan Arab Jamahiriya', 'LBY'],
    ['Libya', 'LBY'],
    ['the former Yugoslav Republic of Macedonia', 'MKD'],
    ['The Former Yugoslav Republic of Macedonia', 'MKD'],
    ['Macedonia', 'MKD'],
    ['Macedonia FYR', 'MKD'],
    ['North Macedonia', 'MKD'],
    ['Swaziland', 'SWZ'],
    ['Eswatini', 'SWZ'],
    ['Turkey', 'TUR'],
    ['Türkiye', 'TUR'],
    ['Turkiye', 'TUR'],
    ['Czech Republic', 'CZE'],
    ['Czechia', 'CZE'],
    ['Moldova', 'MDA'],
    ['Republic of Moldova', 'MDA'],
    ['Tanzania', 'TZA'],
    ['United Republic of Tanzania', 'TZA'],
    ['Syria', 'SYR'],
    ['Syrian Arab Republic', 'SYR'],
    ['Lao PDR', 'LAO'],
    ['Laos', 'LAO'],
    ["Lao People's Democratic Republic", 'LAO'],
    ['Viet Nam', 'VNM'],
    ['Vietnam', 'VNM'],
    ['Palestine', 'PSE'],
    ['State of Palestine', 'PSE'],
    ['Cape Verde', 'CPV'],
    ['Cabo Verde', 'CPV'],
    ['Myanmar', 'MMR'],
    ['Burma', 'MMR'],
    ['Congo', 'COG'],
    ['Republic of the Congo', 'COG'],
    ['Republic of Congo', 'COG'],
    ['the Congo', 'COG'],
    ['Democratic Republic of the Congo', 'COD'],
    ['Democratic Republic of Congo', 'COD'],
    ['DRC', 'COD'],
    ['Micronesia (Federated States of)', 'FSM'],
    ['Micronesia', 'FSM'],
    ['Saint Vincent and the Grenadines', 'VCT'],
    ['St. Vincent and the Grenadines', 'VCT'],
    ['St Vincent & the Grenadines', 'VCT'],
    ['St Kitts & Nevis', 'KNA'],
    ['St Lucia', 'LCA'],
    ['Timor-Leste', 'TLS'],
    ['East Timor', 'TLS'],
    ['Brunei Darussalam', 'BRN'],
    ['Brunei', 'BRN'],
    ['The Gambia', 'GMB'],
    ['Gambia', 'GMB'],
    ['Bahamas', 'BHS'],
    ['The Bahamas', 'BHS'],
    ['the Sudan', 'SDN'],
    ['the Niger', 'NER'],
    ['Niger', 'NER'],
    ['Nigeria', 'NGA'],
    ['Guinea', 'GIN'],
    ['Guinea-Bissau', 'GNB'],
    ['Guinea Bissau', 'GNB'],
    ['Equatorial Guinea', 'GNQ'],
    ['Papua New Guinea', 'PNG'],
    ['Dominica', 'DMA'],
    ['Dominican Republic', 'DOM'],
    ['Sudan', 'SDN'],
    ['South Sudan', 'SSD'],
    ['Netherlands', 'NLD'],
    ['Netherlands (Kingdom of the)', 'NLD'],
    ['United States', 'USA'],
    ['United States of America', 'USA'],
    ['U.S.A.', 'USA'],
    ['Sao Tome & Principe', 'STP'],
    ['São Tomé and Príncipe', 'STP'],
    ['Antigua & Barbuda', 'ATG'],
    ['Trinidad & Tobago', 'TTO'],
    ['Bosnia & Herzegovina', 'BIH'],
    // WG report file-name forms: lower case, concatenated.
    ['bosniaandherzegovina', 'BIH'],
    ['democraticpeoplesrepublicofkorea', 'PRK'],
    ['democraticrepublicofthecongo', 'COD'],
    ['laopeoplesdemocraticrepublic', 'LAO'],
    ['saintvincentandthegrenadines', 'VCT'],
    ['unitedstatesofamerica', 'USA'],
    ['cotedivoire', 'CIV'],
    ['SriLanka', 'LKA'],
    ['kyrgysztan', 'KGZ'],
    // Typo in the UPR Info export.
    ['Centeral African Republic', 'CAF'],
  ];
  const wrong = cases.filter(([n, code]) => iso(n) !== code).map(([n, code]) => `${n}: ${iso(n)} ≠ ${code}`);
  assert.deepEqual(wrong, []);
});

test('ISO3 codes in any case', () => {
  assert.equal(iso('GBR'), 'GBR');
  assert.equal(iso('gbr'), 'GBR');
  assert.equal(iso('Gbr'), 'GBR');
  assert.equal(iso(' aze '), 'AZE');
  assert.equal(iso('civ'), 'CIV');
  assert.equal(iso('VAT'), 'VAT');
  assert.equal(iso('pse'), 'PSE');
  for (const s of STATES) {
    assert.equal(iso(s.iso3.toLowerCase()), s.iso3);
  }
});

test('case, accents, quote kinds, punctuation and spacing are ignored', () => {
  assert.equal(iso('  united   KINGDOM '), 'GBR');
  assert.equal(iso('COTE D’IVOIRE'), 'CIV');
  assert.equal(iso('Côte d‘Ivoire'), 'CIV');
  assert.equal(iso('Cote d`Ivoire'), 'CIV');
  assert.equal(iso('Côte d\u0027Ivoire'), 'CIV');
  assert.equal(iso('Co\u0302te d\u2019Ivoire'), 'CIV'); // decomposed accent
  assert.equal(iso('TURKIYE'), 'TUR');
  assert.equal(iso('Norway;'), 'NOR');
  assert.equal(iso('Azerbaijan '), 'AZE');
  assert.equal(iso('(Norway)'), 'NOR');
  assert.equal(iso('the Netherlands'), 'NLD');
  assert.equal(iso('Timor Leste'), 'TLS');
  assert.equal(stateKey('The  Bahamas'), stateKey('bahamas'));
  assert.equal(stateKey('Bahamas (the)'), stateKey('bahamas'));
  assert.equal(iso('Philippines (the)'), 'PHL');
  assert.equal(iso('Congo (the Democratic Republic of the)'), 'COD');
  assert.equal(iso("Korea (the Democratic People's Republic of)"), 'PRK');
  assert.equal(iso('Korea (the Republic of)'), 'KOR');
  assert.equal(iso('Moldova (the Republic of)'), 'MDA');
  assert.equal(iso('United Kingdom of Great Britain and Northern Ireland (the)'), 'GBR');
  assert.equal(stateKey('Iran, Islamic Republic of'), stateKey('Iran (Islamic Republic of)'));
});

test('unknown names do not resolve', () => {
  for (const n of ['', '   ', 'the', 'Atlantis', 'NA', '(Unknown)', 'Kosovo', 'European Union', 'XYZ', 'Korea Republic Democratic', 'Guinea Equatorial', 'Norway Sweden']) {
    assert.equal(resolveState(n), undefined, n);
    assert.equal(findStateEntry(n), undefined, n);
  }
});

test('resolveState returns a fresh StateRef', () => {
  const a = resolveState('Norway');
  const b = resolveState('NOR');
  assert.deepEqual(a, { name: 'Norway', iso3: 'NOR' });
  assert.deepEqual(a, b);
  assert.notEqual(a, b);
});
