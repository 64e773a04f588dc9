import type { Diagnostic } from 'vscode-languageserver-types';
import { checkSubmission } from '../engine/check/checkSubmission';
import { formatRecommendationReference } from '../engine/check/citationStyle';
import { resolvePreviousReviews } from '../engine/check/previousReviews';
import { unlinkedRecommendationRule } from '../engine/check/rules/unlinkedRecommendationRule';
import type { CheckSettings } from '../engine/check/settings';
import { citingPlacesOf } from '../engine/coverage/citingPlaces';
import { submissionCoverage } from '../engine/coverage/submissionCoverage';
import type { RecommendationStore } from '../engine/dataset/recommendationStore';
import type { SubmissionDocument } from '../engine/document';
import type { CitationsResponse, CoverageResponse } from '../protocol';

/**
 * The checker's mentions-without-ID for a document. Only that rule runs (its results are
 * memoised per sentence, so this repeats no detection), and it runs even when the
 * drafter switched its warnings off: coverage still wants to know what is mentioned.
 * In-document `upr-disable` comments still apply.
 */
function unlinkedMentions(doc: SubmissionDocument, store: RecommendationStore, settings: CheckSettings): Diagnostic[] {
  const rules = { ...settings.rules };
  delete rules['unlinked-recommendation'];
  return checkSubmission(doc, { store, settings: { ...settings, rules }, rules: [unlinkedRecommendationRule] });
}

/** `upr/coverage`: the coverage of an open submission, or why there is none. */
export function coverageOf(doc: SubmissionDocument | undefined, store: RecommendationStore, settings: CheckSettings): CoverageResponse {
  if (!doc) return { message: 'The document is not open in the language server.' };
  if (!doc.isSubmission) return { message: 'This Markdown file is not a submission: its front matter has no state-under-review.' };
  const resolution = resolvePreviousReviews(doc.frontMatter, store);
  const state = doc.frontMatter?.stateUnderReview?.value;
  if (!resolution.reviews.length) {
    const missing = resolution.missing.map((m) => m.symbol);
    return {
      ...(state ? { stateUnderReview: state } : {}),
      message: missing.length
        ? `The previous review ${missing.join(', ')} is not in the loaded data: import its Working Group report (upr-draft import) to see coverage.`
        : state
          ? `No previous review of ${state.name} is in the loaded data${doc.frontMatter?.cycle ? ` before cycle ${doc.frontMatter.cycle.value}` : ''}.`
          : 'The State under review is not recognised.',
    };
  }
  const coverage = submissionCoverage(doc, unlinkedMentions(doc, store, settings), resolution, store);
  const references: Record<string, string> = {};
  for (const item of coverage.items) references[`${item.document}#${item.id}`] = formatRecommendationReference(item, settings.citationStyle);
  return { ...(state ? { stateUnderReview: state } : {}), coverage, references };
}

/** `upr/citations`: where a submission refers to one recommendation. */
export function citationsOf(doc: SubmissionDocument | undefined, store: RecommendationStore, settings: CheckSettings, document: string, id: string): CitationsResponse {
  if (!doc?.isSubmission) return { places: [] };
  const reviews = resolvePreviousReviews(doc.frontMatter, store).reviews.map((r) => r.document);
  return { places: citingPlacesOf(doc, unlinkedMentions(doc, store, settings), reviews, (d, i) => store.lookup(d, i).length > 0, document, id) };
}

