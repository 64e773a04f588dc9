/**
 * Splits a Markdown text into chunks that parse the same alone as in the whole text,
 * so each chunk's parse and analysis can be cached by its text and an edit re-parses
 * only the chunk it touched.
 *
 * A chunk boundary is the start of a non-indented, non-blank line after a blank line,
 * outside fenced code, multi-line HTML comments and `<pre>`/`<script>`-like blocks, and
 * after the front matter. An indented line after a blank line continues the chunk (a
 * list item's next paragraph, a footnote definition's continuation, indented code).
 *
 * What differs from one whole parse: a loose list (items separated by blank lines)
 * becomes one list per item, and reference-style definitions must be supplied to each
 * chunk (see `definitionLabels` and the stubs in `parseSubmission`). Prose, sentences,
 * citations, references, tables and word counts are the same.
 */

export interface Chunk {
  /** Offset of the chunk's first character (always a line start). */
  start: number;
  /** Offset just past the chunk (the next chunk's start, or the text's end). */
  end: number;
  /** 0-based line of `start`. */
  line: number;
}

const FENCE_OPEN = /^[ \t]*(`{3,}|~{3,})/;
const HTML_RAW_OPEN = /^ {0,3}<(script|pre|style|textarea)(?:[\s>]|$)/i;
const HTML_COMMENT_OPEN = /^ {0,3}<!--/;

/** Normalised labels of reference definitions: footnotes (`[^3]: …`) and links (`[hrw]: https://…`). */
export interface DefinitionLabels {
  footnotes: Set<string>;
  links: Set<string>;
}

export interface ChunkScan {
  chunks: Chunk[];
  /**
   * The labels every definition line defines, outside code and HTML: a chunk parsed
   * alone is given the ones it uses, so its references resolve as in a whole parse.
   */
  definitions: DefinitionLabels;
}

const DEFINITION = /^ {0,3}\[(\^?)((?:[^[\]\\\r\n]|\\.){1,999})\]:/;

/** The chunks of `text` (the first runs at least to `frontMatterEnd`) and its definition labels. */
export function splitIntoChunks(text: string, frontMatterEnd = 0): ChunkScan {
  const chunks: Chunk[] = [];
  const definitions: DefinitionLabels = { footnotes: new Set(), links: new Set() };
  let chunkStart = 0;
  let chunkLine = 0;
  let prevBlank = false;
  let fence: { close: RegExp; indent: number } | undefined;
  let htmlEnd: RegExp | undefined;
  let lineStart = 0;
  let line = 0;
  while (lineStart < text.length) {
    let eol = lineStart;
    while (eol < text.length && text.charCodeAt(eol) !== 10 && text.charCodeAt(eol) !== 13) eol++;
    const next = text.charCodeAt(eol) === 13 && text.charCodeAt(eol + 1) === 10 ? eol + 2 : eol + 1;
    const content = text.slice(lineStart, eol);
    if (lineStart < frontMatterEnd) {
      prevBlank = false;
    } else if (fence !== undefined && !(fence.indent > 0 && /\S/.test(content) && indentOf(content) < fence.indent)) {
      if (fence.close.test(content)) fence = undefined;
      prevBlank = false;
    } else if (htmlEnd !== undefined) {
      if (htmlEnd.test(content)) htmlEnd = undefined;
      prevBlank = false;
    } else {
      // A fence opened inside a list item ends with the item: at a line indented less.
      fence = undefined;
      const blank = /^[ \t]*$/.test(content);
      if (!blank && prevBlank && lineStart > chunkStart && content[0] !== ' ' && content[0] !== '\t') {
        chunks.push({ start: chunkStart, end: lineStart, line: chunkLine });
        chunkStart = lineStart;
        chunkLine = line;
      }
      const f = FENCE_OPEN.exec(content);
      if (f !== null && !(f[1]![0] === '`' && content.slice(f.index + f[0].length).includes('`'))) {
        const ch = f[1]![0] === '`' ? '`' : '~';
        fence = { close: new RegExp(`^[ \\t]*${ch}{${f[1]!.length},}[ \\t]*$`), indent: indentOf(content) };
      } else if (HTML_COMMENT_OPEN.test(content) && !content.includes('-->', content.indexOf('<!--') + 4)) {
        htmlEnd = /-->/;
      } else {
        const raw = HTML_RAW_OPEN.exec(content);
        if (raw !== null && !new RegExp(`</${raw[1]}>`, 'i').test(content)) htmlEnd = new RegExp(`</${raw[1]}>`, 'i');
      }
      if (!blank && content.includes(']:')) {
        const d = DEFINITION.exec(content);
        const label = d === null ? '' : normalizeLabel(d[2]!);
        if (label !== '') (d![1] === '^' ? definitions.footnotes : definitions.links).add(label);
      }
      prevBlank = blank;
    }
    lineStart = next;
    line++;
  }
  if (chunkStart < text.length || chunks.length === 0) chunks.push({ start: chunkStart, end: text.length, line: chunkLine });
  return { chunks, definitions };
}

function indentOf(line: string): number {
  let n = 0;
  while (n < line.length && (line[n] === ' ' || line[n] === '\t')) n++;
  return n;
}

/** Normalises a reference label the way CommonMark matches them (case, inner whitespace). */
export function normalizeLabel(label: string): string {
  return label.replace(/[\t\n\r ]+/g, ' ').trim().toLowerCase();
}
