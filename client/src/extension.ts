/**
 * The VS Code side of UPR Draft: starts the language server and hands it Markdown
 * documents, then registers the UI features (lookup panel, commands, status bar). Everything
 * that checks or knows recommendations lives in the server, so the command line and the
 * editor give the same answers; the features here ask it through the custom requests of
 * `server/src/protocol.ts`.
 */
import * as path from 'node:path';
import type { ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerCheckWorkspace } from './commands/checkWorkspace';
import { registerExportToWord } from './commands/exportToWord';
import { registerImportRecommendations } from './commands/importRecommendations';
import { registerInsertCitation } from './commands/insertCitation';
import { registerLookUpRecommendation } from './commands/lookUpRecommendation';
import { registerNewSubmission } from './commands/newSubmission';
import { registerLookupPanel } from './panel/registerLookupPanel';
import { registerWordCountStatus } from './statusBar/wordCountStatus';

let client: LanguageClient | undefined;

/** Each UI feature registers itself with the running client; one file per feature. */
type FeatureRegistration = (context: ExtensionContext, client: LanguageClient) => void;
const features: FeatureRegistration[] = [
  registerLookupPanel,
  registerNewSubmission,
  registerLookUpRecommendation,
  registerInsertCitation,
  registerImportRecommendations,
  registerCheckWorkspace,
  registerExportToWord,
  registerWordCountStatus,
];

export async function activate(context: ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    synchronize: { configurationSection: 'upr' },
  };
  client = new LanguageClient('upr', 'UPR Draft', serverOptions, clientOptions);
  context.subscriptions.push(client);
  await client.start();
  for (const register of features) register(context, client);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
