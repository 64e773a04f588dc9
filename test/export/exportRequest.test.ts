import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidOpenTextDocumentNotification } from 'vscode-languageserver-protocol';
import { EXPORT_DOCX_REQUEST, type ExportDocxResponse } from '../../server/src/protocol';
import { StdioLspClient } from '../helpers/lspClient';
import { REPO } from '../helpers/paths';
import { docxParts, endnotesOf, textOf } from './docxParts';

// The built server (dist/server.js, from `npm run build`), as the VS Code command asks it.
const EXAMPLE = path.join(REPO, 'examples', 'azerbaijan-2018-draft.md');
const URI = pathToFileURL(EXAMPLE).href;
let client: StdioLspClient;

before(async () => {
  client = new StdioLspClient();
  await client.initialize();
});
after(async () => {
  await client.shutdown();
});

test('upr/exportDocx exports the open document as the editor has it, unsaved edits included', async () => {
  const edited = fs.readFileSync(EXAMPLE, 'utf8').replace('## I. Introduction', '## I. Introduction (edited, not saved)');
  await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: URI, languageId: 'markdown', version: 1, text: edited } });
  const r = await client.connection.sendRequest<ExportDocxResponse>(EXPORT_DOCX_REQUEST, { uri: URI });
  const bytes = Buffer.from(r.base64, 'base64');
  assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK');
  const parts = await docxParts(bytes);
  assert.ok(textOf(parts.document).includes('I. Introduction (edited, not saved)'));
  assert.equal(endnotesOf(parts.endnotes).size, 33);
  assert.ok(r.warnings.includes('line 124: endnote [^15] is referred to but not defined; the .docx has endnote 15 saying so. Add a line "[^15]: source".'), r.warnings.join('\n'));
});

test('upr/exportDocx for a document that is not open is an error naming it', async () => {
  const uri = pathToFileURL(path.join(REPO, 'examples', 'not-open.md')).href;
  await assert.rejects(client.connection.sendRequest(EXPORT_DOCX_REQUEST, { uri }), (e: Error) => e.message.includes('not-open.md is not open'));
});
