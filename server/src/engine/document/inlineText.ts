/**
 * The plain text of one block's inline content (a paragraph, a table cell, a heading),
 * with every plain character mapped back to its source span. Sentence splitting,
 * citation and reference detection all run on this plain text, where markup is gone
 * ("*detained*" reads "detained", "[HRW](https://…)" reads "HRW", `&amp;` reads "&"),
 * and the map gives exact source ranges back, whatever markup lay in between.
 *
 * Offsets are in the coordinates of the mdast the text was built from; `base` is added
 * on the way out, so a cached block that moved in the document is reused by changing
 * `base` alone.
 */
import type { Nodes, PhrasingContent } from 'mdast';
import type { OffsetRange } from './positions';

/** A footnote reference inside the text: a `footnoteReference` node, or `[^x]` with no definition. */
export interface InlineFootnoteReference {
  /** The label as written (`3` in `[^3]`). */
  label: string;
  /** Normalised label (lower case), for matching definitions. */
  identifier: string;
  /** False when the document has no definition for it (GFM then leaves it as text). */
  defined: boolean;
  /** Plain-text index the reference sits at (it adds no plain characters). */
  at: number;
  range: OffsetRange;
}

/** A link (inline, reference, or GFM autolink literal) inside the text. */
export interface InlineLink {
  /** The destination; for a reference link, the definition's label if it was not resolved here. */
  url?: string;
  /** The reference label of a reference link (`[text][label]`). */
  reference?: string;
  /** The link text's plain span `[plainStart, plainEnd)`. */
  plainStart: number;
  plainEnd: number;
  /** The whole link in the source, `[text](url)` included. */
  range: OffsetRange;
}

/** A markup container (emphasis, strong, link…) with its plain span and source span. */
interface Wrapper {
  plainStart: number;
  plainEnd: number;
  start: number;
  end: number;
}

export class InlineText {
  private constructor(
    readonly text: string,
    /** Source start / end (exclusive) of each plain character, before `base`. */
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
    private readonly wrappers: readonly Wrapper[],
    private readonly footnotes: readonly InlineFootnoteReference[],
    private readonly linkList: readonly InlineLink[],
    readonly base: number,
    /** The source span of the whole block content, before `base`. */
    private readonly span: OffsetRange,
  ) {}

  /** Builds the plain text of `nodes` (inline children of one block) over `source`. */
  static fromNodes(source: string, nodes: readonly Nodes[], span: OffsetRange): InlineText {
    const b = new Builder(source);
    b.children(nodes, span.start, span.end);
    return new InlineText(
      b.plain,
      b.starts.slice(0, b.size),
      b.ends.slice(0, b.size),
      b.wrappers,
      b.footnotes,
      b.links,
      0,
      span,
    );
  }

  /** The same text, moved by `delta` offsets. */
  shifted(delta: number): InlineText {
    if (delta === 0) return this;
    return new InlineText(this.text, this.starts, this.ends, this.wrappers, this.footnotes, this.linkList, this.base + delta, this.span);
  }

  /** Source range of the block content this text was built from. */
  get range(): OffsetRange {
    return { start: this.span.start + this.base, end: this.span.end + this.base };
  }

  /** Source offset where plain character `i` starts (`i === text.length`: end of the last one). */
  sourceOffset(i: number): number {
    if (this.text.length === 0) return this.span.start + this.base;
    if (i >= this.text.length) return this.ends[this.text.length - 1]! + this.base;
    return this.starts[Math.max(0, i)]! + this.base;
  }

  /** Exact source range of the plain slice `[from, to)`, markup inside it included. */
  sourceRange(from: number, to: number): OffsetRange {
    if (to <= from) {
      const at = this.sourceOffset(from);
      return { start: at, end: at };
    }
    return { start: this.starts[from]! + this.base, end: this.ends[to - 1]! + this.base };
  }

  /**
   * Like `sourceRange`, widened over markup that lies wholly inside the slice, so that
   * "*All* were detained." gives `*All* were detained.` and not `All* were detained.`.
   */
  wrappedSourceRange(from: number, to: number): OffsetRange {
    const r = this.sourceRange(from, to);
    if (to <= from) return r;
    let start = r.start - this.base;
    let end = r.end - this.base;
    for (const w of this.wrappers) {
      if (w.plainStart >= from && w.plainEnd <= to && w.plainEnd > w.plainStart) {
        if (w.start < start) start = w.start;
        if (w.end > end) end = w.end;
      }
    }
    return { start: start + this.base, end: end + this.base };
  }

  /** Footnote references, in text order, with ranges moved by `base`. */
  footnoteReferences(): InlineFootnoteReference[] {
    return this.footnotes.map((f) => ({ ...f, range: this.shift(f.range) }));
  }

  /** Links, in text order, with ranges moved by `base`. */
  links(): InlineLink[] {
    return this.linkList.map((l) => ({ ...l, range: this.shift(l.range) }));
  }

