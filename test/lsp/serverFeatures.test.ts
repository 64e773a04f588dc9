import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionRequest,
  CompletionRequest,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentSymbolRequest,
  HoverRequest,
  PublishDiagnosticsNotification,
  type CodeAction,
  type CompletionItem,
  type CompletionList,
  type Diagnostic,
  type DocumentSymbol,
  type MarkupContent,
  type PublishDiagnosticsParams,
  type TextDocumentEdit,
  type TextEdit,
} from 'vscode-languageserver-protocol';
import { StdioLspClient } from '../helpers/lspClient';
import { runCli } from '../helpers/runCli';
import { REPO } from '../helpers/paths';

const EXAMPLE = path.join(REPO, 'examples', 'azerbaijan-2018-draft.md');
const URI = pathToFileURL(EXAMPLE).href;
let client: StdioLspClient;
const published = new Map<string, PublishDiagnosticsParams[]>();
const waiters: (() => void)[] = [];

before(async () => {
  client = new StdioLspClient();
  client.connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
    published.set(p.uri, [...(published.get(p.uri) ?? []), p]);
    for (const w of waiters.splice(0)) w();
  });
  // The examples folder as the workspace: the repository's test fixtures hold *.upr.json
  // files that would (rightly) replace the bundled A/HRC/24/13.
  await client.initialize(pathToFileURL(path.join(REPO, 'examples')).href);
});
after(async () => {
  await client.shutdown();
});

/** Waits for diagnostics of `uri` at `version` (or any, when not given). */
async function diagnosticsFor(uri: string, version?: number, timeoutMs = 15000): Promise<Diagnostic[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (published.get(uri) ?? []).find((p) => version === undefined || p.version === version);
    if (found) return found.diagnostics;
    if (Date.now() > deadline) throw new Error(`no diagnostics for ${uri} v${version}`);
    await new Promise<void>((resolve) => {
      waiters.push(resolve);
      setTimeout(resolve, 200);
    });
  }
}

async function open(uri: string, text: string, version = 1): Promise<void> {
  await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version, text } });
}

test('opening the example publishes a diagnostic for each rule it shows', async () => {
  await open(URI, fs.readFileSync(EXAMPLE, 'utf8'));
  const diags = await diagnosticsFor(URI, 1);
  const codes = new Set(diags.map((d) => d.code));
  for (const rule of ['uncited-claim', 'unlinked-recommendation', 'unknown-recommendation', 'response-mismatch', 'word-limit', 'front-matter', 'footnote', 'weak-recommendation']) {
    assert.ok(codes.has(rule), `${rule} in ${[...codes].join(', ')}`);
  }
  assert.ok(diags.every((d) => d.source === 'upr'));
  const unlinked = diags.find((d) => d.code === 'unlinked-recommendation')!;
  const candidates = (unlinked.data as { candidates: { document: string; id: string; recommendingStates: string[]; text: string; score: number }[] }).candidates;
  assert.ok(candidates.length >= 1 && candidates.length <= 3);
  assert.equal(candidates[0]!.document, 'A/HRC/24/13');
});

test('hover on a recommendation reference shows its text, State, response and review', async () => {
  const text = fs.readFileSync(EXAMPLE, 'utf8');
  const doc = TextDocument.create(URI, 'markdown', 1, text);
  const offset = text.indexOf('109.118 (Norway) to remove') + 2;
  const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: doc.positionAt(offset) });
  const value = (hover!.contents as MarkupContent).value;
  assert.match(value, /\*\*109\.118\*\* · A\/HRC\/24\/13 · Azerbaijan \(cycle 2, Working Group session 16, 2013\)/);
  assert.match(value, /Remove all legislative and practical obstacles/);
  assert.match(value, /\(Norway\)/);
  assert.match(value, /\*\*Response:\*\* Supported/);
  assert.match(value, /\*\*Themes:\*\* Civil society/);
});

test('completion offers IDs of the previous review after "para."', async () => {
  const uri = pathToFileURL(path.join(REPO, 'examples', 'typing.md')).href;
  const text = '---\nstate-under-review: Azerbaijan\nprevious-review: A/HRC/24/13\nsubmission-type: joint\n---\n\nAs recommended (A/HRC/24/13, para. 109.11';
  await open(uri, text);
  const doc = TextDocument.create(uri, 'markdown', 1, text);
  const result = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: doc.positionAt(text.length) });
  const items = (Array.isArray(result) ? result : (result as CompletionList).items) as CompletionItem[];
  const labels = items.map((i) => i.label);
  assert.ok(labels.includes('109.118'), labels.slice(0, 20).join(','));
  assert.ok(labels.every((l) => l.startsWith('109.11')));
  assert.match(items.find((i) => i.label === '109.118')!.detail!, /Norway/);
});

test('completion offers State names in the front matter', async () => {
  const uri = pathToFileURL(path.join(REPO, 'examples', 'new.md')).href;
  const text = '---\nstate-under-review: Azer';
  await open(uri, text);
  const doc = TextDocument.create(uri, 'markdown', 1, text);
  const result = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: doc.positionAt(text.length) });
  const items = (Array.isArray(result) ? result : (result as CompletionList).items) as CompletionItem[];
  assert.ok(items.some((i) => i.label === 'Azerbaijan'));
});

