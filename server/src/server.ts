/**
 * The UPR Draft language server. It owns the LSP connection and nothing else: all
 * knowledge (datasets, search, later the rules) comes from `engine/`, which the CLI
 * shares. Runs over IPC when started by the VS Code client, or over stdio
 * (`node dist/server.js --stdio`) for other editors and for tests.
 */
import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, type InitializeResult } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { RecommendationStore } from './engine/dataset/recommendationStore';
import { loadBundledDataset } from './engine/dataset/bundledDataset';
import { SEARCH_REQUEST, type SearchRequestParams, type SearchResponse } from './protocol';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

// The bundled data is loaded once, lazily, on the first request that needs it, so that
// initialising the server stays instant for people who never look a recommendation up.
let store: RecommendationStore | undefined;
function getStore(): RecommendationStore {
  store ??= RecommendationStore.fromDatasets([loadBundledDataset()]);
  return store;
}

connection.onInitialize((): InitializeResult => ({
  capabilities: {
    textDocumentSync: TextDocumentSyncKind.Incremental,
  },
  serverInfo: { name: 'upr-draft', version: '0.1.0' },
}));

connection.onRequest(SEARCH_REQUEST, (params: SearchRequestParams): SearchResponse => {
  const s = getStore();
  return { results: s.search(params.query, params.filters ?? {}, params.limit ?? 50) };
});

documents.listen(connection);
connection.listen();
