import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocumentSyncKind } from 'vscode-languageserver-protocol';
import { StdioLspClient } from '../helpers/lspClient';

test('the built server answers initialize over stdio and exits cleanly on shutdown', async () => {
  const client = new StdioLspClient();
  try {
    const result = await client.initialize();
    assert.equal(result.serverInfo?.name, 'upr-draft');
    assert.deepEqual(result.capabilities.textDocumentSync, { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } });
    assert.equal(result.capabilities.hoverProvider, true);
    assert.deepEqual(result.capabilities.codeActionProvider, { codeActionKinds: ['quickfix'] });
  } finally {
    assert.equal(await client.shutdown(), 0);
  }
});

test('the server answers the custom upr/search request from the bundled data', async () => {
  const client = new StdioLspClient();
  await client.initialize();
  const res = await client.connection.sendRequest<{ results: { recommendation: { document: string; id: string; recommendingStates: string[] } }[] }>('upr/search', {
    query: 'registration funding NGOs',
    filters: { state: 'AZE', review: 'A/HRC/24/13' },
    limit: 3,
  });
  const top = res.results[0]!.recommendation;
  assert.equal(top.document, 'A/HRC/24/13');
  assert.equal(top.id, '109.118');
  assert.deepEqual(top.recommendingStates, ['Norway']);
  await client.shutdown();
});