test('a quick fix applied gives the expected text: link an unlinked recommendation', async () => {
  const uri = pathToFileURL(path.join(REPO, 'examples', 'fix.md')).href;
  const text = '---\nstate-under-review: Azerbaijan\ncycle: 3\nprevious-review: A/HRC/24/13\nsubmission-type: joint\n---\n\nIn 2013 Azerbaijan accepted recommendations to remove obstacles to the registration and funding of NGOs.\n';
  await open(uri, text);
  const diags = await diagnosticsFor(uri, 1);
  const d = diags.find((x) => x.code === 'unlinked-recommendation');
  assert.ok(d, JSON.stringify(diags.map((x) => x.code)));
  const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
  const link = actions.find((a) => a.title.startsWith('Link to 109.118'));
  assert.ok(link, actions.map((a) => a.title).join(' | '));
  const edits = (link.edit!.documentChanges![0] as TextDocumentEdit).edits as TextEdit[];
  const after = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), edits);
  assert.match(after, /registration and funding of NGOs \(109\.118, Norway\)\.\n$/);
  assert.ok(actions.some((a) => a.title === 'Disable unlinked-recommendation for this line'));
});

test('a quick fix applied gives the expected text: insert a citation for an uncited claim', async () => {
  const uri = pathToFileURL(path.join(REPO, 'examples', 'cite.md')).href;
  const text = '---\nstate-under-review: Azerbaijan\nprevious-review: A/HRC/24/13\nsubmission-type: joint\n---\n\nThe journalist was arrested on 5 December 2014.\n\nShe was released in May 2016.[^1]\n\n[^1]: RFE/RL, 25 May 2016.\n';
  await open(uri, text);
  const diags = await diagnosticsFor(uri, 1);
  const d = diags.find((x) => x.code === 'uncited-claim');
  assert.ok(d, JSON.stringify(diags.map((x) => x.code)));
  const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
  const insert = actions.find((a) => a.title === 'Insert a citation: new endnote [^2]')!;
  const edits = (insert.edit!.documentChanges![0] as TextDocumentEdit).edits as TextEdit[];
  const after = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), edits);
  // This client has no snippet support: the placeholder arrives as plain text.
  assert.match(after, /arrested on 5 December 2014\.\[\^2\]\n/);
  assert.match(after, /\[\^1\]: RFE\/RL, 25 May 2016\.\n\[\^2\]: source\n$/);
  const existing = actions.find((a) => a.title.startsWith('Cite endnote [^1]'));
  assert.ok(existing);
});

test('an edit is re-checked: the new version gets its own diagnostics', async () => {
  const uri = pathToFileURL(path.join(REPO, 'examples', 'edit.md')).href;
  const text = '---\nstate-under-review: Azerbaijan\nprevious-review: A/HRC/24/13\nsubmission-type: joint\n---\n\nAzerbaijan supported recommendation 109.118 (Norway).\n';
  await open(uri, text);
  assert.deepEqual((await diagnosticsFor(uri, 1)).map((d) => d.code), []);
  const at = text.indexOf('109.118');
  const doc = TextDocument.create(uri, 'markdown', 1, text);
  await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: doc.positionAt(at), end: doc.positionAt(at + 7) }, text: '109.999' }],
  });
  const after = await diagnosticsFor(uri, 2);
  assert.deepEqual(after.map((d) => d.code), ['unknown-recommendation']);
});

test('document symbols: sections and the recommendations', async () => {
  const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: URI } })) as DocumentSymbol[];
  const flat = (s: DocumentSymbol[]): DocumentSymbol[] => s.flatMap((x) => [x, ...flat(x.children ?? [])]);
  const names = flat(symbols).map((s) => s.name);
  assert.ok(names.includes('IX. Recommendations'), names.join(' | '));
  assert.ok(names.some((n) => n.startsWith('63. Repeal the 2013 and 2014 amendments')));
});

test('a Markdown file that is not a submission gets no diagnostics', async () => {
  const uri = pathToFileURL(path.join(REPO, 'README.md')).href;
  await open(uri, fs.readFileSync(path.join(REPO, 'README.md'), 'utf8'));
  assert.deepEqual(await diagnosticsFor(uri, 1), []);
});

test('"Disable for this line" applied switches the diagnostic off', async () => {
  const uri = pathToFileURL(path.join(REPO, 'examples', 'disable.md')).href;
  const text = '---\nstate-under-review: Azerbaijan\nprevious-review: A/HRC/24/13\nsubmission-type: joint\n---\n\nIntro paragraph.\nAzerbaijan supported recommendation 109.999.\n';
  await open(uri, text);
  const d = (await diagnosticsFor(uri, 1)).find((x) => x.code === 'unknown-recommendation')!;
  const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
  const disable = actions.find((a) => a.title === 'Disable unknown-recommendation for this line')!;
  const after = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), (disable.edit!.documentChanges![0] as TextDocumentEdit).edits as TextEdit[]);
  // Appended to the previous line of the same paragraph: the rendered text is unchanged.
  assert.match(after, /Intro paragraph\. <!-- upr-disable-next-line unknown-recommendation -->\nAzerbaijan supported/);
  await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: after }] });
  assert.deepEqual((await diagnosticsFor(uri, 2)).map((x) => x.code), []);
});

test('the CLI reports exactly what the editor shows (same engine, same results)', async () => {
  const fromServer = await diagnosticsFor(URI, 1);
  const cli = await runCli('check', EXAMPLE, '--format', 'json');
  const fromCli = (JSON.parse(cli.out) as { diagnostics: Diagnostic[] }[])[0]!.diagnostics;
  assert.deepEqual(fromCli, fromServer);
});
