/**
 * GFM parses `[^3]` as a footnote reference only when the same text defines `[^3]:`.
 * A chunk parsed alone usually lacks the endnotes, so its calls come out as text; this
 * turns them back into `footnoteReference` nodes for the labels the document defines,
 * giving the tree a whole-document parse would give (and cheaper than parsing stub
 * definitions with every chunk).
 */
import type { FootnoteReference, Nodes, RootContent, Text } from 'mdast';
import type { Point } from 'unist';
import { LineIndex } from './positions';

const CALL = /(?<!\\)\[\^([^\]\s]+)\]/g;

/** Rewrites, in place, text `[^label]` for `defined` labels (normalised) into footnote references. */
export function resolveFootnoteCalls(nodes: RootContent[], source: string, defined: ReadonlySet<string>): void {
  if (defined.size === 0 || !source.includes('[^')) return;
  let lines: LineIndex | undefined;
  const point = (offset: number): Point => {
    lines ??= new LineIndex(source);
    const p = lines.positionAt(offset);
    return { line: p.line + 1, column: p.character + 1, offset };
  };
  const visit = (parent: { children: Nodes[] }): void => {
    for (let i = 0; i < parent.children.length; i++) {
      const child = parent.children[i]!;
      if (child.type === 'text') {
        const parts = split(child, source, defined, point);
        if (parts !== undefined) {
          parent.children.splice(i, 1, ...parts);
          i += parts.length - 1;
        }
      } else if (child.type === 'link' && calledAsLink(child, source, defined) !== undefined) {
        // `[^1](HRW)` without the definition in view parses as a link; with it, as a call and text.
        const parts = calledAsLink(child, source, defined)!;
        parent.children.splice(i, 1, ...parts.map((p) => withPoints(p, point)));
        i += parts.length - 1;
      } else if (child.type === 'link' && source[child.position?.start.offset ?? 0] !== '[') {
        // An autolink (`<https://…>`, a bare URL) is literal text: no footnote calls inside.
      } else if ('children' in child) {
        visit(child as { children: Nodes[] });
      }
    }
  };
  visit({ children: nodes });
}

function split(node: Text, source: string, defined: ReadonlySet<string>, point: (o: number) => Point): Array<Text | FootnoteReference> | undefined {
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
  if (s === undefined || e === undefined || !node.value.includes('[^')) return undefined;
  const src = source.slice(s, e);
  const out: Array<Text | FootnoteReference> = [];
  let srcAt = 0;
  let valueAt = 0;
  for (const m of src.matchAll(CALL)) {
    const label = m[1]!;
    if (!defined.has(label.toLowerCase())) continue;
    const vi = node.value.indexOf(m[0], valueAt);
    if (vi < 0) continue;
    if (vi > valueAt) {
      out.push({ type: 'text', value: node.value.slice(valueAt, vi), position: { start: point(s + srcAt), end: point(s + m.index) } });
    }
    out.push({
      type: 'footnoteReference',
      identifier: label.toLowerCase(),
      label,
      position: { start: point(s + m.index), end: point(s + m.index + m[0].length) },
    });
    srcAt = m.index + m[0].length;
    valueAt = vi + m[0].length;
  }
  if (out.length === 0) return undefined;
  if (valueAt < node.value.length) {
    out.push({ type: 'text', value: node.value.slice(valueAt), position: { start: point(s + srcAt), end: point(e) } });
  }
  return out;
}

type Piece = { type: 'text'; value: string; start: number; end: number } | { type: 'footnoteReference'; label: string; start: number; end: number };

/** A link written `[^label](…)` for a defined label: the call, then its bracket as text. */
function calledAsLink(link: Nodes, source: string, defined: ReadonlySet<string>): Piece[] | undefined {
  const s = link.position?.start.offset;
  const e = link.position?.end.offset;
  if (s === undefined || e === undefined) return undefined;
  const m = /^\[\^([^\]\s]+)\]/.exec(source.slice(s, e));
  if (m === null || !defined.has(m[1]!.toLowerCase())) return undefined;
  const callEnd = s + m[0].length;
  const pieces: Piece[] = [{ type: 'footnoteReference', label: m[1]!, start: s, end: callEnd }];
  if (callEnd < e) pieces.push({ type: 'text', value: source.slice(callEnd, e), start: callEnd, end: e });
  return pieces;
}

function withPoints(p: Piece, point: (o: number) => Point): Text | FootnoteReference {
  const position = { start: point(p.start), end: point(p.end) };
  return p.type === 'text'
    ? { type: 'text', value: p.value, position }
    : { type: 'footnoteReference', identifier: p.label.toLowerCase(), label: p.label, position };
}
