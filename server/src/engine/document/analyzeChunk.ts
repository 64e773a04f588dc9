/**
 * Analysis of one parsed chunk (see `blockChunks.ts`): its prose blocks split into
 * sentences with citations and recommendation references, its headings, tables,
 * endnotes, footnote references, HTML comments and word counts. Everything is in the
 * chunk's own coordinates, so a cached result is reused wherever the chunk moves
 * (`shiftChunkAnalysis`). Section membership is document-wide and is added later.
 */
import type { List, ListItem, Nodes, Paragraph, RootContent, Table as MdTable, TableCell } from 'mdast';
import { citationsOf } from './citations';
import { InlineText } from './inlineText';
import { shiftRange, type OffsetRange } from './positions';
import {
  findRecommendationReferences,
  isIdColumnHeader,
  isStateColumnHeader,
  resolveStateList,
  tableCellReferences,
  toSourceReferences,
  type RecommendationReference,
} from './recommendationReferences';
import type { HeadingInfo } from './sections';
import { sentencesOf } from './sentences';
import type {
  FootnoteDefinition,
  FootnoteReference,
  HtmlComment,
  ListItemInfo,
  ProseBlock,
  ProseBlockKind,
  Sentence,
  Table,
  TableCellInfo,
} from './types';
import { countWords, type WordCount } from './wordCount';

export interface ChunkAnalysis {
  headings: HeadingInfo[];
  /** Blocks without section information (`section`, `inRecommendationsSection` are set on assembly). */
  blocks: ProseBlock[];
  tables: Table[];
  footnoteDefinitions: FootnoteDefinition[];
  footnoteReferences: FootnoteReference[];
  htmlComments: HtmlComment[];
  words: WordCount;
}

/** Where a prose block sits, and what its container already worked out. */
interface BlockContext {
  inBlockquote: boolean;
  list?: ListItemInfo;
  table?: TableCellInfo;
  /** A table cell's inline text, built (and its words counted) with its row. */
  inline?: InlineText;
  /** A table cell's own ID-only references (`tableCellReferences`). */
  cellReferences?: RecommendationReference[];
}

function rangeOf(n: Nodes): OffsetRange {
  return { start: n.position?.start.offset ?? 0, end: n.position?.end.offset ?? 0 };
}

/** A cell's content without its pipes and padding (the cell itself when empty). */
function cellContentRange(cell: TableCell): OffsetRange {
  const first = cell.children[0];
  const last = cell.children[cell.children.length - 1];
  if (first === undefined || last === undefined) return rangeOf(cell);
  return { start: rangeOf(first).start, end: rangeOf(last).end };
}

function toFootnoteReference(f: { label: string; identifier: string; defined: boolean; range: OffsetRange }): FootnoteReference {
  return { label: f.label, identifier: f.identifier, defined: f.defined, range: f.range };
}

