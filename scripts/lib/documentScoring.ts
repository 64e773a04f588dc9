/**
 * Scores the checker on labelled draft submissions (test/fixtures/eval/documents): each
 * `<name>.md` with a `<name>.labels.json` beside it is checked as `upr-draft check` does
 * (bundled data, default settings), and every diagnostic is matched against the labelled
 * findings. Used by scripts/evaluate-documents.ts and by the guard test.
 *
 * A labelled finding `{rule, anchor, gold?, borderline?}` is matched by a diagnostic of
 * its rule in the same sentence as the anchor (for `uncited-claim`,
 * `unlinked-recommendation`, `response-mismatch`: a diagnostic may underline only the words
 * that triggered it) or overlapping the anchor (an ID, an endnote marker). Per rule: a
 * matched finding is a true positive, an unmatched one a false negative, a diagnostic
 * matching no finding a false positive; borderline findings count neither way. For
 * `unlinked-recommendation`, also whether a gold ID is among the 3 candidates.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { checkSubmission } from '../../server/src/engine/check/checkSubmission';
import { DEFAULT_SETTINGS } from '../../server/src/engine/check/settings';
import type { RecommendationStore } from '../../server/src/engine/dataset/recommendationStore';
import { parseSubmission, type SubmissionDocument } from '../../server/src/engine/document';
import { LineIndex } from '../../server/src/engine/document/positions';

export interface LabelledFinding {
  rule: string;
  anchor: string;
  gold?: { document: string; id: string }[];
  borderline?: boolean;
  note?: string;
}

export interface Labels {
  file: string;
  split?: string;
  findings: LabelledFinding[];
}

/** The rules scored; the others (word-limit, front-matter, weak-recommendation) are only counted. */
export const SCORED_RULES = ['uncited-claim', 'unlinked-recommendation', 'unknown-recommendation', 'response-mismatch', 'footnote'] as const;
/** Rules whose findings are about a sentence (the others point at an ID or a marker). */
const SENTENCE_RULES = new Set(['uncited-claim', 'unlinked-recommendation', 'response-mismatch']);

export interface RuleScore {
  rule: string;
  tp: number;
  fp: number;
  fn: number;
  /** Borderline findings, counted neither way. */
  ignored: number;
  /** Matched findings with gold IDs, and how many had one among the first / first 3 candidates. */
  withGold: number;
  top1: number;
  top3: number;
  precision: number;
  recall: number;
}

export interface DocumentScores {
  documents: number;
  words: number;
  checkMs: number;
  rules: RuleScore[];
  /** Diagnostics of rules not scored, by rule. */
  other: Record<string, number>;
  /** Every error, readable: FN, FP, TOP3 misses, anchors not found. */
  errors: string[];
}

/**
 * The unit a finding of `rule` at [start, end) is about, as a source range: for the sentence rules,
 * its sentence (a table row, for a table); for the others, the span itself.
 */
export function findingUnits(text: string, lines: LineIndex, doc: SubmissionDocument): (rule: string, start: number, end: number) => [number, number] {
  const sentenceRanges = doc.blocks.flatMap((b) => b.sentences.map((s) => s.range));
  return (rule, start, end) => {
    if (!SENTENCE_RULES.has(rule)) return [start, Math.max(end, start + 1)];
    // In a table, a finding is about the row (the response cell, the ID cell).
    const line = lines.positionAt(start).line;
    if (/^\s*\|/.test(text.slice(lines.lineStart(line), lines.lineEnd(line)))) return [lines.lineStart(line), Math.max(lines.lineEnd(line), end)];
    const s = sentenceRanges.find((r) => r.start <= start && start < Math.max(r.end, r.start + 1));
    return s ? [Math.min(s.start, start), Math.max(s.end, end)] : [start, Math.max(end, start + 1)];
  };
}

function candidatesOf(d: Diagnostic): { document: string; id: string }[] {
  const data = d.data as { candidates?: { document: string; id: string }[] } | undefined;
  return data?.candidates ?? [];
}

