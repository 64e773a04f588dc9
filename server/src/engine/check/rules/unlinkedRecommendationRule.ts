import { detectRecommendationMention, mentionFramed, rankCandidates, type RecommendationCandidate, type RecommendationMention } from '../../recommendations';
import { SentenceMemo } from '../sentenceMemo';
import { formatRecommendationReference } from '../citationStyle';
import type { Finding, Rule } from '../ruleTypes';
import type { Section } from '../../document';

/**
 * A passage that talks about a recommendation of the previous review without saying
 * which ("In 2013 Azerbaijan accepted recommendations to remove obstacles to NGO
 * registration"). Offers the likeliest IDs, best first, as quick fixes that insert a
 * reference in the drafter's citation style after the passage's cue.
 */
const memo = new SentenceMemo<{ mention: RecommendationMention; candidates: RecommendationCandidate[] }>();

export const unlinkedRecommendationRule: Rule = {
  id: 'unlinked-recommendation',
  defaultSeverity: 'warning',
  description: 'A passage that refers to a recommendation of the previous review without its ID.',
  check(ctx) {
    const findings: Finding[] = [];
    const reviewDocuments = ctx.previousReviews.map((r) => r.document);
    for (const block of ctx.doc.blocks) {
      // The submitter's own recommendations are new calls, not references to old ones.
      if (block.inRecommendationsSection || block.kind === 'tableCell') continue;
      // A follow-up section ("Follow-up to the previous review") or the sentence before
      // puts words like "These include recommendations on …" in the previous review's frame.
      const followUpSection = inFollowUpSection(ctx.doc.sections, block.section);
      for (const [i, sentence] of block.sentences.entries()) {
        if (sentence.recommendationReferences.length > 0) continue;
        const context = { previous: block.sentences[i - 1]?.text, followUpSection };
        const framed = mentionFramed(context);
        const { mention, candidates } = memo.get(ctx.store, `${reviewDocuments.join(' ')}\n${framed ? 'F' : '-'}\n${sentence.text}`, () => {
          const m = detectRecommendationMention(sentence.text, context);
          return { mention: m, candidates: m.mentions && reviewDocuments.length ? rankCandidates(m, sentence.text, ctx.store, reviewDocuments, 3) : [] };
        });
        if (!mention.mentions) continue;
        const [cs, ce] = mention.cue ?? [0, sentence.text.length];
        const range = block.inline.sourceRange(sentence.textStart + cs, sentence.textStart + ce);
        // The reference goes in brackets at the end of the sentence, before its full stop.
        const end = sentence.text.replace(/[.;:!?]+["”’)]*\s*$/, '').length;
        const insertAt = block.inline.sourceOffset(sentence.textStart + end);
        findings.push({
          range,
          message:
            'This passage refers to a recommendation of the previous review without its ID, so a reader cannot tell which one is meant.' +
            (candidates.length ? ` Likely: ${candidates.map((c) => `${c.id} (${c.recommendingStates.join(', ')})`).join(', ')}.` : ''),
          data: {
            candidates: candidates.map((c) => ({ document: c.document, id: c.id, recommendingStates: c.recommendingStates, text: c.text, score: Math.round(c.score * 1000) / 1000 })),
            ...(mention.statedResponse ? { statedResponse: mention.statedResponse } : {}),
          },
          fixes: candidates.map((c, i) => {
            const ref = formatRecommendationReference(c, ctx.settings.citationStyle);
            return { title: `Link to ${c.id} (${c.recommendingStates.join(', ')})`, edits: [{ range: { start: insertAt, end: insertAt }, newText: ` (${ref})` }], isPreferred: i === 0 };
          }),
        });
      }
    }
    return findings;
  },
};

/** Is the section, or one enclosing it, a follow-up of the previous review? */
function inFollowUpSection(sections: readonly Section[], index: number | undefined): boolean {
  for (let i = index; i !== undefined; i = sections[i]?.parent) if (sections[i]?.kind === 'follow-up') return true;
  return false;
}
