// The custom requests behind the VS Code commands and the status bar, against the real
// server over stdio (the client side is covered by test/editor/suite/commands.editor-test.ts).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidOpenTextDocumentNotification, PublishDiagnosticsNotification, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import {
  CHECK_FILES_REQUEST,
  DOCUMENT_STATS_REQUEST,
  FORMAT_REFERENCE_REQUEST,
  IMPORT_RECOMMENDATIONS_REQUEST,
  INSERT_CITATION_REQUEST,
  STATES_WITH_REVIEWS_REQUEST,
  type CheckFilesResponse,
  type DocumentStats,
  type FormatReferenceResponse,
  type ImportRecommendationsResponse,
  type InsertCitationResponse,
  type StatesWithReviewsResponse,
} from '../../server/src/protocol';
import { StdioLspClient } from '../helpers/lspClient';
import { REPO } from '../helpers/paths';

const EXAMPLE = path.join(REPO, 'examples', 'azerbaijan-2018-draft.md');
const URI = pathToFileURL(EXAMPLE).href;
let client: StdioLspClient;
const published = new Map<string, PublishDiagnosticsParams>();

before(async () => {
  client = new StdioLspClient();
  client.connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
    published.set(p.uri, p);
  });
  await client.initialize(pathToFileURL(path.join(REPO, 'examples')).href);
  await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: URI, languageId: 'markdown', version: 1, text: fs.readFileSync(EXAMPLE, 'utf8') } });
});
after(async () => {
  await client.shutdown();
});

test('documentStats: the word-limit figures of the example, and its parts', async () => {
  const s = await client.connection.sendRequest<DocumentStats>(DOCUMENT_STATS_REQUEST, { uri: URI });
  assert.equal(s.isSubmission, true);
  assert.equal(s.submissionType, 'individual');
  assert.equal(s.stateUnderReview, 'Azerbaijan');
  assert.equal(s.limit, 2815);
  assert.equal(s.countEndnotes, false);
  assert.equal(s.counted, s.body);
  assert.ok(s.counted > s.limit, `${s.counted} words: the example is written to exceed the limit`);
  assert.ok(s.sections.some((x) => /Recommendations/.test(x.title)), s.sections.map((x) => x.title).join(' | '));
  const partWords = s.sections.reduce((n, x) => n + x.words, 0);
  assert.ok(partWords > 0.8 * s.body && partWords <= s.body, `${partWords} words in parts vs ${s.body} in the body`);
});

test('documentStats of a document the server does not have is null', async () => {
  assert.equal(await client.connection.sendRequest(DOCUMENT_STATS_REQUEST, { uri: 'file:///nowhere.md' }), null);
});

test('insertCitation: the marker after the sentence around the cursor, a numbered definition snippet', async () => {
  const uri = 'untitled:cite.md';
  const text = '---\nstate-under-review: Azerbaijan\n---\n\nIn 2015 the police detained 42 journalists. Then more.\n\n[^4]: A source.\n';
  await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  const r = await client.connection.sendRequest<InsertCitationResponse>(INSERT_CITATION_REQUEST, { uri, position: { line: 4, character: 10 } });
  assert.equal(r.label, '5');
  assert.deepEqual(r.reference, { range: { start: { line: 4, character: 43 }, end: { line: 4, character: 43 } }, newText: '[^5]' });
  assert.equal(text.split('\n')[4]!.slice(0, 43), 'In 2015 the police detained 42 journalists.');
  assert.equal(r.definition.snippet, '\n[^5]: ${1:source}');
  assert.deepEqual(r.definition.range.start, { line: 6, character: 15 });
});

test('statesWithReviews: every State, with its reviews oldest first', async () => {
  const { states } = await client.connection.sendRequest<StatesWithReviewsResponse>(STATES_WITH_REVIEWS_REQUEST);
  assert.ok(states.length >= 190, `${states.length} States`);
  const aze = states.find((s) => s.iso3 === 'AZE');
  assert.ok(aze);
  assert.deepEqual(aze.reviews.map((r) => r.document), ['A/HRC/11/20', 'A/HRC/24/13']);
  assert.equal(aze.reviews[1]!.cycle, 2);
  assert.ok(aze.reviews[1]!.recommendations > 100);
});

