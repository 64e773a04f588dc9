/**
 * A submission's Markdown as a Word document (.docx): pure, text in, bytes and
 * warnings out, never throwing on any text.
 *
 * The Markdown goes through the engine's own parse (`document/parseSubmission`: remark
 * with GFM and the front matter reader), so the export sees the same document the checker
 * does. The front matter becomes the cover (`docxCover.ts`), the body keeps its headings,
 * numbered paragraphs, lists, tables and inline formatting (`docxBlocks.ts`,
 * `docxInline.ts`), and the Markdown footnotes become real Word endnotes
 * (`endnoteRegistry.ts`). Built with the `docx` library.
 */
import {
  AlignmentType,
  Document,
  EndnotePosition,
  Footer,
  NumberFormat,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  TextRun,
  type ISectionOptions,
} from 'docx';
import type { Definition, FootnoteDefinition, Nodes, Root } from 'mdast';
import { parseSubmission, type SubmissionDocument } from '../document';
import { docxBlocks, BODY, type DocxBlock } from './docxBlocks';
import { coverTitle, docxCover } from './docxCover';
import { inlineRuns } from './docxInline';
import { BULLETS_DEFINITION, DOCUMENT_STYLES } from './docxStyles';
import { EndnoteRegistry } from './endnoteRegistry';
import type { ExportContext, LinkTarget } from './exportContext';
import { ExportWarnings, type ExportWarning } from './exportWarnings';
import { ParagraphNumbering } from './paragraphNumbering';

export interface DocxExport {
  /** The .docx file (a zip). */
  bytes: Uint8Array;
  /** What could not be exported as written, each with its line where there is one. */
  warnings: ExportWarning[];
}

/** A4 with 2.5 cm margins, in twips. */
const PAGE: NonNullable<ISectionOptions['properties']>['page'] = {
  size: { width: 11906, height: 16838 },
  margin: { top: 1417, bottom: 1417, left: 1417, right: 1417 },
};

export async function exportDocx(markdown: string): Promise<DocxExport> {
  const doc = parseSubmission(markdown);
  const warnings = new ExportWarnings(doc.lineIndex);
  const root = doc.root;

  const cover = coverOf(doc, warnings);
  const { footnotes, links } = definitionsOf(root, warnings);
  const endnotes = new EndnoteRegistry(footnotes, warnings);
  const numbering = new ParagraphNumbering(
    root.children.some((n) => n.type === 'list' && n.ordered === true) ? 'list-items' : 'all-paragraphs',
    warnings,
  );
  const ctx: ExportContext = { warnings, endnotes, numbering, links };

  const body: DocxBlock[] = docxBlocks(root.children, ctx, BODY);
  endnotes.warnUnreferenced();
  const notes = endnotes.endnotesOption((definition) => endnoteParagraphs(definition, ctx));

  const fm = doc.frontMatter;
  const document = new Document({
    title: coverTitle(fm),
    creator: fm?.submittedBy?.map((s) => s.value).join('; ') || 'UPR Draft',
    description: 'Stakeholder submission to the Universal Periodic Review, exported by UPR Draft.',
    styles: DOCUMENT_STYLES,
    numbering: { config: [BULLETS_DEFINITION, ...numbering.definitions] },
    endnotes: notes,
    sections: [
      {
        properties: {
          page: PAGE,
          // Word's default endnote numbers are i, ii, iii; UN documents use 1, 2, 3.
          endnoteProperties: { position: EndnotePosition.DOCUMENT_END, numberFormat: { type: NumberFormat.DECIMAL } },
        },
        footers: {
          default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] })] }),
        },
        children: [...cover, ...body],
      },
    ],
  });
  const bytes = await Packer.toBuffer(document);
  return { bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), warnings: warnings.list };
}

/** The cover, and warnings about the front matter it comes from. */
function coverOf(doc: SubmissionDocument, warnings: ExportWarnings): Paragraph[] {
  const fm = doc.frontMatter;
  if (fm === undefined) {
    const unclosed = /^---[ \t]*\r?\n/.test(doc.text);
    warnings.add(
      unclosed
        ? 'the front matter has no closing "---" line, so it is exported as text and the .docx has no cover.'
        : 'no front matter: the .docx has no cover. Start the file with "---", state-under-review, cycle, session, submitted-by, submission-type and "---".',
      unclosed ? 0 : undefined,
    );
    return [];
  }
  for (const p of doc.frontMatterProblems) warnings.add(`front matter: ${p.message}`, p.range.start);
  if (fm.stateUnderReviewText === undefined) warnings.add('front matter: no "state-under-review", so the cover names no State.', fm.range.start);
  return docxCover(fm);
}

/** Footnote and link definitions anywhere in the tree; the first of two with one label wins, as in remark. */
function definitionsOf(root: Root, warnings: ExportWarnings): { footnotes: Map<string, FootnoteDefinition>; links: Map<string, LinkTarget> } {
  const footnotes = new Map<string, FootnoteDefinition>();
  const links = new Map<string, LinkTarget>();
  const visit = (node: Nodes): void => {
    if (node.type === 'footnoteDefinition') {
      if (footnotes.has(node.identifier)) {
        warnings.add(`endnote [^${node.label ?? node.identifier}] is defined twice; the first definition is used.`, node.position?.start.offset);
      } else footnotes.set(node.identifier, node);
    } else if (node.type === 'definition') {
      const d = node as Definition;
      if (!links.has(d.identifier)) links.set(d.identifier, { url: d.url, title: d.title ?? null });
    }
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(root);
  return { footnotes, links };
}

/** An endnote's paragraphs; a tab after the note's number (to the hanging indent of EndnoteText). */
function endnoteParagraphs(definition: FootnoteDefinition, ctx: ExportContext): Paragraph[] {
  const place = { ...BODY, inNote: true };
  const [first, ...rest] = definition.children;
  const out: DocxBlock[] = [];
  if (first?.type === 'paragraph') {
    out.push(new Paragraph({ style: 'EndnoteText', children: [new TextRun({ children: [new Tab()] }), ...inlineRuns(first.children, ctx, place)] }));
    out.push(...docxBlocks(rest, ctx, place));
  } else out.push(...docxBlocks(definition.children, ctx, place));
  // docxBlocks writes a note's tables as paragraphs (see there), so this only narrows the type.
  return out.filter((b): b is Paragraph => b instanceof Paragraph);
}
