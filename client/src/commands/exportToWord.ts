/** `UPR Draft: Export to Word` (placeholder: being written). */
import type { ExtensionContext } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

export function registerExportToWord(_context: ExtensionContext, _client: LanguageClient): void {}
