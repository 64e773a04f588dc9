/**
 * The YAML front matter of a submission, read into typed values with the source range
 * of every key and value, and validated key by key. Problems carry the exact range of
 * the offending key or value; malformed YAML is a problem at the parser's position,
 * never an exception. Unknown keys are tolerated (recorded, not reported), except a
 * near miss of a known key ("submision-type"), which would otherwise be silently lost.
 *
 * A Markdown file is a submission when its front matter has `state-under-review`
 * (whatever its value): other Markdown files are left alone.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode, type Pair } from 'yaml';
import type { StateRef } from '../model/recommendation';
import { cycleOfSession } from '../model/cycles';
import { resolveState } from '../model/states';
import type { OffsetRange } from './positions';
import { editDistance, nearestStateNames } from './stateSuggestions';
import { WG_REPORT_SYMBOL } from './unSymbols';

export type SubmissionType = 'joint' | 'individual';
export const SUBMISSION_TYPES: readonly SubmissionType[] = ['joint', 'individual'];
export const FRONT_MATTER_KEYS = ['state-under-review', 'cycle', 'session', 'previous-review', 'submission-type', 'submitted-by'] as const;
export type FrontMatterKey = (typeof FRONT_MATTER_KEYS)[number];

/** A value with the range it was read from. */
export interface Located<T> {
  value: T;
  range: OffsetRange;
}

/** One top-level key of the front matter, known or not. */
export interface FrontMatterEntry {
  key: string;
  keyRange: OffsetRange;
  /** Absent for a key with no value (`cycle:`). */
  valueRange?: OffsetRange;
  known: boolean;
}

export interface FrontMatter {
  /** From the opening `---` to the end of the closing `---` line. */
  range: OffsetRange;
  /** The YAML text between the fences. */
  contentRange: OffsetRange;
  entries: FrontMatterEntry[];
  /** `state-under-review` as written (present whenever the key has a scalar value). */
  stateUnderReviewText?: Located<string>;
  /** The State it resolves to (absent when unknown). */
  stateUnderReview?: Located<StateRef>;
  cycle?: Located<number>;
  session?: Located<number>;
  /** One WG report symbol per item (a single symbol gives one item). Only well-formed symbols. */
  previousReview?: Array<Located<string>>;
  submissionType?: Located<SubmissionType>;
  submittedBy?: Array<Located<string>>;
}

export type FrontMatterProblemCode =
  | 'yaml-syntax'
  | 'not-a-mapping'
  | 'unknown-state'
  | 'invalid-value'
  | 'invalid-cycle'
  | 'invalid-session'
  | 'session-cycle-mismatch'
  | 'invalid-symbol'
  | 'invalid-submission-type'
  | 'empty-value'
  | 'unknown-key';

export interface FrontMatterProblem {
  code: FrontMatterProblemCode;
  message: string;
  range: OffsetRange;
  /** Replacement values to offer as quick fixes (State names, symbols, keys, allowed values). */
  suggestions?: string[];
  /** `warning` for tolerable issues (a key that looks like a misspelt known key); otherwise `error`. */
  severity: 'error' | 'warning';
}

export interface FrontMatterResult {
  /** Absent when the text has no front matter block. */
  frontMatter?: FrontMatter;
  problems: FrontMatterProblem[];
  /** The front matter has a `state-under-review` key. */
  isSubmission: boolean;
}

const FENCE = /^---[ \t]*$/;

/**
 * Finds the front matter block the way remark-frontmatter does: a `---` line at the very
 * start, closed by the next `---` line (trailing spaces allowed). Unclosed: no block.
 */
export function findFrontMatterBlock(text: string): { range: OffsetRange; contentRange: OffsetRange } | undefined {
  const firstEol = lineEnd(text, 0);
  if (!FENCE.test(text.slice(0, firstEol))) return undefined;
  if (firstEol >= text.length) return undefined;
  const contentStart = nextLine(text, firstEol);
  let lineStart = contentStart;
  for (;;) {
    const eol = lineEnd(text, lineStart);
    if (FENCE.test(text.slice(lineStart, eol))) {
      return { range: { start: 0, end: eol }, contentRange: { start: contentStart, end: lineStart } };
    }
    if (eol >= text.length) return undefined;
    lineStart = nextLine(text, eol);
  }
}

function lineEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}
function nextLine(text: string, eol: number): number {
  if (text[eol] === '\r' && text[eol + 1] === '\n') return eol + 2;
  return Math.min(text.length, eol + 1);
}

/** Reads and validates the front matter of `text` (the whole document). */
export function parseFrontMatter(text: string): FrontMatterResult {
  const block = findFrontMatterBlock(text);
  if (block === undefined) return { problems: [], isSubmission: false };
  return readFrontMatter(text, block.range, block.contentRange);
}

