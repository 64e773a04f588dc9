import type { Finding, Rule } from '../ruleTypes';

/**
 * Missing or invalid front-matter keys. The checks of each key's value are made while
 * parsing (document/frontMatter.ts); this rule adds what needs the data: a
 * `previous-review` that is not loaded, and a State with no earlier review.
 */
export const frontMatterRule: Rule = {
  id: 'front-matter',
  defaultSeverity: 'error',
  description: 'Front matter keys missing or invalid: unknown State, a previous-review symbol not in the data, a bad submission-type.',
  check(ctx) {
    const findings: Finding[] = ctx.doc.frontMatterProblems.map((p) => ({
      range: p.range,
      message: p.message,
      severity: p.severity,
      data: { problem: p.code },
      fixes: (p.suggestions ?? []).slice(0, 5).map((s, i) => ({ title: `Change to "${s}"`, edits: [{ range: p.range, newText: s }], isPreferred: i === 0 })),
    }));
    for (const m of ctx.missingPreviousReviews) {
      findings.push({
        range: m.range,
        message:
          `${m.symbol} is not in the loaded recommendation data, so its recommendations cannot be checked. ` +
          `Import the Working Group report: "upr-draft import <report.pdf> --out ${m.symbol.replace(/\W+/g, '-').toLowerCase()}.upr.json" ` +
          '(or the command "UPR: Import recommendations…"), then keep the .upr.json file in the workspace.',
        data: { problem: 'previous-review-not-loaded', symbol: m.symbol },
      });
    }
    const fm = ctx.doc.frontMatter;
    // A missing submission-type decides the word limit silently: say which one is assumed.
    const typeKeyWritten = fm?.entries.some((e) => e.key === 'submission-type') || ctx.doc.frontMatterProblems.some((p) => p.suggestions?.includes('submission-type'));
    if (fm && !fm.submissionType && !typeKeyWritten) {
      const at = fm.contentRange.end;
      const opening = { start: fm.range.start, end: Math.min(fm.range.start + 3, fm.range.end) };
      findings.push({
        range: opening,
        message: `"submission-type" is missing: the ${ctx.settings.wordLimits.individual.toLocaleString('en-US')}-word limit of an individual submission is assumed. Add "submission-type: joint" for a joint submission (${ctx.settings.wordLimits.joint.toLocaleString('en-US')} words).`,
        severity: 'warning',
        data: { problem: 'missing-submission-type' },
        fixes: (['individual', 'joint'] as const).map((t, i) => ({
          title: `Add "submission-type: ${t}"`,
          edits: [{ range: { start: at, end: at }, newText: `${ctx.doc.text.slice(0, at).endsWith('\n') ? '' : '\n'}submission-type: ${t}\n` }],
          isPreferred: i === 0,
        })),
      });
    }
    const state = fm?.stateUnderReview;
    if (state && !fm?.previousReview?.length && ctx.previousReviews.length === 0) {
      findings.push({
        range: state.range,
        message: `No earlier review of ${state.value.name} is in the loaded data${fm?.cycle ? ` before cycle ${fm.cycle.value}` : ''}; add "previous-review: A/HRC/…" and import that report to check references to its recommendations.`,
        severity: 'warning',
        data: { problem: 'no-previous-review' },
      });
    }
    return findings;
  },
};