  private shift(r: OffsetRange): OffsetRange {
    return { start: r.start + this.base, end: r.end + this.base };
  }
}

const UNDEFINED_FOOTNOTE = /\[\^([^\]\s]+)\]/g;
const CHARACTER_REFERENCE = /^&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/;

/**
 * Growable scratch arrays, reused: the source spans of the block being built (one
 * `Builder` at a time; `fromNodes` copies out what it used) and the character alignment
 * of one text node in `Builder.text`. Fresh arrays per block and per text node were a
 * large share of the parse's allocations.
 */
let spanStarts = new Int32Array(4096);
let spanEnds = new Int32Array(4096);
let alignStarts = new Int32Array(1024);
let alignEnds = new Int32Array(1024);

/** Walks inline mdast and appends plain characters with their source spans. */
class Builder {
  plain = '';
  /** Source spans of the plain characters, `size` of them used (the shared scratch arrays, grown by doubling). */
  starts = spanStarts;
  ends = spanEnds;
  size = 0;
  wrappers: Wrapper[] = [];
  footnotes: InlineFootnoteReference[] = [];
  links: InlineLink[] = [];

  constructor(private readonly source: string) {}

  private get length(): number {
    return this.size;
  }

  private push(ch: string, start: number, end: number): void {
    if (this.size === this.starts.length) {
      const starts = new Int32Array(this.size * 2);
      starts.set(this.starts);
      this.starts = starts;
      const ends = new Int32Array(this.size * 2);
      ends.set(this.ends);
      this.ends = ends;
      spanStarts = starts;
      spanEnds = ends;
    }
    this.plain += ch;
    this.starts[this.size] = start;
    this.ends[this.size] = end;
    this.size++;
  }

  /**
   * Walks sibling nodes spanning `[start, end)`. Nodes made by mdast transforms (GFM
   * autolink literals found after parsing) have no position: they get the gap between
   * their positioned neighbours, and text alignment finds their characters in it.
   */
  children(nodes: readonly Nodes[], start: number, end: number): void {
    let cursor = start;
    for (let i = 0; i < nodes.length; i++) {
      const n = nodes[i]!;
      // `<sup>12</sup>` (Word and PDF conversions write endnote numbers so): the digits as
      // superscript digits, which sentence splitting and citation finding read as an
      // endnote marker, as they do "¹²" typed directly.
      const sup = supMarker(nodes, i);
      if (sup) {
        for (let k = 0; k < sup.value.length; k++) this.push(SUPERSCRIPT[sup.value[k]!] ?? sup.value[k]!, sup.start + sup.lead + k, sup.start + sup.lead + k + 1);
        cursor = sup.end;
        i += 2;
        continue;
      }
      if (n.position?.start.offset !== undefined && n.position.end.offset !== undefined) {
        this.node(n, n.position.start.offset, n.position.end.offset, true);
        cursor = n.position.end.offset;
        continue;
      }
      let gapEnd = end;
      for (let k = i + 1; k < nodes.length; k++) {
        const o = nodes[k]!.position?.start.offset;
        if (o !== undefined) {
          gapEnd = o;
          break;
        }
      }
      const before = this.length;
      this.node(n, cursor, Math.max(cursor, gapEnd), false);
      if (this.length > before) cursor = Math.max(cursor, this.ends[this.length - 1]!);
    }
  }

  /** `exact`: `[s, e)` is the node's own position, not a gap it lies somewhere in. */
  node(n: Nodes, s: number, e: number, exact: boolean): void {
    switch (n.type) {
      case 'text':
        this.text(n.value, s, e);
        return;
      case 'inlineCode': {
        // The value sits between the backtick fences; find it to map it 1:1.
        const slice = this.source.slice(s, e);
        const at = slice.indexOf(n.value);
        for (let i = 0; i < n.value.length; i++) {
          if (at >= 0) this.push(n.value[i]!, s + at + i, s + at + i + 1);
          else this.push(n.value[i]!, s, e);
        }
        this.wrappers.push({ plainStart: this.length - n.value.length, plainEnd: this.length, start: s, end: e });
        return;
      }
      case 'break':
        this.push(' ', s, e);
        return;
      case 'html':
        // A `<br>` separates words; comments and other tags add nothing.
        if (/^<br\b/i.test(n.value)) this.push(' ', s, e);
        return;
      case 'footnoteReference':
        this.footnotes.push({
          label: n.label ?? n.identifier,
          identifier: n.identifier.toLowerCase(),
          defined: true,
          at: this.length,
          range: { start: s, end: e },
        });
        return;
      case 'image':
      case 'imageReference':
        return; // images are not text (and not allowed in submissions)
      case 'link':
      case 'linkReference': {
        const from = this.length;
        this.children(n.children, s, e);
        const range = exact || this.length === from ? { start: s, end: e } : { start: this.starts[from]!, end: this.ends[this.length - 1]! };
        const link: InlineLink = { plainStart: from, plainEnd: this.length, range };
        if (n.type === 'link') link.url = n.url;
        else link.reference = n.identifier;
        this.links.push(link);
        this.wrappers.push({ plainStart: from, plainEnd: this.length, start: range.start, end: range.end });
        return;
      }
      default: {
        if ('children' in n) {
          const from = this.length;
          this.children(n.children as PhrasingContent[], s, e);
          this.wrappers.push({ plainStart: from, plainEnd: this.length, start: s, end: e });
        } else if ('value' in n && typeof n.value === 'string') {
          for (const ch of n.value) this.push(ch, s, e);
        }
      }
    }
  }

