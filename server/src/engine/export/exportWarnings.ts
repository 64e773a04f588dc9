/**
 * What an export could not render as written: problems in the front matter, endnotes
 * referred to but never defined (or the reverse), HTML and images exported as text.
 * The export still completes; each warning names the line it is about.
 */
import type { LineIndex } from '../document';

export interface ExportWarning {
  /** 1-based line in the Markdown, when the warning is about one place. */
  line?: number;
  message: string;
}

export class ExportWarnings {
  readonly list: ExportWarning[] = [];

  constructor(private readonly lines: LineIndex) {}

  /** Records a warning about the text at `offset` (or about the whole document). */
  add(message: string, offset?: number): void {
    this.list.push(offset === undefined ? { message } : { line: this.lines.positionAt(offset).line + 1, message });
  }
}

/** `line 28: …` (or just the message): how the CLI and the editor show a warning. */
export function formatExportWarning(w: ExportWarning): string {
  return w.line === undefined ? w.message : `line ${w.line}: ${w.message}`;
}
