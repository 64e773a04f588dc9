import { findStateNames } from '../../recommendations/stateNames';
import { detectRecommendationMention, listIntroduced, mentionFramed, rankCandidates, type RecommendationCandidate, type RecommendationMention } from '../../recommendations';
import { ListLeadIns } from '../listLeadIns';
import { tableRows } from '../tableRows';
import { SentenceMemo } from '../sentenceMemo';
import { formatRecommendationReference } from '../citationStyle';
import type { CitationStyle } from '../settings';
import type { Finding, Fix, Rule } from '../ruleTypes';
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
    const leadIns = new ListLeadIns();
    for (const block of ctx.doc.blocks) {
      const leadIn = leadIns.next(block);
      // The submitter's own recommendations are new calls, not references to old ones.
      if (block.inRecommendationsSection || block.kind === 'tableCell') continue;
      // A follow-up section ("Follow-up to the previous review") or the sentence before
      // puts words like "These include recommendations on …" in the previous review's frame.
      const followUpSection = inFollowUpSection(ctx.doc.sections, block.section);
      for (const [i, sentence] of block.sentences.entries()) {
        // A sentence that gives IDs is linked, but a clause after its last ID may name another
        // recommendation without one ("… 116.106 (Republic of Korea) …, and the recommendation of New Zealand on …").
        const from = sentence.recommendationReferences.length > 0 ? afterLastId(sentence.text, sentence.recommendationReferences.map((r) => r.id)) : 0;
        if (from === undefined) continue;
        const text = sentence.text.slice(from);
        const context = i === 0 ? { previous: leadIn, leadIn, followUpSection } : { previous: block.sentences[i - 1]?.text, followUpSection };
        const frame = `${mentionFramed(context) ? 'F' : '-'}${listIntroduced(context) ? 'L' : '-'}`;
        const { mention, candidates } = memo.get(ctx.store, `${reviewDocuments.join(' ')}\n${frame}\n${text}`, () => {
          const m = detectRecommendationMention(text, context);
          return { mention: m, candidates: m.mentions && reviewDocuments.length ? rankCandidates(m, text, ctx.store, reviewDocuments, 3) : [] };
        });
        // After an ID, only another recommending State makes it another recommendation ("…, the only recommendation of the second review that …" is the same one).
        if (!mention.mentions || (from > 0 && mention.states.length === 0)) continue;
        const [cs, ce] = (mention.cue ?? [0, text.length]).map((x) => x + from) as [number, number];
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
            candidates: candidateData(candidates),
            ...(mention.statedResponse ? { statedResponse: mention.statedResponse } : {}),
          },
          fixes: linkFixes(candidates, insertAt, ctx.settings.citationStyle),
        });
      }
    }
    findings.push(...unlinkedTableRows(ctx, reviewDocuments));
    return findings;
  },
};

/**
 * A follow-up table whose recommendation column holds the recommendation's words instead
 * of its ID ("| Ensure food, drinking water and medical care in prisons | Austria |
 * Supported | Not implemented |"): each such row, with a recommending State in its State
 * column, is an unlinked reference; the State narrows the candidates.
 */
function unlinkedTableRows(ctx: Parameters<Rule['check']>[0], reviewDocuments: string[]): Finding[] {
  const findings: Finding[] = [];
  const rowsByTable = tableRows(ctx.doc);
  ctx.doc.tables.forEach((table, index) => {
    const { idColumn, stateColumn } = table;
    if (idColumn === undefined || stateColumn === undefined) return;
    for (const row of rowsByTable.get(index)?.values() ?? []) {
      const cell = row.get(idColumn);
      if (!cell || cell.inRecommendationsSection) continue;
      // An ID anywhere at its start ("135.73 – criminalise torture …") is a reference, even with words after it.
      if (cell.recommendationReferences.length > 0 || /^\s*(?:[A-Z]+\/[\w./]+,?\s*)?(?:paras?\.\s*)?\d{1,3}\.\d{1,3}\b/.test(cell.text) || cell.text.trim().split(/\s+/).length < 3) continue;
      const stateCell = row.get(stateColumn);
      const states = stateCell ? findStateNames(stateCell.text).map((st) => st.name) : [];
      if (states.length === 0) continue;
      const mention: RecommendationMention = { mentions: true, topic: cell.text, states };
      const candidates = reviewDocuments.length ? rankCandidates(mention, cell.text, ctx.store, reviewDocuments, 3) : [];
      const at = cell.inline.sourceOffset(cell.text.trimEnd().length);
      findings.push({
        range: cell.range,
        message:
          'This row quotes a recommendation of the previous review without its ID.' +
          (candidates.length ? ` Likely: ${candidates.map((c) => `${c.id} (${c.recommendingStates.join(', ')})`).join(', ')}.` : ''),
        data: { candidates: candidateData(candidates) },
        fixes: linkFixes(candidates, at, ctx.settings.citationStyle),
      });
    }
  });
  return findings;
}

/** Where the text after the sentence's last ID starts, when enough of it is left to name another recommendation. */
function afterLastId(text: string, ids: readonly string[]): number | undefined {
  let end = -1;
  for (const id of ids) {
    const re = new RegExp(`(?<![\\d.])${id.replace('.', '\\.')}(?!\\d)(?:\\s*\\([^()]*\\))?`, 'g');
    for (const m of text.matchAll(re)) end = Math.max(end, m.index + m[0].length);
  }
  if (end < 0) return undefined;
  return text.slice(end).split(/\s+/).filter((w) => /\p{L}{3,}/u.test(w)).length >= 6 ? end : undefined;
}

/** The candidates as `data.candidates` carries them. */
function candidateData(candidates: readonly RecommendationCandidate[]): object[] {
  return candidates.map((c) => ({ document: c.document, id: c.id, recommendingStates: c.recommendingStates, text: c.text, score: Math.round(c.score * 1000) / 1000 }));
}

/** "Link to 109.118 (Norway)" for each candidate, best first: a reference in the drafter's citation style inserted at `at`. */
function linkFixes(candidates: readonly RecommendationCandidate[], at: number, style: CitationStyle): Fix[] {
  return candidates.map((c, i) => ({ title: `Link to ${c.id} (${c.recommendingStates.join(', ')})`, edits: [{ range: { start: at, end: at }, newText: ` ${bracketed(c, style)}` }], isPreferred: i === 0 }));
}

/** The reference in brackets after the passage: "(109.118, Norway)" rather than "(109.118 (Norway))" — one of the forms the checker reads. */
function bracketed(c: RecommendationCandidate, style: CitationStyle): string {
  if (style === 'id-state' && c.recommendingStates.length > 0) return `(${c.id}, ${c.recommendingStates.join(', ')})`;
  return `(${formatRecommendationReference(c, style)})`;
}

/** Is the section, or one enclosing it, a follow-up of the previous review? */
function inFollowUpSection(sections: readonly Section[], index: number | undefined): boolean {
  for (let i = index; i !== undefined; i = sections[i]?.parent) if (sections[i]?.kind === 'follow-up') return true;
  return false;
}
