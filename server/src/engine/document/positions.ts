/**
 * Offsets and LSP positions. Everything in the document layer speaks in offsets (UTF-16
 * code unit indices into the document text, as JS strings and LSP both count), because
 * offsets are cheap to compare, shift and slice; a `LineIndex` turns them into 0-based
 * LSP `{line, character}` positions at the edge (diagnostics, hover).
 */

/** A half-open span `[start, end)` of UTF-16 offsets into the document text. */
export interface OffsetRange {
  start: number;
  end: number;
}

/** 0-based line and UTF-16 character, as in LSP. */
export interface Position {
  line: number;
  character: number;
}

/** An LSP range. */
export interface Range {
  start: Position;
  end: Position;
}

/** Moves a range by `delta` offsets (used when a cached block moves in the document). */
export function shiftRange(range: OffsetRange, delta: number): OffsetRange {
  return delta === 0 ? range : { start: range.start + delta, end: range.end + delta };
}

/**
 * Line starts of one text, built once (O(n)) and then queried by binary search.
 * Line terminators are `\n`, `\r\n` and a lone `\r`, the three LSP recognises.
 */
export class LineIndex {
  /** Offset of the first character of each line; `lineStarts[0]` is 0. */
  private readonly lineStarts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10 /* \n */) {
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** Offset of the start of `line` (clamped to the text). */
  lineStart(line: number): number {
    if (line <= 0) return 0;
    if (line >= this.lineStarts.length) return this.text.length;
    return this.lineStarts[line]!;
  }

  /** Offset of the end of `line`'s content, before its line terminator. */
  lineEnd(line: number): number {
    if (line < 0) return 0;
    if (line >= this.lineStarts.length - 1) return this.text.length;
    let end = this.lineStarts[line + 1]!;
    if (end > 0 && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > 0 && this.text.charCodeAt(end - 1) === 13) end--;
    return Math.max(end, this.lineStarts[line]!);
  }

  /** The position of an offset (clamped to `[0, text.length]`). */
  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.lineStarts[lo]! };
  }

  /**
   * The offset of a position. A character past the end of the line is clamped to the
   * line's end (before its terminator), as LSP clients expect; lines are clamped too.
   */
  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line]!;
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }

  /** The LSP range of an offset range. */
  rangeOf(range: OffsetRange): Range {
    return { start: this.positionAt(range.start), end: this.positionAt(range.end) };
  }

  /** The offset range of an LSP range. */
  offsetRangeOf(range: Range): OffsetRange {
    return { start: this.offsetAt(range.start), end: this.offsetAt(range.end) };
  }
}
