import { randomBytes } from 'node:crypto';
import type * as vscode from 'vscode';

/**
 * The webview's page: a strict Content-Security-Policy (nothing by default; the one
 * script by nonce; styles and fonts only from the extension's own files), the stylesheet
 * and the script esbuild bundled into dist/webview/. Everything else is built by the
 * script, so no text of ours or the data's is ever parsed as HTML.
 */
export function lookupPanelHtml(webview: vscode.Webview, extensionUri: vscode.Uri, joinPath: (base: vscode.Uri, ...p: string[]) => vscode.Uri): string {
  const nonce = randomBytes(16).toString('base64');
  const script = webview.asWebviewUri(joinPath(extensionUri, 'dist', 'webview', 'lookupPanel.js'));
  const style = webview.asWebviewUri(joinPath(extensionUri, 'dist', 'webview', 'lookupPanel.css'));
  const csp = [`default-src 'none'`, `style-src ${webview.cspSource}`, `font-src ${webview.cspSource}`, `img-src ${webview.cspSource}`, `script-src 'nonce-${nonce}'`].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}">
<title>Recommendations</title>
</head>
<body>
<div id="app" class="app"><p class="message">Loading the recommendation lookup…</p></div>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
}
