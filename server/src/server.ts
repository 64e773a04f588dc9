/**
 * The UPR Draft language server. It owns the LSP connection and nothing else: all
 * knowledge (datasets, search, the rules) comes from `engine/`, which the CLI shares,
 * and the editor features in `features/` are pure functions over the engine's results.
 * Runs over IPC when started by the VS Code client, or over stdio
 * (`node dist/server.js --stdio`) for other editors and for tests.
 */
import { fileURLToPath } from 'node:url';
import {
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkSubmission } from './engine/check/checkSubmission';
import { resolvePreviousReviews } from './engine/check/previousReviews';
import { loadBundledDataset } from './engine/dataset/bundledDataset';
import { RecommendationStore } from './engine/dataset/recommendationStore';
import { parseSubmission, SubmissionParseCache, type SubmissionDocument } from './engine/document';
import type { Dataset } from './engine/model/recommendation';
import { codeActionsFor } from './features/codeActions';
import { completionsAt, isInFrontMatter } from './features/completion';
import { documentSymbols } from './features/documentSymbols';
import { hoverAt } from './features/hover';
import { readServerSettings, type ServerSettings } from './features/serverSettings';
import { loadWorkspaceDatasets } from './features/workspaceDatasets';
import { SEARCH_REQUEST, type SearchRequestParams, type SearchResponse } from './protocol';
import {
  CITATIONS_REQUEST,
  COVERAGE_REQUEST,
  FACETS_REQUEST,
  type CitationsRequestParams,
  type CitationsResponse,
  type CoverageRequestParams,
  type CoverageResponse,
  type FacetsRequestParams,
  type FacetsResponse,
} from './protocol';
import { citationsOf, coverageOf } from './features/coverage';
import { searchFacets } from './features/facets';
import { searchPage } from './features/searchPage';
import {
  CHECK_FILES_REQUEST,
  DOCUMENT_STATS_REQUEST,
  FORMAT_REFERENCE_REQUEST,
  IMPORT_RECOMMENDATIONS_REQUEST,
  INSERT_CITATION_REQUEST,
  STATES_WITH_REVIEWS_REQUEST,
  type CheckFilesParams,
  type CheckFilesResponse,
  type DocumentStats,
  type DocumentStatsParams,
  type FormatReferenceParams,
  type FormatReferenceResponse,
  type ImportRecommendationsParams,
  type ImportRecommendationsResponse,
  type InsertCitationParams,
  type InsertCitationResponse,
  type StatesWithReviewsResponse,
} from './protocol';
import { checkWorkspaceFiles } from './features/checkWorkspaceFiles';
import { formatReferenceForSubmission } from './engine/check/citationStyle';
import { documentStats } from './features/documentStats';
import { importRecommendations } from './features/importRecommendations';
import { insertCitationAt } from './features/insertCitation';
import { statesWithReviews } from './features/statesWithReviews';
import { ErrorCodes, ResponseError } from 'vscode-languageserver/node';
import { exportDocx } from './engine/export/exportDocx';
import { formatExportWarning } from './engine/export/exportWarnings';
import { EXPORT_DOCX_REQUEST, type ExportDocxParams, type ExportDocxResponse } from './protocol';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

let settings: ServerSettings = readServerSettings(undefined);
let hasConfiguration = false;
let snippetEdits = false;
let workspaceFolders: string[] = [];

// The bundled data is loaded once, on first need: initialising stays instant, and a
// Markdown file that is not a submission never pays for it.
let bundled: Dataset | undefined;
let store: RecommendationStore | undefined;
function getStore(): RecommendationStore {
  if (!store) {
    bundled ??= loadBundledDataset();
    const workspace = loadWorkspaceDatasets(workspaceFolders, settings.datasets);
    for (const p of workspace.problems) connection.console.warn(p);
    store = RecommendationStore.fromDatasets([bundled, ...workspace.datasets]);
    if (workspace.files.length) connection.console.info(`UPR Draft: loaded ${workspace.files.length} workspace dataset file(s)`);
  }
  return store;
}

/** Per document: the incremental parse cache and the analysis of the latest version. */
interface Analysis {
  version: number;
  doc: SubmissionDocument;
}
const parseCaches = new Map<string, SubmissionParseCache>();
const analyses = new Map<string, Analysis>();

