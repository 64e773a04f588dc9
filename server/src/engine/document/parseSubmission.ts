/**
 * `parseSubmission`: a submission's text in, a `SubmissionDocument` out (front matter,
 * mdast, sections, prose blocks with sentences, citations and recommendation
 * references, endnotes, word counts). Never throws on any text.
 *
 * Parsing is by chunks (`blockChunks.ts`) with micromark + micromark-extension-gfm
 * (+ micromark-extension-frontmatter for the first chunk when it holds the front
 * matter): the tokenizer remark-parse is built on, read straight from its events
 * (`micromarkTree.ts`), as building the whole mdast cost as much as markdownlint's lint.
 * The mdast itself (`doc.root`) is still built by unified + remark-parse + remark-gfm
 * (+ remark-frontmatter), on first use only. With a `SubmissionParseCache` kept per
 * open document, a chunk whose text (and the definitions it uses) did not change is
 * neither re-parsed nor re-analysed: after a one-word edit only the edited chunk is
 * parsed. Without a cache every chunk is parsed; the result is the same.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { analyzeChunk, shiftChunkAnalysis, type ChunkAnalysis } from './analyzeChunk';
import { normalizeLabel, splitIntoChunks, type Chunk, type DefinitionLabels } from './blockChunks';
import { resolveFootnoteCalls } from './footnoteCalls';
import { findFrontMatterBlock, readFrontMatter, type FrontMatterResult } from './frontMatter';
import { micromarkNodes } from './micromarkTree';
import { LineIndex } from './positions';
import { buildSections } from './sections';
import type { FootnoteReference, SubmissionDocument } from './types';

const bodyParser = unified().use(remarkParse).use(remarkGfm);
const firstChunkParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

interface CachedChunk {
  /** The chunk's mdast by remark, positions relative to the chunk (never mutated once cached): built on first use. */
  nodes: () => RootContent[];
  analysis: ChunkAnalysis;
  /** The parse pass that last used this entry. */
  pass: number;
}

/**
 * Parsed and analysed chunks of one document, reused across edits. Keep one per open
 * document; entries not used by the latest parse are dropped, so it stays the size of
 * the document.
 */
export class SubmissionParseCache {
  /** @internal */
  readonly chunks = new Map<string, CachedChunk[]>();
  /** @internal */
  pass = 0;
  /** @internal The front matter read last, by its text. */
  frontMatter?: { key: string; result: FrontMatterResult };
  /** Chunks parsed by the last `parseSubmission` (the rest came from the cache). */
  lastParsedChunks = 0;
}

