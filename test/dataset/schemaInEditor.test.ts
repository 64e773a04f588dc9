import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { getLanguageService, TextDocument } from 'vscode-json-languageservice';
import { REPO, fixture } from '../helpers/paths';

// vscode-json-languageservice is the library behind VS Code's own JSON support, so this
// checks the schema as the editor applies it through `contributes.jsonValidation`.
const SCHEMA_URI = 'file:///schemas/upr-dataset.schema.json';
const schema = JSON.parse(fs.readFileSync(path.join(REPO, 'schemas', 'upr-dataset.schema.json'), 'utf8')) as object;

async function editorDiagnostics(file: string): Promise<{ line: number; message: string }[]> {
  // Schema files are read from disk, as VS Code does for a file's own "$schema" path.
  const service = getLanguageService({
    schemaRequestService: async (uri) => fs.readFileSync(fileURLToPath(uri), 'utf8'),
    workspaceContext: { resolveRelativePath: (relative, resource) => new URL(relative, resource).href },
  });
  service.configure({ validate: true, schemas: [{ uri: SCHEMA_URI, fileMatch: ['*.upr.json'], schema }] });
  const text = fs.readFileSync(file, 'utf8');
  const doc = TextDocument.create(pathToFileURL(file).href, 'json', 1, text);
  const diags = await service.doValidation(doc, service.parseJSONDocument(doc), { schemaValidation: 'error' });
  return diags.map((d) => ({ line: d.range.start.line + 1, message: typeof d.message === 'string' ? d.message : d.message.value }));
}

test('the editor finds no problem in a valid dataset file', async () => {
  assert.deepEqual(await editorDiagnostics(fixture('datasets', 'azerbaijan-2013-sample.upr.json')), []);
});

test('the editor marks a bad ID and a bad response value on their lines', async () => {
  const file = fixture('datasets', 'one-bad-record.upr.json');
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const diags = await editorDiagnostics(file);
  const idLine = lines.findIndex((l) => l.includes('"109-118"')) + 1;
  const responseLine = lines.findIndex((l) => l.includes('"accepted"')) + 1;
  assert.ok(diags.some((d) => d.line === idLine && /pattern/i.test(d.message)), JSON.stringify(diags));
  assert.ok(diags.some((d) => d.line === responseLine && /supported/.test(d.message)), JSON.stringify(diags));
});

test('a *.upr.json file without "$schema" is validated through the contributed file match', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'upr-schema-'));
  const file = path.join(dir, 'mine.upr.json');
  fs.writeFileSync(file, JSON.stringify({ version: 1, reviews: [], recommendations: [{ document: 'A/HRC/24/13', id: 'x' }] }, null, 1));
  const diags = await editorDiagnostics(file);
  assert.ok(diags.some((d) => /Missing property "text"/.test(d.message)), JSON.stringify(diags));
  assert.ok(diags.some((d) => /pattern/i.test(d.message)), JSON.stringify(diags));
});
