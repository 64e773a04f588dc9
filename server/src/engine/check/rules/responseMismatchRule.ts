import { statedResponseNear } from '../../recommendations';
import type { Recommendation } from '../../model/recommendation';
import type { Finding, Rule } from '../ruleTypes';
import { tableRows } from '../tableRows';

/**
 * The text says a referenced recommendation was supported/accepted while the record says
 * noted, or the reverse — in a sentence, or in a follow-up table's response column for the
 * row's ID. Only final responses count: a record still "pending" or
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
          const record = recordFor(documents.flatMap((d) => ctx.store.lookup(d, ref.id)), ref.recommendingStates);
          const recorded = record?.response.value;
          if (!record || (recorded !== 'supported' && recorded !== 'noted')) continue;
          // The ID's position in the sentence's plain text, for the nearest response word.
          const idOffset = findPlainOffset(sentence.text, ref.id);
          const stated = statedResponseNear(sentence.text, idOffset);
          if (!stated || stated === recorded) continue;
          const r = record;
          findings.push({
            range: ref.range,
            message: mismatchMessage('text', ref.id, stated, r),
            data: { id: ref.id, document: r.document, stated, recorded },
          });
        }
      }
    }
    findings.push(...tableMismatches(ctx));
    return findings;
  },
};

/** A follow-up table's column of the State's answers ("Response", "Position", "Supported/Noted"). */
const RESPONSE_HEADER = /^(?:(?:the\s+)?(?:state(?:['’]s)?\s+)?(?:response|position|answer|reply)|(?:supported|accepted)\s*[/|]\s*(?:noted|rejected)|(?:UPR\s+)?(?:response|position)\s+(?:in|at)\s+\d{4})$/i;

/**
 * In a follow-up table with an ID column and a response column, a row whose response cell
 * says "Supported" for a recommendation the record says was noted, or the reverse.
 */
function tableMismatches(ctx: Parameters<Rule['check']>[0]): Finding[] {
  const findings: Finding[] = [];
  const reviewDocuments = ctx.previousReviews.map((r) => r.document);
  const rowsByTable = tableRows(ctx.doc);
  ctx.doc.tables.forEach((table, index) => {
    if (table.idColumn === undefined) return;
    const responseColumn = table.headers.findIndex((h) => RESPONSE_HEADER.test(h.trim()));
    if (responseColumn < 0) return;
    for (const row of rowsByTable.get(index)?.values() ?? []) {
      const id = row.get(table.idColumn);
      const response = row.get(responseColumn);
      const ref = id?.recommendationReferences[0];
      const answer = response?.text.trim() ?? '';
      const stated = /^(?:supported|accepted)\b/i.test(answer) ? 'supported' : /^(?:noted|rejected|not\s+(?:supported|accepted))\b/i.test(answer) ? 'noted' : undefined;
      if (!ref || !response || !stated) continue;
      const r = recordFor((ref.document ? [ref.document] : reviewDocuments).flatMap((d) => ctx.store.lookup(d, ref.id)), ref.recommendingStates);
      const recorded = r?.response.value;
      if (!r || (recorded !== 'supported' && recorded !== 'noted') || stated === recorded) continue;
      findings.push({
        range: response.range,
        message: mismatchMessage('table', ref.id, stated, r),
        data: { id: ref.id, document: r.document, stated, recorded },
      });
    }
  });
  return findings;
}

/**
 * The record a reference means. Some IDs were answered in parts, State by State ("77.14: noted for Chile, Germany and
 * Türkiye, supported for Slovenia"): the reference's State picks its part; without one, parts that disagree say nothing.
 */
function recordFor(records: readonly Recommendation[], states: readonly string[] | undefined): Recommendation | undefined {
  if (records.length <= 1) return records[0];
  const named = states?.length ? records.filter((r) => r.recommendingStates.some((s) => states.includes(s))) : [];
  const candidates = named.length > 0 ? named : records;
  return candidates.every((r) => r.response.value === candidates[0]!.response.value) ? candidates[0] : undefined;
}

function mismatchMessage(where: 'text' | 'table', id: string, stated: 'supported' | 'noted', r: Recommendation): string {
  const recorded = r.response.value === 'supported' ? 'supported' : 'noted';
  const source = `${r.response.source === 'upr-info' ? 'UPR Info' : r.response.source}${r.response.detail ? `: ${r.response.detail}` : ''}`;
  return `The ${where} says ${id} was ${stated === 'supported' ? 'supported' : 'noted (not accepted)'}, but ${r.stateUnderReview.name} ${recorded} it (${r.document}; ${source}).`;
}

function findPlainOffset(text: string, id: string): number | undefined {
  const m = new RegExp(`(?<![\\d.])${id.replace('.', '\\.')}(?![\\d])`).exec(text);
  return m?.index;
}