/** Parses and analyses a submission. Pass the same `cache` on every edit of one document. */
export function parseSubmission(text: string, cache: SubmissionParseCache = new SubmissionParseCache()): SubmissionDocument {
  const pass = ++cache.pass;
  cache.lastParsedChunks = 0;
  const block = findFrontMatterBlock(text);
  const fmEnd = block === undefined ? 0 : block.range.end;
  const { chunks, definitions: defs } = splitIntoChunks(text, fmEnd);

  const entries: CachedChunk[] = [];
  const parts: ChunkAnalysis[] = [];
  for (const chunk of chunks) {
    // Only a closed front matter goes through remark-frontmatter: with an unclosed `---`
    // fence, micromark-extension-frontmatter stops later ordered lists from parsing.
    const entry = chunkEntry(text, chunk, chunk.start === 0 && block !== undefined, defs, cache, pass);
    entries.push(entry);
    parts.push(shiftChunkAnalysis(entry.analysis, chunk.start));
  }
  for (const [key, list] of cache.chunks) {
    const live = list.filter((e) => e.pass === pass);
    if (live.length === 0) cache.chunks.delete(key);
    else if (live.length !== list.length) cache.chunks.set(key, live);
  }

  const lineIndex = new LineIndex(text);

  const fm = frontMatterOf(text, block, cache);
  const sections = buildSections(
    parts.flatMap((p) => p.headings),
    text.length,
  );
  const doc: SubmissionDocument = {
    text,
    lineIndex,
    isSubmission: fm.isSubmission,
    frontMatterProblems: fm.problems,
    root: undefined as unknown as Root, // defined below, built on first use
    sections,
    blocks: [],
    tables: [],
    footnoteDefinitions: [],
    footnoteReferences: [],
    htmlComments: [],
    words: { body: 0, endnotes: 0 },
    recommendationReferences: [],
  };
  if (fm.frontMatter !== undefined) doc.frontMatter = fm.frontMatter;
  // Most checks never read the mdast; copying every cached node to its new place on each
  // edit would cost more than the re-parse saves. So the root is assembled on first use.
  let root: Root | undefined;
  Object.defineProperty(doc, 'root', {
    enumerable: true,
    get(): Root {
      if (root === undefined) root = assembleRoot(text, lineIndex, chunks, entries);
      return root;
    },
  });

  let sectionAt = -1;
  for (const p of parts) {
    const tableBase = doc.tables.length;
    doc.tables.push(...p.tables);
    let sourceList = p.blocks.length > 0 && p.headings.length === 0;
    for (const b of p.blocks) {
      while (sectionAt + 1 < sections.length && sections[sectionAt + 1]!.headingRange.start <= b.range.start) sectionAt++;
      if (sectionAt >= 0) {
        b.section = sectionAt;
        b.inRecommendationsSection = sections[sectionAt]!.inRecommendations;
        // A list of sources under "Endnotes" is no prose: no claims, no mentions in it.
        if (sections[sectionAt]!.kind === 'endnotes') continue;
      }
      sourceList = false;
      if (b.table !== undefined && tableBase > 0) b.table = { ...b.table, table: b.table.table + tableBase };
      doc.blocks.push(b);
      doc.recommendationReferences.push(...b.recommendationReferences);
    }
    doc.footnoteDefinitions.push(...p.footnoteDefinitions);
    doc.footnoteReferences.push(...p.footnoteReferences);
    doc.htmlComments.push(...p.htmlComments);
    // …and its words are endnotes' words, as footnote definitions' are.
    doc.words.body += sourceList ? 0 : p.words.body;
    doc.words.endnotes += p.words.endnotes + (sourceList ? p.words.body : 0);
  }
  doc.footnoteReferences.sort((a: FootnoteReference, b: FootnoteReference) => a.range.start - b.range.start);
  return doc;
}

function frontMatterOf(text: string, block: ReturnType<typeof findFrontMatterBlock>, cache: SubmissionParseCache): FrontMatterResult {
  if (block === undefined) return { problems: [], isSubmission: false };
  // Its ranges start at offset 0, so the result is reusable whenever its text is unchanged.
  const key = text.slice(0, block.range.end);
  if (cache.frontMatter?.key === key) return cache.frontMatter.result;
  const result = readFrontMatter(text, block.range, block.contentRange);
  cache.frontMatter = { key, result };
  return result;
}

/** The cached entry for a chunk, parsing and analysing it if needed. */
function chunkEntry(
  text: string,
  chunk: Chunk,
  withFrontMatter: boolean,
  defs: DefinitionLabels,
  cache: SubmissionParseCache,
  pass: number,
): CachedChunk {
  const source = text.slice(chunk.start, chunk.end);
  const used = definitionsUsed(source, defs);
  const key = `${withFrontMatter ? 'F' : 'B'}${used.linkStubs}\u0000${[...used.footnotes].join(' ')}\u0000${source}`;
  // One entry per occurrence: the same chunk text can occur more than once in a document.
  const entries = cache.chunks.get(key);
  const free = entries?.find((e) => e.pass !== pass);
  if (free !== undefined) {
    free.pass = pass;
    return free;
  }
  cache.lastParsedChunks++;
  const entry = parseChunk(source, used, withFrontMatter, pass);
  if (entries === undefined) cache.chunks.set(key, [entry]);
  else entries.push(entry);
  return entry;
}

