import { statedResponseNear } from '../../recommendations';
import type { Finding, Rule } from '../ruleTypes';

/**
 * The text says a referenced recommendation was supported/accepted while the record says
 * noted, or the reverse. Only final responses count: a record still "pending" or
 * "unknown" cannot contradict anything.
 */
export const responseMismatchRule: Rule = {
  id: 'response-mismatch',
  defaultSeverity: 'warning',
  description: 'The text says a referenced recommendation was supported while the record says noted, or the reverse.',
  check(ctx) {
    const findings: Finding[] = [];
    const reviewDocuments = ctx.previousReviews.map((r) => r.document);
    for (const block of ctx.doc.blocks) {
      if (block.kind === 'tableCell') continue;
      for (const sentence of block.sentences) {
        for (const ref of sentence.recommendationReferences) {
          const documents = ref.document ? [ref.document] : reviewDocuments;
          const records = documents.flatMap((d) => ctx.store.lookup(d, ref.id));
          const recorded = records[0]?.response.value;
          if (recorded !== 'supported' && recorded !== 'noted') continue;
          // The ID's position in the sentence's plain text, for the nearest response word.
          const idOffset = findPlainOffset(sentence.text, ref.id);
          const stated = statedResponseNear(sentence.text, idOffset);
          if (!stated || stated === recorded) continue;
          const r = records[0]!;
          findings.push({
            range: ref.range,
            message: `The text says ${ref.id} was ${stated === 'supported' ? 'supported' : 'noted (not accepted)'}, but ${r.stateUnderReview.name} ${recorded === 'supported' ? 'supported' : 'noted'} it (${r.document}; ${r.response.source === 'upr-info' ? 'UPR Info' : r.response.source}${r.response.detail ? `: ${r.response.detail}` : ''}).`,
            data: { id: ref.id, document: r.document, stated, recorded },
          });
        }
      }
    }
    return findings;
  },
};

function findPlainOffset(text: string, id: string): number | undefined {
  const m = new RegExp(`(?<![\\d.])${id.replace('.', '\\.')}(?![\\d])`).exec(text);
  return m?.index;
}
