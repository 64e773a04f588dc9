/** The recommendation lookup panel (placeholder: being written). */
import type { ExtensionContext } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

export function registerLookupPanel(_context: ExtensionContext, _client: LanguageClient): void {}