/**
 * What a chunk needs from the rest of the document to parse as it would in the whole:
 * stub definitions for the link labels it uses (`[text][hrw]`), and the footnote labels
 * it calls that are defined (see `footnoteCalls.ts`). @internal
 */
export function definitionsUsed(source: string, defs: DefinitionLabels): { linkStubs: string; footnotes: Set<string> } {
  const footnotes = new Set<string>();
  if ((defs.footnotes.size === 0 && defs.links.size === 0) || !source.includes('[')) return { linkStubs: '', footnotes };
  const lines = new Set<string>();
  for (const m of source.matchAll(/\[(\^?)((?:[^[\]\\\r\n]|\\.){1,999})\]/g)) {
    const label = normalizeLabel(m[2]!);
    if (m[1] === '^') {
      if (defs.footnotes.has(label)) footnotes.add(label);
    } else if (defs.links.has(label)) lines.add(`[${m[2]}]: #`);
  }
  return { linkStubs: lines.size === 0 ? '' : [...lines].sort().join('\n'), footnotes };
}

function parseChunk(source: string, used: { linkStubs: string; footnotes: Set<string> }, withFrontMatter: boolean, pass: number): CachedChunk {
  const analysis = analyzeChunk(source, chunkNodes(source, used, withFrontMatter, 'micromark'));
  let nodes: RootContent[] | undefined;
  return { nodes: () => (nodes ??= chunkNodes(source, used, withFrontMatter, 'remark')), analysis, pass };
}

/**
 * A chunk's top-level nodes, parsed as it would be in the whole document: by micromark's
 * events for the analysis, or by remark for the mdast. @internal (exported for the test
 * that holds the two equal).
 */
export function chunkNodes(source: string, used: { linkStubs: string; footnotes: Set<string> }, withFrontMatter: boolean, via: 'micromark' | 'remark'): RootContent[] {
  const input = used.linkStubs === '' ? source : `${source}\n\n${used.linkStubs}\n`;
  let nodes: RootContent[];
  try {
    const all = via === 'micromark' ? micromarkNodes(input, withFrontMatter) : (withFrontMatter ? firstChunkParser : bodyParser).parse(input).children;
    // Drop the stubs (and anything else past the chunk).
    nodes = all.filter((n) => (n.position?.start.offset ?? 0) < source.length);
    resolveFootnoteCalls(nodes, source, used.footnotes);
  } catch {
    // micromark does not throw on any input; this guards the promise that we never do.
    nodes = [];
  }
  return nodes;
}

/**
 * The document's mdast: a copy of each chunk's nodes moved to the chunk's place. A copy,
 * so that a root stays exact whatever later parses do with the cache.
 */
function assembleRoot(text: string, lineIndex: LineIndex, chunks: readonly Chunk[], entries: readonly CachedChunk[]): Root {
  const children: RootContent[] = [];
  chunks.forEach((chunk, i) => {
    for (const n of entries[i]!.nodes()) children.push(movedCopy(n, chunk.start, chunk.line));
  });
  const end = lineIndex.positionAt(text.length);
  return {
    type: 'root',
    children,
    position: { start: { line: 1, column: 1, offset: 0 }, end: { line: end.line + 1, column: end.character + 1, offset: text.length } },
  };
}

/** A deep copy of a node with positions moved by `offset` characters and `line` lines. */
function movedCopy<T extends Nodes>(node: T, offset: number, line: number): T {
  const copy = { ...node } as T;
  const p = node.position;
  if (p !== undefined) {
    copy.position = {
      start: { line: p.start.line + line, column: p.start.column, offset: (p.start.offset ?? 0) + offset },
      end: { line: p.end.line + line, column: p.end.column, offset: (p.end.offset ?? 0) + offset },
    };
  }
  if ('children' in node) {
    (copy as { children: Nodes[] }).children = (node.children as Nodes[]).map((c) => movedCopy(c, offset, line));
  }
  // Arrays of plain data (a table's `align`) are never mutated downstream: shared as is.
  return copy;
}
