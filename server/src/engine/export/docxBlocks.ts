/**
 * Markdown blocks (mdast flow content) as docx paragraphs and tables: headings with
 * Word's Heading styles, numbered body paragraphs (see `paragraphNumbering.ts`), bullet
 * and ordered lists, block quotes, code, tables. Front matter, link and footnote
 * definitions are not body text (the notes become endnotes); HTML comments are dropped.
 */
import { HeadingLevel, Paragraph, TextRun, type IParagraphOptions, type ParagraphChild, type Table } from 'docx';
import type { BlockContent, DefinitionContent, Heading, Html, List, ListItem, Nodes, RootContent } from 'mdast';
import { BULLETS_REFERENCE, LIST_INDENT, STYLE } from './docxStyles';
import { inlineRuns, plainText } from './docxInline';
import { docxTable } from './docxTable';
import type { ExportContext } from './exportContext';

export type DocxBlock = Paragraph | Table;

export interface BlockPlace {
  /** List nesting: 0 outside lists, 1 inside a top-level list item, … */
  depth: number;
  inNote: boolean;
  inQuote: boolean;
}

export const BODY: BlockPlace = { depth: 0, inNote: false, inQuote: false };

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];
const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$)/g;

type Block = RootContent | BlockContent | DefinitionContent;

export function docxBlocks(nodes: readonly Block[], ctx: ExportContext, place: BlockPlace): DocxBlock[] {
  const out: DocxBlock[] = [];
  for (const node of nodes) {
    try {
      out.push(...docxBlock(node, ctx, place));
    } catch (e) {
      // A bug of ours must not lose the drafter's text: the block goes out as plain text.
      ctx.warnings.add(`this block could not be formatted (${(e as Error).message}); exported as plain text.`, node.position?.start.offset);
      out.push(paragraph({ children: [new TextRun(plainText(node as Nodes))] }, place));
    }
  }
  return out;
}

function docxBlock(node: Block, ctx: ExportContext, place: BlockPlace): DocxBlock[] {
  switch (node.type) {
    case 'heading':
      return [heading(node, ctx, place)];
    case 'paragraph': {
      const children = inlineRuns(node.children, ctx, place);
      const numbered = place.depth === 0 && !place.inNote && !place.inQuote && ctx.numbering.mode === 'all-paragraphs';
      if (numbered) return [paragraph({ children, numbering: ctx.numbering.paragraph(undefined, node.position?.start.offset) }, place)];
      return [paragraph({ children }, place)];
    }
    case 'list':
      return list(node, ctx, place);
    case 'blockquote':
      return docxBlocks(node.children, ctx, { ...place, inQuote: true });
    case 'code':
      return codeBlock(node.value, place);
    case 'html':
      return html(node, ctx, place);
    case 'table':
      // Word notes hold paragraphs only: a table in an endnote becomes a line per row.
      if (place.inNote) return node.children.map((row) => paragraph({ children: [new TextRun(row.children.map((c) => plainText(c)).join(' | '))] }, place));
      // The empty paragraph keeps the next text (or a next table) from touching the table.
      return [docxTable(node, ctx, place), new Paragraph({ spacing: { after: 0 }, children: [] })];
    case 'thematicBreak':
      return [new Paragraph({ thematicBreak: true, children: [] })];
    case 'yaml':
    case 'definition':
    case 'footnoteDefinition':
      return [];
    default:
      // Not produced by remark-parse + remark-gfm; kept as text rather than lost.
      return [paragraph({ children: [new TextRun(plainText(node as Nodes))] }, place)];
  }
}

/** A paragraph with the style and indent of where it is. */
function paragraph(options: IParagraphOptions, place: BlockPlace): Paragraph {
  const style = place.inNote ? 'EndnoteText' : place.inQuote ? STYLE.quote : undefined;
  const indent = place.depth > 0 && options.numbering === undefined ? { indent: { left: LIST_INDENT * place.depth } } : {};
  return new Paragraph({ ...(style ? { style } : {}), ...indent, ...options });
}

function heading(node: Heading, ctx: ExportContext, place: BlockPlace): Paragraph {
  return new Paragraph({ heading: HEADINGS[node.depth - 1], children: inlineRuns(node.children, ctx, place) });
}

function list(node: List, ctx: ExportContext, place: BlockPlace): DocxBlock[] {
  const start = node.start ?? 1;
  const paragraphNumbers = node.ordered === true && place.depth === 0 && !place.inNote && !place.inQuote && ctx.numbering.mode === 'list-items';
  const ownList = node.ordered === true && !paragraphNumbers ? ctx.numbering.separateList(start) : undefined;
  const out: DocxBlock[] = [];
  node.children.forEach((item, i) => {
    const offset = item.position?.start.offset;
    const numbering = paragraphNumbers
      ? ctx.numbering.paragraph(start + i, offset)
      : { reference: ownList ?? BULLETS_REFERENCE, level: Math.min(place.depth, 8), instance: 0 };
    out.push(...listItem(item, numbering, ctx, place));
  });
  return out;
}

/** The item's first paragraph carries the number or bullet; what follows is indented under it. */
function listItem(item: ListItem, numbering: NonNullable<IParagraphOptions['numbering']>, ctx: ExportContext, place: BlockPlace): DocxBlock[] {
  const inner: BlockPlace = { ...place, depth: place.depth + 1 };
  const [first, ...rest] = item.children;
  const check: ParagraphChild[] = item.checked === true ? [new TextRun('☒ ')] : item.checked === false ? [new TextRun('☐ ')] : [];
  const out: DocxBlock[] = [];
  if (first?.type === 'paragraph') {
    out.push(paragraph({ numbering, children: [...check, ...inlineRuns(first.children, ctx, place)] }, place));
    out.push(...docxBlocks(rest, ctx, inner));
  } else {
    out.push(paragraph({ numbering, children: check }, place));
    out.push(...docxBlocks(item.children, ctx, inner));
  }
  return out;
}

function codeBlock(value: string, place: BlockPlace): Paragraph[] {
  return value.split(/\r?\n/).map((line) => paragraph({ style: STYLE.code, children: [new TextRun(line)] }, place));
}

/** HTML comments (`<!-- upr-disable … -->`) are dropped; any other HTML keeps its text, without tags. */
function html(node: Html, ctx: ExportContext, place: BlockPlace): Paragraph[] {
  const withoutComments = node.value.replace(HTML_COMMENT, '');
  if (withoutComments.trim() === '') return [];
  const text = withoutComments
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();
  ctx.warnings.add('HTML is exported as its text only (tags removed).', node.position?.start.offset);
  if (text === '') return [];
  return text.split(/\n+/).map((line) => paragraph({ children: [new TextRun(line.trim())] }, place));
}