/** Reads the front matter whose block and YAML content ranges are known. */
export function readFrontMatter(text: string, range: OffsetRange, contentRange: OffsetRange): FrontMatterResult {
  const base = contentRange.start;
  const yamlText = text.slice(contentRange.start, contentRange.end);
  const fm: FrontMatter = { range, contentRange, entries: [] };
  const problems: FrontMatterProblem[] = [];
  const at = (r: readonly number[] | null | undefined, fallback: OffsetRange = contentRange): OffsetRange =>
    r === null || r === undefined || r.length < 2 ? fallback : { start: base + r[0]!, end: base + r[1]! };
  const problem = (code: FrontMatterProblemCode, message: string, r: OffsetRange, suggestions?: string[], severity: 'error' | 'warning' = 'error'): void => {
    const p: FrontMatterProblem = { code, message, range: r, severity };
    if (suggestions !== undefined && suggestions.length > 0) p.suggestions = suggestions;
    problems.push(p);
  };

  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
  } catch (e) {
    // The parser reports errors in `doc.errors`; this is only a last guard.
    problem('yaml-syntax', `Front matter is not valid YAML: ${(e as Error).message}`, range);
    return { frontMatter: fm, problems, isSubmission: false };
  }
  for (const err of doc.errors) {
    const r = at(err.pos);
    problem('yaml-syntax', `Front matter is not valid YAML: ${firstLine(err.message)}`, r.end > r.start ? r : { start: r.start, end: Math.min(contentRange.end, r.start + 1) });
  }

  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) {
    return { frontMatter: fm, problems, isSubmission: false };
  }
  if (!isMap(contents)) {
    if (doc.errors.length === 0) {
      problem('not-a-mapping', 'Front matter must be "key: value" lines, e.g. "state-under-review: Azerbaijan".', at(contents.range));
    }
    return { frontMatter: fm, problems, isSubmission: false };
  }

  let isSubmission = false;
  for (const pair of contents.items as Array<Pair<unknown, unknown>>) {
    const keyNode = pair.key as YamlNode | null;
    if (!isScalar(keyNode)) continue;
    const key = String(keyNode.value);
    const keyRange = at(keyNode.range);
    const valueNode = pair.value as YamlNode | null;
    const valueRange = valueNode?.range ? at(valueNode.range) : undefined;
    const known = (FRONT_MATTER_KEYS as readonly string[]).includes(key);
    const entry: FrontMatterEntry = { key, keyRange, known };
    if (valueRange !== undefined && valueRange.end > valueRange.start) entry.valueRange = valueRange;
    fm.entries.push(entry);
    if (!known) {
      const near = nearestKey(key);
      if (near !== undefined) {
        problem('unknown-key', `Unknown front matter key "${key}"; did you mean "${near}"?`, keyRange, [near], 'warning');
      }
      continue;
    }
    if (key === 'state-under-review') isSubmission = true;
    const emptyAt = valueRange !== undefined && valueRange.end > valueRange.start ? valueRange : keyRange;
    if (valueNode === null || valueNode === undefined || (isScalar(valueNode) && (valueNode.value === null || String(valueNode.value).trim() === ''))) {
      problem('empty-value', `"${key}" has no value.${HINTS[key as FrontMatterKey]}`, emptyAt);
      continue;
    }
    const vr = valueRange!;
    switch (key as FrontMatterKey) {
      case 'state-under-review': {
        if (!isScalar(valueNode) || typeof valueNode.value !== 'string') {
          problem('invalid-value', `"state-under-review" must be one State name or ISO3 code, e.g. "Azerbaijan" or "AZE".`, vr);
          break;
        }
        const written = valueNode.value.trim();
        fm.stateUnderReviewText = { value: written, range: vr };
        const state = resolveState(written);
        if (state !== undefined) {
          fm.stateUnderReview = { value: state, range: vr };
        } else {
          const near = nearestStateNames(written);
          const hint = near.length > 0 ? ` Did you mean ${near.map((n) => `"${n}"`).join(', ')}?` : ' Use the UN short name or the ISO3 code, e.g. "Azerbaijan" or "AZE".';
          problem('unknown-state', `Unknown State "${written}".${hint}`, vr, near);
        }
        break;
      }
      case 'cycle': {
        const n = integerOf(valueNode);
        if (n === undefined || n < 1 || n > 9) {
          problem('invalid-cycle', `"cycle" must be a whole number from 1 (the UPR cycle of the review this submission is for, e.g. 3 for 2017–2022).`, vr);
        } else fm.cycle = { value: n, range: vr };
        break;
      }
      case 'session': {
        const n = integerOf(valueNode);
        if (n === undefined || n < 1 || n > 200) {
          problem('invalid-session', `"session" must be the number of the UPR Working Group session, e.g. 30.`, vr);
        } else fm.session = { value: n, range: vr };
        break;
      }
      case 'previous-review': {
        const items = isSeq(valueNode) ? (valueNode.items as YamlNode[]) : [valueNode];
        const symbols: Array<Located<string>> = [];
        for (const item of items) {
          const r = at(item?.range, vr);
          if (!isScalar(item) || typeof item.value !== 'string') {
            problem('invalid-symbol', `"previous-review" must be the symbol of a Working Group report, e.g. A/HRC/24/13.`, r);
            continue;
          }
          const written = item.value.trim();
          if (WG_REPORT_SYMBOL.test(written)) {
            symbols.push({ value: written, range: r });
            continue;
          }
          const fixed = suggestSymbol(written);
          const hint = fixed !== undefined ? ` Did you mean ${fixed}?` : '';
          problem(
            'invalid-symbol',
            `"${written}" is not the symbol of a Working Group report; expected A/HRC/<session>/<number>, e.g. A/HRC/24/13.${hint}`,
            r,
            fixed !== undefined ? [fixed] : undefined,
          );
        }
        if (symbols.length > 0) fm.previousReview = symbols;
        break;
      }
      case 'submission-type': {
        const v = isScalar(valueNode) ? String(valueNode.value).trim().toLowerCase() : '';
        if (v === 'joint' || v === 'individual') fm.submissionType = { value: v, range: vr };
        else {
          problem('invalid-submission-type', `"submission-type" must be one of: joint, individual.`, vr, [...SUBMISSION_TYPES]);
        }
        break;
      }
      case 'submitted-by': {
        const items = isSeq(valueNode) ? (valueNode.items as YamlNode[]) : [valueNode];
        const names: Array<Located<string>> = [];
        for (const item of items) {
          const r = at(item?.range, vr);
          if (isScalar(item) && (typeof item.value === 'string' || typeof item.value === 'number') && String(item.value).trim() !== '') {
            names.push({ value: String(item.value).trim(), range: r });
          } else {
            problem('invalid-value', `"submitted-by" must list the submitting organisations, one name per line ("- Name").`, r);
          }
        }
        if (names.length > 0) fm.submittedBy = names;
        break;
      }
    }
  }

  if (fm.cycle !== undefined && fm.session !== undefined) {
    const c = cycleOfSession(fm.session.value);
    if (c !== undefined && c !== fm.cycle.value) {
      problem('session-cycle-mismatch', `Working Group session ${fm.session.value} belongs to cycle ${c}, not cycle ${fm.cycle.value}.`, fm.session.range);
    }
  }
  return { frontMatter: fm, problems, isSubmission };
}