test('formatReference: the configured citation style (id-state by default)', async () => {
  const r = await client.connection.sendRequest<FormatReferenceResponse>(FORMAT_REFERENCE_REQUEST, {
    recommendations: [
      { document: 'A/HRC/24/13', id: '109.118', recommendingStates: ['Norway'] },
      { document: 'A/HRC/24/13', id: '109.3', recommendingStates: ['Brazil', 'Chile'] },
    ],
  });
  assert.deepEqual(r.references, ['109.118 (Norway)', '109.3 (Brazil, Chile)']);
});

test('formatReference for a submission: a recommendation of another review than its previous one gets its symbol', async () => {
  const r = await client.connection.sendRequest<FormatReferenceResponse>(FORMAT_REFERENCE_REQUEST, {
    uri: URI,
    recommendations: [
      { document: 'A/HRC/24/13', id: '109.118', recommendingStates: ['Norway'] },
      { document: 'A/HRC/11/20', id: '96.1', recommendingStates: ['Italy'] },
    ],
  });
  assert.deepEqual(r.references, ['109.118 (Norway)', 'A/HRC/11/20, para. 96.1']);
});

test('importRecommendations: a UHRI export becomes dataset text; a wrong file gets a message naming it', async () => {
  const ok = await client.connection.sendRequest<ImportRecommendationsResponse>(IMPORT_RECOMMENDATIONS_REQUEST, { files: [path.join(REPO, 'test', 'fixtures', 'uhri', 'uhri-sample.json')] });
  assert.equal(ok.error, undefined);
  const dataset = JSON.parse(ok.datasetText!) as { version: number; recommendations: { document: string; id: string }[] };
  assert.equal(dataset.version, 1);
  assert.ok(dataset.recommendations.some((r) => r.document === 'A/HRC/24/13' && r.id === '109.118'));
  assert.ok(ok.reviews.some((r) => r.document === 'A/HRC/24/13' && r.state === 'Azerbaijan'));
  assert.ok(ok.log.some((l) => l.startsWith('uhri-sample.json: ')), ok.log.join('\n'));

  const bad = await client.connection.sendRequest<ImportRecommendationsResponse>(IMPORT_RECOMMENDATIONS_REQUEST, { files: [path.join(REPO, 'test', 'fixtures', 'bad', 'picture.png')] });
  assert.equal(bad.datasetText, undefined);
  assert.match(bad.error ?? '', /picture\.png/);
});

test('checkFiles: submissions among the files are checked and published; other Markdown is skipped', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'upr-checkfiles-'));
  const draft = path.join(dir, 'draft.md');
  const notes = path.join(dir, 'notes.md');
  fs.writeFileSync(draft, '---\nstate-under-review: Azerbaijan\nsubmission-type: joint\n---\n\n# Draft\n\n1. In 2016, 12 activists were arrested.\n');
  fs.writeFileSync(notes, '# Notes\n\nIn 2016, 12 activists were arrested.\n');
  const uris = [draft, notes, path.join(dir, 'missing.md')].map((f) => pathToFileURL(f).href);
  const r = await client.connection.sendRequest<CheckFilesResponse>(CHECK_FILES_REQUEST, { uris });
  assert.equal(r.submissions, 1);
  assert.ok(r.warnings >= 1);
  assert.deepEqual(r.unreadable.map((u) => [path.basename(new URL(u.uri).pathname), u.reason]), [['missing.md', 'ENOENT']]);
  for (let i = 0; i < 50 && !published.has(uris[0]!); i++) await new Promise((res) => setTimeout(res, 100));
  assert.ok(published.get(uris[0]!)?.diagnostics.some((d) => d.code === 'uncited-claim'));
  assert.equal(published.has(uris[1]!), false);
  fs.rmSync(dir, { recursive: true, force: true });
});