function analyse(textDocument: TextDocument): SubmissionDocument {
  const cached = analyses.get(textDocument.uri);
  if (cached && cached.version === textDocument.version) return cached.doc;
  let cache = parseCaches.get(textDocument.uri);
  if (!cache) parseCaches.set(textDocument.uri, (cache = new SubmissionParseCache()));
  const doc = parseSubmission(textDocument.getText(), cache);
  analyses.set(textDocument.uri, { version: textDocument.version, doc });
  return doc;
}

connection.onInitialize((params: InitializeParams): InitializeResult => {
  hasConfiguration = params.capabilities.workspace?.configuration === true;
  snippetEdits = (params.capabilities.workspace?.workspaceEdit as { snippetEditSupport?: boolean } | undefined)?.snippetEditSupport === true;
  workspaceFolders = (params.workspaceFolders ?? []).map((f) => fileURLToPath(f.uri));
  if (workspaceFolders.length === 0 && params.rootUri) workspaceFolders = [fileURLToPath(params.rootUri)];
  const init = params.initializationOptions as { settings?: unknown } | undefined;
  if (init?.settings) settings = readServerSettings(init.settings);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      hoverProvider: true,
      completionProvider: { triggerCharacters: ['.', ' ', '(', ':'], resolveProvider: false },
      codeActionProvider: { codeActionKinds: ['quickfix'] },
      documentSymbolProvider: true,
    },
    serverInfo: { name: 'upr-draft', version: '0.1.0' },
  };
});

connection.onInitialized(async () => {
  if (hasConfiguration) {
    await connection.client.register(DidChangeConfigurationNotification.type, { section: 'upr' });
    await refreshSettings();
  }
  await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.upr.json' }] }).catch(() => undefined);
});

async function refreshSettings(): Promise<void> {
  if (hasConfiguration) settings = readServerSettings(await connection.workspace.getConfiguration('upr'));
  for (const p of settings.problems) connection.console.warn(`upr settings: ${p}`);
}

connection.onDidChangeConfiguration(async (change) => {
  if (hasConfiguration) await refreshSettings();
  else settings = readServerSettings((change.settings as { upr?: unknown } | undefined)?.upr);
  store = undefined; // the dataset globs may have changed
  for (const d of documents.all()) schedule(d, 0);
});

connection.onDidChangeWatchedFiles(() => {
  store = undefined;
  for (const d of documents.all()) schedule(d, 0);
});

// Diagnostics, debounced per document. A check runs on the latest text and is published
// only if no newer version arrived meanwhile, so stale results never cover newer text.
const timers = new Map<string, NodeJS.Timeout>();
const DEBOUNCE_MS = 150;

function schedule(textDocument: TextDocument, delay = DEBOUNCE_MS): void {
  const uri = textDocument.uri;
  clearTimeout(timers.get(uri));
  timers.set(
    uri,
    setTimeout(() => {
      timers.delete(uri);
      const current = documents.get(uri);
      if (current) validate(current);
    }, delay),
  );
}

function validate(textDocument: TextDocument): void {
  const version = textDocument.version;
  let diagnostics;
  try {
    const doc = analyse(textDocument);
    diagnostics = doc.isSubmission ? checkSubmission(doc, { store: getStore(), settings: settings.check }) : [];
  } catch (e) {
    // A bug of ours must not cost the drafter their other diagnostics or the server.
    connection.console.error(`UPR Draft could not check ${textDocument.uri}: ${(e as Error).stack ?? String(e)}`);
    return;
  }
  if (documents.get(textDocument.uri)?.version !== version) return;
  void connection.sendDiagnostics({ uri: textDocument.uri, version, diagnostics });
}

