import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver-types';
import type { SubmissionDocument } from '../engine/document';
import { snippetToPlainText, type DiagnosticData } from '../engine/check/checkSubmission';

/**
 * Quick fixes for UPR Draft diagnostics. The fixes themselves were computed by the
 * engine and travel in `diagnostic.data.fixes` (so the CLI's JSON carries them too);
 * this turns them into code actions, and adds "Disable RULE for this line" to each.
 */
export function codeActionsFor(doc: SubmissionDocument, uri: string, version: number, diagnostics: readonly Diagnostic[], snippetEdits: boolean): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const d of diagnostics) {
    if (d.source !== 'upr' || !d.data) continue;
    const data = d.data as DiagnosticData;
    for (const fix of data.fixes ?? []) {
      const edits = fix.edits.map((e) =>
        fix.snippet && snippetEdits ? { range: e.range, snippet: { kind: 'snippet' as const, value: e.newText } } : { range: e.range, newText: fix.snippet ? snippetToPlainText(e.newText) : e.newText },
      );
      actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: fix.isPreferred ?? false, edit: documentEdit(uri, version, edits) });
    }
    actions.push({
      title: `Disable ${String(d.code)} for this line`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      edit: documentEdit(uri, version, [disableNextLineEdit(doc, d.range.start.line, String(d.code))]),
    });
  }
  return actions;
}

function documentEdit(uri: string, version: number, edits: WorkspaceEditEdit[]): WorkspaceEdit {
  return { documentChanges: [{ textDocument: { uri, version }, edits }] } as WorkspaceEdit;
}

type WorkspaceEditEdit = TextEdit | { range: TextEdit['range']; snippet: { kind: 'snippet'; value: string } };

/**
 * Where the switch goes so the rendered document does not change: in the front matter a
 * YAML comment line; after a non-blank line, at its end (inline HTML inside the same
 * paragraph, list item or table row); otherwise on a line of its own.
 */
export function disableNextLineEdit(doc: SubmissionDocument, line: number, rule: string): TextEdit {
  const fm = doc.frontMatter;
  const lineStart = doc.lineIndex.lineStart(line);
  const lineText = doc.text.slice(lineStart, doc.lineIndex.lineEnd(line));
  const indent = /^[ \t]*/.exec(lineText)![0];
  if (fm && lineStart >= fm.contentRange.start && lineStart <= fm.contentRange.end) {
    return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}# upr-disable-next-line ${rule}\n` };
  }
  if (line > 0) {
    const prevStart = doc.lineIndex.lineStart(line - 1);
    const prevEnd = doc.lineIndex.lineEnd(line - 1);
    const prev = doc.text.slice(prevStart, prevEnd);
    const inFrontMatter = fm !== undefined && prevStart < fm.range.end;
    if (prev.trim() !== '' && !inFrontMatter && !/^\s*(?:[-*_]\s*){3,}$|^\s*(?:```|~~~)/.test(prev)) {
      const at = doc.lineIndex.positionAt(prevStart + prev.replace(/\s+$/, '').length);
      return { range: { start: at, end: at }, newText: ` <!-- upr-disable-next-line ${rule} -->` };
    }
  }
  return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}<!-- upr-disable-next-line ${rule} -->\n` };
}