/** Analyses the top-level nodes of a chunk whose text is `source`. */
export function analyzeChunk(source: string, nodes: readonly RootContent[]): ChunkAnalysis {
  const out: ChunkAnalysis = {
    headings: [],
    blocks: [],
    tables: [],
    footnoteDefinitions: [],
    footnoteReferences: [],
    htmlComments: [],
    words: { body: 0, endnotes: 0 },
  };

  const inlineOf = (n: Nodes & { children: readonly Nodes[] }): InlineText => {
    const inline = InlineText.fromNodes(source, n.children, rangeOf(n));
    for (const f of inline.footnoteReferences()) out.footnoteReferences.push(toFootnoteReference(f));
    collectInlineHtml(n.children);
    return inline;
  };

  const collectInlineHtml = (children: readonly Nodes[]): void => {
    for (const c of children) {
      if (c.type === 'html') comments(c);
      else if ('children' in c) collectInlineHtml(c.children as Nodes[]);
    }
  };

  const comments = (n: Nodes): void => {
    const r = rangeOf(n);
    const raw = source.slice(r.start, r.end);
    for (const m of raw.matchAll(/<!--([\s\S]*?)-->/g)) {
      out.htmlComments.push({ text: m[1]!.trim(), range: { start: r.start + m.index, end: r.start + m.index + m[0].length } });
    }
  };

  const block = (kind: ProseBlockKind, node: Paragraph | TableCell, context: BlockContext): void => {
    const inline = context.inline ?? inlineOf(node);
    out.words.body += context.inline === undefined ? countWords(inline.text) : 0;
    const sentences: Sentence[] = sentencesOf(inline).map((s) => ({
      ...s,
      citations: citationsOf(s, inline),
      recommendationReferences: toSourceReferences(findRecommendationReferences(s.text), inline, s.textStart),
    }));
    // A cell that holds only an ID: its reference belongs to the cell's (single) sentence.
    if (context.cellReferences !== undefined && context.cellReferences.length > 0 && sentences[0] !== undefined) {
      const first = sentences[0];
      const known = new Set(first.recommendationReferences.map((r) => `${r.range.start}:${r.id}`));
      for (const r of context.cellReferences) if (!known.has(`${r.range.start}:${r.id}`)) first.recommendationReferences.push(r);
    }
    const b: ProseBlock = {
      kind,
      range: node.type === 'tableCell' ? cellContentRange(node) : rangeOf(node),
      text: inline.text,
      sentences,
      recommendationReferences: sentences.flatMap((s) => s.recommendationReferences),
      footnoteReferences: inline.footnoteReferences().map(toFootnoteReference),
      inBlockquote: context.inBlockquote,
      inRecommendationsSection: false,
      inline,
    };
    if (node.type === 'paragraph' && isEmphasisHeading(node, inline.text)) b.emphasisHeading = true;
    if (context.list !== undefined) b.list = context.list;
    if (context.table !== undefined) b.table = context.table;
    out.blocks.push(b);
  };

  const table = (t: MdTable, inBlockquote: boolean): void => {
    const [headRow, ...bodyRows] = t.children;
    const headInlines = (headRow?.children ?? []).map((c) => inlineOf(c));
    const headers = headInlines.map((i) => i.text.trim());
    for (const h of headers) out.words.body += countWords(h);
    const idColumn = headers.findIndex(isIdColumnHeader);
    const stateColumn = headers.findIndex((h, i) => i !== idColumn && isStateColumnHeader(h));
    const tableIndex = out.tables.length;
    const info: Table = { range: rangeOf(t), headers, rows: bodyRows.length };
    if (idColumn >= 0) info.idColumn = idColumn;
    if (stateColumn >= 0) info.stateColumn = stateColumn;
    out.tables.push(info);
    bodyRows.forEach((row, r) => {
      const inlines = row.children.map((c) => inlineOf(c));
      for (const i of inlines) out.words.body += countWords(i.text);
      const stateCell = stateColumn >= 0 ? inlines[stateColumn] : undefined;
      const rowStates = stateCell !== undefined ? resolveStateList(stateCell.text.trim()) : undefined;
      row.children.forEach((cell, c) => {
        const inline = inlines[c]!;
        const cellInfo: TableCellInfo = { table: tableIndex, row: r + 1, column: c, header: headers[c] ?? '' };
        const cellReferences = c === idColumn ? toSourceReferences(tableCellReferences(inline.text, rowStates), inline) : undefined;
        const ctx: BlockContext = { inBlockquote, table: cellInfo, inline };
        if (cellReferences !== undefined) ctx.cellReferences = cellReferences;
        block('tableCell', cell, ctx);
      });
    });
  };

  const list = (l: List, inBlockquote: boolean, depth: number): void => {
    l.children.forEach((item: ListItem, index) => {
      let first = true;
      for (const child of item.children) {
        if (child.type === 'paragraph') {
          const info: ListItemInfo = { ordered: l.ordered === true, depth, index, firstParagraph: first };
          if (l.ordered === true) info.number = (l.start ?? 1) + index;
          block('listItem', child, { inBlockquote, list: info });
          first = false;
        } else {
          walk(child, inBlockquote, depth);
        }
      }
    });
  };

  const walk = (n: Nodes, inBlockquote: boolean, listDepth: number): void => {
    switch (n.type) {
      case 'heading': {
        const inline = inlineOf(n);
        out.words.body += countWords(inline.text);
        out.headings.push({ depth: n.depth, title: inline.text.trim(), range: rangeOf(n) });
        return;
      }
      case 'paragraph':
        block('paragraph', n, { inBlockquote });
        return;
      case 'list':
        list(n, inBlockquote, listDepth + 1);
        return;
      case 'blockquote':
        for (const c of n.children) walk(c, true, listDepth);
        return;
      case 'table':
        table(n, inBlockquote);
        return;
      case 'footnoteDefinition': {
        const texts: string[] = [];
        for (const c of n.children) {
          if (c.type === 'paragraph' || c.type === 'heading') texts.push(inlineOf(c).text.trim());
          else if (c.type === 'code') texts.push(c.value);
        }
        const text = texts.join(' ');
        // References inside an endnote ("See [^2].") are collected by `inlineOf`; endnotes are not prose to check.
        out.words.endnotes += countWords(text);
        out.footnoteDefinitions.push({ label: n.label ?? n.identifier, identifier: n.identifier.toLowerCase(), range: rangeOf(n), text });
        return;
      }
      case 'code':
        out.words.body += countWords(n.value);
        return;
      case 'html':
        comments(n);
        return;
      case 'yaml':
      case 'definition':
      case 'thematicBreak':
        return;
      default:
        if ('children' in n) for (const c of n.children as Nodes[]) walk(c, inBlockquote, listDepth);
    }
  };

  for (const n of nodes) walk(n, false, 0);
  return out;
}