const HINTS: Record<FrontMatterKey, string> = {
  'state-under-review': ' Give the State, e.g. "Azerbaijan".',
  cycle: ' Give the UPR cycle, e.g. 3.',
  session: ' Give the Working Group session, e.g. 30.',
  'previous-review': ' Give the report symbol, e.g. A/HRC/24/13.',
  'submission-type': ' Use joint or individual.',
  'submitted-by': ' List the submitting organisations.',
};

function firstLine(s: string): string {
  return s.split(/\r?\n/)[0]!.trim();
}

function integerOf(node: YamlNode): number | undefined {
  if (!isScalar(node)) return undefined;
  const v = node.value;
  if (typeof v === 'number') return Number.isInteger(v) ? v : undefined;
  if (typeof v === 'string' && /^\s*\d+\s*$/.test(v)) return Number(v);
  return undefined;
}

/** A known key that an unknown key probably meant (case, `_`, spaces, camelCase, typos). */
function nearestKey(key: string): string | undefined {
  const norm = key
    .replace(/([a-z])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[_\s]+/g, '-')
    .trim();
  let best: { key: string; d: number } | undefined;
  for (const k of FRONT_MATTER_KEYS) {
    const d = editDistance(norm, k, 3);
    if (d <= (k.length > 6 ? 3 : 1) && (best === undefined || d < best.d)) best = { key: k, d };
  }
  return best?.key;
}

/** A well-formed symbol for a near miss: lower case, spaces, an addendum, "HRC/24/13". */
function suggestSymbol(written: string): string | undefined {
  const s = written.toUpperCase().replace(/\s+/g, '').replace(/\/ADD\.\d+$/, '');
  if (WG_REPORT_SYMBOL.test(s)) return s;
  if (/^HRC\/\d{1,3}\/\d{1,3}$/.test(s)) return `A/${s}`;
  return undefined;
}
