import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeConfigurationNotification, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification } from 'vscode-languageserver-protocol';
import {
  CITATIONS_REQUEST,
  COVERAGE_REQUEST,
  FACETS_REQUEST,
  SEARCH_REQUEST,
  type CitationsResponse,
  type CoverageResponse,
  type FacetsResponse,
  type SearchResponse,
} from '../../server/src/protocol';
import { StdioLspClient } from '../helpers/lspClient';
import { REPO } from '../helpers/paths';

// The lookup panel's requests against the real, built server (dist/server.js) over stdio.
const EXAMPLE = path.join(REPO, 'examples', 'azerbaijan-2018-draft.md');
const URI = pathToFileURL(EXAMPLE).href;
const TEXT = fs.readFileSync(EXAMPLE, 'utf8');
let client: StdioLspClient;

before(async () => {
  client = new StdioLspClient();
  // The examples folder as the workspace, as in serverFeatures.test.ts: the bundled A/HRC/24/13 stays.
  await client.initialize(pathToFileURL(path.join(REPO, 'examples')).href);
  await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: URI, languageId: 'markdown', version: 1, text: TEXT } });
});
after(async () => {
  await client.shutdown();
});

test('upr/search pages: offset, total, and a reference per hit', async () => {
  const first = await client.connection.sendRequest<SearchResponse>(SEARCH_REQUEST, { query: 'torture', filters: { state: 'Azerbaijan' }, limit: 3 });
  const second = await client.connection.sendRequest<SearchResponse>(SEARCH_REQUEST, { query: 'torture', filters: { state: 'Azerbaijan' }, limit: 3, offset: 3 });
  assert.equal(first.results.length, 3);
  assert.ok((first.total ?? 0) > 3);
  assert.equal(second.total, first.total);
  const ids = [...first.results, ...second.results].map((h) => `${h.recommendation.document}#${h.recommendation.id}#${h.recommendation.part ?? ''}`);
  assert.equal(new Set(ids).size, ids.length, 'pages do not overlap');
  for (const h of first.results) assert.equal(h.reference, `${h.recommendation.id} (${h.recommendation.recommendingStates.join(', ')})`);
});

test('upr/facets: a State\'s reviews, themes and recommending States; the whole data without a State', async () => {
  const aze = await client.connection.sendRequest<FacetsResponse>(FACETS_REQUEST, { state: 'AZE' });
  assert.deepEqual(aze.reviews.map((r) => r.document), ['A/HRC/11/20', 'A/HRC/24/13']);
  assert.ok(aze.recommendingStates.some((s) => s.value === 'Norway'));
  assert.ok(aze.themes.length > 10);
  const all = await client.connection.sendRequest<FacetsResponse>(FACETS_REQUEST, {});
  assert.ok(all.states.length > 150);
  assert.ok(all.recordCount > 38_000);
});

test('upr/coverage of the example: counts, 109.118 cited where the text cites it', async () => {
  const r = await client.connection.sendRequest<CoverageResponse>(COVERAGE_REQUEST, { uri: URI });
  const c = r.coverage;
  assert.ok(c, r.message);
  assert.equal(c.counts.total, 162);
  assert.equal(c.counts.addressed, c.counts.cited + c.counts.mentioned);
  const item = c.items.find((i) => i.id === '109.118')!;
  assert.equal(item.status, 'cited');
  const lines = TEXT.split('\n');
  for (const p of item.places) assert.equal(lines[p.range.start.line]!.slice(p.range.start.character, p.range.end.character), '109.118');
  assert.equal(r.references?.['A/HRC/24/13#109.118'], '109.118 (Norway)');
  assert.equal(r.stateUnderReview?.iso3, 'AZE');
});

test('upr/coverage follows edits: a newly cited ID becomes cited', async () => {
  const before = await client.connection.sendRequest<CoverageResponse>(COVERAGE_REQUEST, { uri: URI });
  assert.equal(before.coverage!.items.find((i) => i.id === '109.1')!.status, 'not-addressed');
  const text = TEXT + '\n\nAzerbaijan supported recommendation 109.1 (Montenegro).\n';
  await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: URI, version: 2 }, contentChanges: [{ text }] });
  const after = await client.connection.sendRequest<CoverageResponse>(COVERAGE_REQUEST, { uri: URI });
  assert.equal(after.coverage!.items.find((i) => i.id === '109.1')!.status, 'cited');
  assert.equal(after.coverage!.counts.cited, before.coverage!.counts.cited + 1);
  await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: URI, version: 3 }, contentChanges: [{ text: TEXT }] });
});

test('upr/citations: the places of one recommendation; none for one the text leaves out', async () => {
  const r = await client.connection.sendRequest<CitationsResponse>(CITATIONS_REQUEST, { uri: URI, document: 'A/HRC/24/13', id: '109.118' });
  assert.ok(r.places.length >= 2);
  assert.ok(r.places.every((p) => p.kind === 'reference' && p.excerpt.includes('109.118')));
  const none = await client.connection.sendRequest<CitationsResponse>(CITATIONS_REQUEST, { uri: URI, document: 'A/HRC/24/13', id: '109.2' });
  assert.deepEqual(none.places, []);
});

test('coverage of a document the server does not have, or of plain Markdown, is a message, not an error', async () => {
  const missing = await client.connection.sendRequest<CoverageResponse>(COVERAGE_REQUEST, { uri: 'file:///nowhere/draft.md' });
  assert.equal(missing.coverage, undefined);
  assert.match(missing.message ?? '', /not open/);
  const notes = 'file:///tmp/notes.md';
  await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: notes, languageId: 'markdown', version: 1, text: '# Notes\n' } });
  const plain = await client.connection.sendRequest<CoverageResponse>(COVERAGE_REQUEST, { uri: notes });
  assert.match(plain.message ?? '', /not a submission/);
});

test('the citation style setting changes the references the server returns', async () => {
  await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { upr: { citationStyle: 'symbol-para' } } });
  const r = await client.connection.sendRequest<SearchResponse>(SEARCH_REQUEST, { query: '', filters: { review: 'A/HRC/24/13' }, limit: 1 });
  assert.equal(r.results[0]!.reference, `A/HRC/24/13, para. ${r.results[0]!.recommendation.id}`);
  const c = await client.connection.sendRequest<CoverageResponse>(COVERAGE_REQUEST, { uri: URI });
  assert.equal(c.references?.['A/HRC/24/13#109.118'], 'A/HRC/24/13, para. 109.118');
});
