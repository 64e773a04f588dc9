/** What every part of one export shares while it turns the mdast into docx objects. */
import type { EndnoteRegistry } from './endnoteRegistry';
import type { ExportWarnings } from './exportWarnings';
import type { ParagraphNumbering } from './paragraphNumbering';

export interface LinkTarget {
  url: string;
  title?: string | null;
}

export interface ExportContext {
  warnings: ExportWarnings;
  endnotes: EndnoteRegistry;
  numbering: ParagraphNumbering;
  /** Reference-style link definitions (`[hrw]: https://…`) by normalised identifier. */
  links: ReadonlyMap<string, LinkTarget>;
}