/** The analysis moved by `delta` offsets; blocks are always fresh objects (assembly sets their section). */
export function shiftChunkAnalysis(a: ChunkAnalysis, delta: number): ChunkAnalysis {
  const r = (x: OffsetRange): OffsetRange => shiftRange(x, delta);
  const ref = (x: RecommendationReference): RecommendationReference => (delta === 0 ? x : { ...x, range: r(x.range), expressionRange: r(x.expressionRange) });
  const fn = (x: FootnoteReference): FootnoteReference => (delta === 0 ? x : { ...x, range: r(x.range) });
  return {
    headings: delta === 0 ? a.headings : a.headings.map((h) => ({ ...h, range: r(h.range) })),
    blocks: a.blocks.map((b) => {
      if (delta === 0) return { ...b };
      const sentences = b.sentences.map((s) => ({
        ...s,
        range: r(s.range),
        footnoteReferences: s.footnoteReferences.map((f) => ({ ...f, range: r(f.range) })),
        links: s.links.map((l) => ({ ...l, range: r(l.range) })),
        citations: s.citations.map((c) => ({ ...c, range: r(c.range) })),
        recommendationReferences: s.recommendationReferences.map(ref),
      }));
      return {
        ...b,
        range: r(b.range),
        sentences,
        recommendationReferences: sentences.flatMap((s) => s.recommendationReferences),
        footnoteReferences: b.footnoteReferences.map(fn),
        inline: b.inline.shifted(delta),
      };
    }),
    tables: delta === 0 ? a.tables : a.tables.map((t) => ({ ...t, range: r(t.range) })),
    footnoteDefinitions: delta === 0 ? a.footnoteDefinitions : a.footnoteDefinitions.map((d) => ({ ...d, range: r(d.range) })),
    footnoteReferences: a.footnoteReferences.map(fn),
    htmlComments: delta === 0 ? a.htmlComments : a.htmlComments.map((c) => ({ ...c, range: r(c.range) })),
    words: a.words,
  };
}

/** Word conversions type sub-headings as a bold line: one strong or emphasis node, ending without a full stop, colon or other closing mark. */
function isEmphasisHeading(node: Paragraph, text: string): boolean {
  const only = node.children.length === 1 ? node.children[0] : undefined;
  if (only === undefined || (only.type !== 'strong' && only.type !== 'emphasis')) return false;
  const t = text.trim();
  return t.length > 0 && t.length < 200 && !/[.!?:;,…]["'”’)\]]*$/.test(t);
}