  /**
   * A text node: its value differs from the source by escapes (`\*`), character
   * references (`&amp;`), and whitespace around line breaks, so the two are aligned
   * character by character. `[^x]` left as text (no definition) becomes a footnote
   * reference that adds no plain characters, like a defined one.
   */
  private text(value: string, s: number, e: number): void {
    if (alignStarts.length < value.length) {
      alignStarts = new Int32Array(value.length * 2);
      alignEnds = new Int32Array(value.length * 2);
    }
    const st = alignStarts;
    const en = alignEnds;
    const src = this.source;
    let j = s;
    for (let i = 0; i < value.length; i++) {
      const ch = value[i]!;
      // Skip source whitespace the value dropped (indentation, trailing spaces).
      while (j < e && src[j] !== ch && (src[j] === ' ' || src[j] === '\t') && !(ch === '\n' && src[j] === '\r')) j++;
      if (j >= e) {
        st[i] = e;
        en[i] = e;
        continue;
      }
      const entity = src[j] === '&' ? CHARACTER_REFERENCE.exec(src.slice(j, Math.min(e, j + 40))) : null;
      if (entity !== null && value.startsWith(entity[0], i) === false) {
        // `&amp;`, `&#8217;`: one (or a surrogate pair of) value character(s) for the reference.
        const end = j + entity[0].length;
        st[i] = j;
        en[i] = end;
        const code = value.charCodeAt(i);
        if (code >= 0xd800 && code <= 0xdbff && i + 1 < value.length) {
          i++;
          st[i] = j;
          en[i] = end;
        }
        j = end;
      } else if (src[j] === ch) {
        st[i] = j;
        en[i] = j + 1;
        j++;
      } else if (ch === '\n' && src[j] === '\r') {
        st[i] = j;
        en[i] = src[j + 1] === '\n' ? j + 2 : j + 1;
        j = en[i]!;
      } else if (src[j] === '\\' && src[j + 1] === ch) {
        st[i] = j;
        en[i] = j + 2;
        j += 2;
      } else {
        // Unexpected: resynchronise on the next occurrence close by, else map to the current point.
        const k = src.indexOf(ch, j);
        if (k >= 0 && k < e && k - j <= 16) {
          st[i] = k;
          en[i] = k + 1;
          j = k + 1;
        } else {
          st[i] = j;
          en[i] = j;
        }
      }
    }
    let last = 0;
    const emit = (to: number): void => {
      for (let i = last; i < to; i++) {
        const c = value[i]!;
        if (c === '\r' && value[i + 1] === '\n' && i + 1 < to) {
          // CRLF inside a value is one line break: one space over both characters.
          this.push(' ', st[i]!, en[i + 1]!);
          i++;
        } else {
          this.push(c === '\n' || c === '\r' || c === '\t' ? ' ' : c, st[i]!, en[i]!);
        }
      }
    };
    for (const m of value.matchAll(UNDEFINED_FOOTNOTE)) {
      const at = m.index;
      emit(at);
      const label = m[1]!;
      this.footnotes.push({
        label,
        identifier: label.toLowerCase(),
        defined: false,
        at: this.length,
        range: { start: st[at]!, end: en[at + m[0].length - 1]! },
      });
      last = at + m[0].length;
    }
    emit(value.length);
  }
}

const SUPERSCRIPT: Readonly<Record<string, string>> = { '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', ',': ',', '-': '-', '–': '–' };

/** `<sup>`, a text of endnote numbers ("12", "3, 4", "5–7"), `</sup>` starting at `nodes[i]`: the numbers and where they lie. */
function supMarker(nodes: readonly Nodes[], i: number): { value: string; start: number; lead: number; end: number } | undefined {
  const open = nodes[i];
  if (open?.type !== 'html' || !/^<sup>$/i.test(open.value)) return undefined;
  const digits = nodes[i + 1];
  const close = nodes[i + 2];
  if (digits?.type !== 'text' || close?.type !== 'html' || !/^<\/sup>$/i.test(close.value)) return undefined;
  const m = /^(\s*)(\d{1,3}(?:\s*[,–-]\s*\d{1,3})*)\s*$/.exec(digits.value);
  const start = digits.position?.start.offset;
  const end = close.position?.end.offset;
  if (!m || start === undefined || end === undefined) return undefined;
  return { value: m[2]!.replace(/\s+/g, ''), start, lead: m[1]!.length, end };
}