/** Scores the labelled documents of `dir` whose split is `split` ('all': every one). */
export function scoreDocuments(dir: string, split: string, store: RecommendationStore): DocumentScores {
  const tallies = new Map<string, Omit<RuleScore, 'rule' | 'precision' | 'recall'>>(SCORED_RULES.map((r) => [r, { tp: 0, fp: 0, fn: 0, ignored: 0, withGold: 0, top1: 0, top3: 0 }]));
  const other: Record<string, number> = {};
  const errors: string[] = [];
  let documents = 0;
  let words = 0;
  let checkMs = 0;
  for (const labelFile of fs.readdirSync(dir).filter((f) => f.endsWith('.labels.json')).sort()) {
    const labels = JSON.parse(fs.readFileSync(path.join(dir, labelFile), 'utf8')) as Labels;
    if (split !== 'all' && labels.split !== split) continue;
    const text = fs.readFileSync(path.join(dir, labels.file), 'utf8');
    const lines = new LineIndex(text);
    documents++;
    words += text.split(/\s+/).filter(Boolean).length;
    const t0 = performance.now();
    const doc = parseSubmission(text);
    const diagnostics = checkSubmission(doc, { store, settings: DEFAULT_SETTINGS });
    checkMs += performance.now() - t0;
    const widen = findingUnits(text, lines, doc);
    const lineOf = (offset: number): number => lines.positionAt(offset).line + 1;
    const excerpt = (start: number, end: number): string => text.slice(start, end).replace(/\s+/g, ' ').slice(0, 400);
    const used = new Set<Diagnostic>();
    for (const f of labels.findings) {
      const at = text.indexOf(f.anchor);
      if (at < 0) {
        errors.push(`${labels.file}: anchor not found: ${JSON.stringify(f.anchor)}`);
        continue;
      }
      const tally = tallies.get(f.rule);
      if (!tally) continue;
      const [from, to] = widen(f.rule, at, at + f.anchor.length);
      const match = diagnostics.find((d) => {
        if (d.code !== f.rule) return false;
        const r = lines.offsetRangeOf(d.range);
        const [dFrom, dTo] = widen(f.rule, r.start, r.end);
        return dFrom < to && from < dTo;
      });
      if (match) used.add(match);
      // Labels are per sentence: every diagnostic of the rule in the finding's sentence is covered by it
      // ("both of these recommendations (paras. 140.25 and 140.26)" is one finding, two diagnostics).
      if (match && SENTENCE_RULES.has(f.rule)) {
        for (const d of diagnostics) {
          if (d.code !== f.rule || used.has(d)) continue;
          const r = lines.offsetRangeOf(d.range);
          const [dFrom, dTo] = widen(f.rule, r.start, r.end);
          if (dFrom < to && from < dTo) used.add(d);
        }
      }
      if (f.borderline) {
        tally.ignored++;
        continue;
      }
      if (!match) {
        tally.fn++;
        errors.push(`FN ${f.rule} ${labels.file}:${lineOf(at)}: ${excerpt(lines.lineStart(lineOf(at) - 1), lines.lineEnd(lineOf(at) - 1))}\n   anchor: ${f.anchor}${f.note ? `\n   note: ${f.note}` : ''}`);
        continue;
      }
      tally.tp++;
      if (f.rule === 'unlinked-recommendation' && f.gold?.length) {
        tally.withGold++;
        const gold = new Set(f.gold.map((g) => `${g.document} ${g.id}`));
        const candidates = candidatesOf(match).map((c) => `${c.document} ${c.id}`);
        if (candidates.slice(0, 1).some((c) => gold.has(c))) tally.top1++;
        if (candidates.slice(0, 3).some((c) => gold.has(c))) tally.top3++;
        else errors.push(`TOP3 ${labels.file}:${lineOf(at)}: ${f.anchor}\n   gold: ${[...gold].join(', ')}\n   got: ${candidates.join(', ')}`);
      }
    }
    for (const d of diagnostics) {
      const rule = String(d.code);
      const tally = tallies.get(rule);
      if (!tally) {
        other[rule] = (other[rule] ?? 0) + 1;
        continue;
      }
      if (used.has(d)) continue;
      tally.fp++;
      const r = lines.offsetRangeOf(d.range);
      errors.push(`FP ${rule} ${labels.file}:${d.range.start.line + 1}: ${excerpt(r.start, r.end)}\n   message: ${d.message}`);
    }
  }
  const ratio = (a: number, b: number): number => (b === 0 ? NaN : a / b);
  const rules = [...tallies].map(([rule, t]) => ({ rule, ...t, precision: ratio(t.tp, t.tp + t.fp), recall: ratio(t.tp, t.tp + t.fn) }));
  return { documents, words, checkMs, rules, other, errors };
}