documents.onDidOpen((e) => schedule(e.document, 0));
documents.onDidChangeContent((e) => {
  if (settings.run === 'onType') schedule(e.document);
});
documents.onDidSave((e) => {
  if (settings.run === 'onSave') schedule(e.document, 0);
});
documents.onDidClose((e) => {
  clearTimeout(timers.get(e.document.uri));
  timers.delete(e.document.uri);
  parseCaches.delete(e.document.uri);
  analyses.delete(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

function withSubmission<T>(uri: string, empty: T, f: (doc: SubmissionDocument, textDocument: TextDocument) => T): T {
  const textDocument = documents.get(uri);
  if (!textDocument) return empty;
  const doc = analyse(textDocument);
  return doc.isSubmission ? f(doc, textDocument) : empty;
}

connection.onHover(({ textDocument, position }) =>
  withSubmission(textDocument.uri, null, (doc) => {
    const s = getStore();
    return hoverAt(doc, doc.lineIndex.offsetAt(position), s, resolvePreviousReviews(doc.frontMatter, s).reviews);
  }),
);

connection.onCompletion(({ textDocument, position }) => {
  const td = documents.get(textDocument.uri);
  if (!td) return [];
  const doc = analyse(td);
  const offset = doc.lineIndex.offsetAt(position);
  // The front matter is completed before it names a State (it is no submission yet then).
  if (!doc.isSubmission && !isInFrontMatter(doc, offset)) return [];
  const s = getStore();
  return completionsAt(doc, offset, s, resolvePreviousReviews(doc.frontMatter, s).reviews);
});

connection.onCodeAction(({ textDocument, context }) =>
  withSubmission(textDocument.uri, [], (doc, td) => codeActionsFor(doc, textDocument.uri, td.version, context.diagnostics, snippetEdits)),
);

connection.onDocumentSymbol(({ textDocument }) => withSubmission(textDocument.uri, [], (doc) => documentSymbols(doc)));

connection.onRequest(SEARCH_REQUEST, (params: SearchRequestParams): SearchResponse => {
  return searchPage(getStore(), params, settings.check.citationStyle, assessedReviews(params.uri));
});

connection.onRequest(FACETS_REQUEST, (params: FacetsRequestParams | undefined): FacetsResponse => searchFacets(getStore(), params?.state));

connection.onRequest(COVERAGE_REQUEST, ({ uri }: CoverageRequestParams): CoverageResponse => {
  const td = documents.get(uri);
  return coverageOf(td ? analyse(td) : undefined, getStore(), settings.check);
});

connection.onRequest(CITATIONS_REQUEST, ({ uri, document, id }: CitationsRequestParams): CitationsResponse => {
  const td = documents.get(uri);
  return citationsOf(td ? analyse(td) : undefined, getStore(), settings.check, document, id);
});

connection.onRequest(DOCUMENT_STATS_REQUEST, ({ uri }: DocumentStatsParams): DocumentStats | null => {
  const td = documents.get(uri);
  return td ? documentStats(analyse(td), settings.check) : null;
});

connection.onRequest(FORMAT_REFERENCE_REQUEST, ({ uri, recommendations }: FormatReferenceParams): FormatReferenceResponse => {
  const assessed = assessedReviews(uri);
  return { references: recommendations.map((r) => formatReferenceForSubmission(r, settings.check.citationStyle, assessed)) };
});

/** The reviews a submission assesses (its previous review), or undefined when unknown. */
function assessedReviews(uri: string | undefined): string[] | undefined {
  if (!uri) return undefined;
  return withSubmission(uri, undefined, (doc) => {
    const reviews = resolvePreviousReviews(doc.frontMatter, getStore()).reviews.map((r) => r.document);
    return reviews.length ? reviews : undefined;
  });
}

connection.onRequest(STATES_WITH_REVIEWS_REQUEST, (): StatesWithReviewsResponse => ({ states: statesWithReviews(getStore()) }));

connection.onRequest(INSERT_CITATION_REQUEST, ({ uri, position }: InsertCitationParams): InsertCitationResponse | null => {
  const td = documents.get(uri);
  if (!td) return null;
  const doc = analyse(td);
  return insertCitationAt(doc, doc.lineIndex.offsetAt(position));
});

connection.onRequest(IMPORT_RECOMMENDATIONS_REQUEST, ({ files }: ImportRecommendationsParams): Promise<ImportRecommendationsResponse> =>
  importRecommendations(files, () => (bundled ??= loadBundledDataset())),
);

connection.onRequest(CHECK_FILES_REQUEST, ({ uris }: CheckFilesParams): CheckFilesResponse =>
  checkWorkspaceFiles(
    uris,
    (uri) => documents.get(uri)?.getText(),
    (text) => {
      const doc = parseSubmission(text);
      return { isSubmission: doc.isSubmission, diagnostics: doc.isSubmission ? checkSubmission(doc, { store: getStore(), settings: settings.check }) : [] };
    },
    (uri, diagnostics) => void connection.sendDiagnostics({ uri, diagnostics }),
  ),
);

connection.onRequest(EXPORT_DOCX_REQUEST, async ({ uri }: ExportDocxParams): Promise<ExportDocxResponse> => {
  const textDocument = documents.get(uri);
  if (!textDocument) throw new ResponseError(ErrorCodes.InvalidParams, `UPR Draft: ${uri} is not open in the editor.`);
  const result = await exportDocx(textDocument.getText());
  return { base64: Buffer.from(result.bytes).toString('base64'), warnings: result.warnings.map(formatExportWarning) };
});

documents.listen(connection);
connection.listen();
