import { DiagnosticSeverity, type Diagnostic, type TextEdit } from 'vscode-languageserver-types';
import type { RecommendationStore } from '../dataset/recommendationStore';
import type { SubmissionDocument } from '../document';
import { resolvePreviousReviews } from './previousReviews';
import type { RuleId } from './ruleIds';
import type { Fix, Rule, RuleContext } from './ruleTypes';
import { ALL_RULES } from './rules';
import type { CheckSettings, SeveritySetting } from './settings';
import { readSuppressions } from './suppressions';

/** A quick fix as it travels in `diagnostic.data.fixes`: LSP text edits. */
export interface DiagnosticFix {
  title: string;
  edits: TextEdit[];
  isPreferred?: boolean;
  /** The edits' text holds snippet placeholders (`${1:source}`). */
  snippet?: boolean;
}

/** What `diagnostic.data` holds for every UPR Draft diagnostic. */
export interface DiagnosticData extends Record<string, unknown> {
  rule: RuleId;
  fixes: DiagnosticFix[];
}

const SEVERITY: Record<Exclude<SeveritySetting, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export interface CheckOptions {
  store: RecommendationStore;
  settings: CheckSettings;
  rules?: readonly Rule[];
}

/**
 * Runs every enabled rule on an analysed submission and returns LSP diagnostics
 * (0-based ranges, `code` = rule id, `source` = "upr", quick fixes in `data.fixes`).
 * The language server publishes these as they are; the CLI prints them. A document
 * that is not a submission (no `state-under-review`) gets none.
 */
export function checkSubmission(doc: SubmissionDocument, options: CheckOptions): Diagnostic[] {
  if (!doc.isSubmission) return [];
  const { store, settings } = options;
  const resolution = resolvePreviousReviews(doc.frontMatter, store);
  const ctx: RuleContext = { doc, store, settings, previousReviews: resolution.reviews, missingPreviousReviews: resolution.missing };
  const suppressions = readSuppressions(doc.text);
  const diagnostics: Diagnostic[] = [];
  for (const rule of options.rules ?? ALL_RULES) {
    const configured = settings.rules[rule.id];
    if (configured === 'off') continue;
    for (const f of rule.check(ctx)) {
      const range = doc.lineIndex.rangeOf(f.range);
      if (suppressions.isSuppressed(rule.id, range.start.line)) continue;
      const data: DiagnosticData = { ...(f.data ?? {}), rule: rule.id, fixes: (f.fixes ?? []).map((fix) => toDiagnosticFix(fix, doc)) };
      diagnostics.push({
        range,
        // A configured severity wins; otherwise the finding's own, then the rule's default.
        severity: SEVERITY[configured ?? f.severity ?? rule.defaultSeverity],
        code: rule.id,
        source: 'upr',
        message: f.message,
        data,
      });
    }
  }
  return diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

function toDiagnosticFix(fix: Fix, doc: SubmissionDocument): DiagnosticFix {
  const out: DiagnosticFix = { title: fix.title, edits: fix.edits.map((e) => ({ range: doc.lineIndex.rangeOf(e.range), newText: e.newText })) };
  if (fix.isPreferred) out.isPreferred = true;
  if (fix.snippet) out.snippet = true;
  return out;
}

/** A snippet's text as plain text, for clients that cannot insert snippets: `${1:source}` → `source`. */
export function snippetToPlainText(snippet: string): string {
  return snippet.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '').replace(/\\([$}\\])/g, '$1');
}
