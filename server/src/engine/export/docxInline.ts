/**
 * Markdown inline content (mdast phrasing nodes) as docx runs: bold, italic,
 * strikethrough, inline code, clickable links, line breaks and endnote references.
 * Inline HTML is dropped (a tag, or an `<!-- upr-disable … -->` comment) except `<br>`.
 */
import { ExternalHyperlink, TextRun, type IRunOptions, type ParagraphChild } from 'docx';
import type { Nodes, PhrasingContent } from 'mdast';
import { CODE_FONT } from './docxStyles';
import type { ExportContext } from './exportContext';

/** Run properties inherited from the enclosing emphasis, strong, delete or link. */
export type RunFormat = Pick<IRunOptions, 'bold' | 'italics' | 'strike' | 'style'>;

/** Where inline content is: body text can hold endnote marks, an endnote's text cannot. */
export interface InlinePlace {
  inNote: boolean;
}

/** GFM makes `[^x]` a reference only when `[^x]:` is defined; these are the undefined calls left as text. */
const UNDEFINED_CALL = /(?<!\\)\[\^([^\]\s]+)\]/g;
const ABSOLUTE_URL = /^[a-z][a-z0-9+.-]*:/i;

export function inlineRuns(nodes: readonly PhrasingContent[], ctx: ExportContext, place: InlinePlace, format: RunFormat = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const node of nodes) out.push(...inlineRun(node, ctx, place, format));
  return out;
}

function inlineRun(node: PhrasingContent, ctx: ExportContext, place: InlinePlace, format: RunFormat): ParagraphChild[] {
  switch (node.type) {
    case 'text':
      return textRuns(node.value, node.position?.start.offset, ctx, place, format);
    case 'emphasis':
      return inlineRuns(node.children, ctx, place, { ...format, italics: true });
    case 'strong':
      return inlineRuns(node.children, ctx, place, { ...format, bold: true });
    case 'delete':
      return inlineRuns(node.children, ctx, place, { ...format, strike: true });
    case 'inlineCode':
      return [new TextRun({ ...format, text: node.value, font: CODE_FONT })];
    case 'break':
      return [new TextRun({ ...format, break: 1 })];
    case 'link':
      return linkRuns(node.url, node.children, ctx, place, format);
    case 'linkReference': {
      const target = ctx.links.get(node.identifier);
      if (target !== undefined) return linkRuns(target.url, node.children, ctx, place, format);
      return inlineRuns(node.children, ctx, place, format);
    }
    case 'image':
    case 'imageReference': {
      // Images are not embedded (their files are outside the Markdown text); the alt text keeps their place.
      ctx.warnings.add(`an image ("${node.alt ?? ''}") is exported as its description only; insert it in Word.`, node.position?.start.offset);
      return [new TextRun({ ...format, text: `[image: ${node.alt ?? ''}]` })];
    }
    case 'footnoteReference': {
      const label = node.label ?? node.identifier;
      const offset = node.position?.start.offset;
      return place.inNote ? ctx.endnotes.referenceInNote(node.identifier, label, offset) : ctx.endnotes.reference(node.identifier, label, offset);
    }
    case 'html':
      return /^<br\s*\/?>$/i.test(node.value.trim()) ? [new TextRun({ break: 1 })] : [];
    default: {
      const other = node as Nodes;
      return textRuns(plainText(other), other.position?.start.offset, ctx, place, format);
    }
  }
}

function linkRuns(url: string, children: readonly PhrasingContent[], ctx: ExportContext, place: InlinePlace, format: RunFormat): ParagraphChild[] {
  const runs = inlineRuns(children, ctx, place, { ...format, style: 'Hyperlink' });
  // A relative link ("#section", "annex.md") has no target once the text is a .docx.
  if (!ABSOLUTE_URL.test(url)) return inlineRuns(children, ctx, place, format);
  return [new ExternalHyperlink({ link: url, children: runs })];
}

/** Text with soft line breaks as spaces, and undefined endnote calls as endnotes saying so. */
function textRuns(value: string, offset: number | undefined, ctx: ExportContext, place: InlinePlace, format: RunFormat): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  const pushText = (s: string): void => {
    if (s !== '') out.push(new TextRun({ ...format, text: s.replace(/[ \t]*\r?\n[ \t]*/g, ' ') }));
  };
  let at = 0;
  for (const m of value.matchAll(UNDEFINED_CALL)) {
    pushText(value.slice(at, m.index));
    const label = m[1]!;
    // Escapes can make the value shorter than its source; the line is what warnings need.
    const where = offset === undefined ? undefined : offset + m.index;
    out.push(...(place.inNote ? ctx.endnotes.referenceInNote(label, label, where) : ctx.endnotes.reference(label, label, where)));
    at = m.index + m[0].length;
  }
  pushText(value.slice(at));
  return out;
}

/** The text of any node (mdast-util-to-string is not a direct dependency; this is all of it we need). */
export function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('alt' in node && typeof node.alt === 'string') return node.alt;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}
