import { assessClaim, type ClaimAssessment, type ClaimContext } from '../claims';
import { findRecommendationReferences } from '../document/recommendationReferences';
import { detectRecommendationMention } from '../recommendations';

/** What continues the record after a clause break: another answer, another State's call, "a fourth". */
const CONTINUES = String.raw`(?!(?:accepting|supporting|noting|rejecting)\s|(?:also\s+)?(?:noted|supported|accepted|rejected)\s+(?:those|the\s+(?:ones|others|recommendations?|calls?))\b|(?:a|the)\s+(?:second|third|fourth|fifth|other|further)\b|another\b|(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*(?:\s+(?:to|on|for|called|urged|asked|recommended)\b|['’]s\s+(?:calls?|recommendations?|requests?|appeals?|proposals?)\b))`;
/** Where a clause about something else begins after the record: "; …", ": …", ", and in 2012 it …", ", but …" (not ", and Norway to …"). */
const NEXT_CLAUSE = new RegExp(String.raw`[;:]|,\s*(?:and|but|while|whereas|yet|who|whose|where|when|although|though|even\s+though)\s+${CONTINUES}|\s(?:but|yet|whereas)\s+${CONTINUES}`, 'u');

/** IDs alone in brackets: "(138.49)", "(paras. 110.77–110.85)". */
const BARE_ID = /\(\s*(?:paras?\.\s*)?\d{1,3}\.\d{1,3}(?:\s*(?:,|and|to|–|-)\s*\d{1,3}\.\d{1,3})*\s*\)/g;

/** After a row's IDs: its answer and implementation status ("– noted; not implemented", ": partially implemented"). */
const STATUS_AFTER = /^\s*\)?\s*(?:[–—:|]|-\s)\s*(?:(?:supported|accepted|noted|rejected)\b[\s;,/–—-]*)?(?:(?:not|partially|partly|fully|largely)\s+)?(?:(?:yet\s+)?implemented\b)?/iu;

/** A status row with the recommendation's words after its ID: "para. 90.106 (Norway), clear regulations for …: not implemented;". */
const TEXT_THEN_STATUS = /^[^:;]{0,300}:\s*(?:(?:supported|accepted|noted|rejected)\b[\s;,/–—-]*)?(?:(?:not|partially|partly|fully|largely)\s+)?(?:yet\s+)?implemented\b/iu;

/** The State's answer after the record ("… were all supported by Cambodia in 2019"): still the record. */
const ANSWER = /^\s*\)?\s*,?\s*(?:which\s+)?(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+)?(?:(?:all|fully|partially|partly|only|later|eventually|merely|also)\s+)?(?:supported|accepted|noted|rejected)\b[^,;:]*/iu;

function overAnswer(sentence: string, end: number): number {
  const m = ANSWER.exec(sentence.slice(end));
  return m ? end + m[0].length : end;
}

function clauseEnd(sentence: string, from: number): number {
  const m = NEXT_CLAUSE.exec(sentence.slice(from));
  return m ? from + m.index : sentence.length;
}

/**
 * Where a sentence reports the UPR record: a reference to a prior recommendation
 * ("109.118 (Norway)", "paras. 113.70 and 113.68") or a passage the mention detector takes
 * for one ("Canada recommended the reinstatement of …", "Australia's call to release …"),
 * with what it asked for, to the end of its clause. What a recommendation asked for is the
 * UN's record, not a claim needing a source; the claim detector is told where it lies
 * (`ClaimContext.uprRecord`) and keeps the facts stated around it. Here, in check/,
 * because claims/ and recommendations/ do not know each other.
 */
export function uprRecordIn(sentence: string): { start: number; end: number } | undefined {
  if (!RECORD_HINT.test(sentence)) return undefined;
  const record = recordIn(sentence);
  // A topic fronted before the record ("On the Anti-Terrorism Law No. 13 of 2005, it supported Latvia's recommendation to …") is the recommendation's topic.
  const fronted = record ? FRONTED_TOPIC.exec(sentence.slice(0, record.start)) : null;
  return record && fronted ? { start: 0, end: record.end } : record;
}

/** Without one of these a sentence names no recommendation (a cheap test before the mention patterns). */
const RECORD_HINT = /\d\.\d|recommend|\bcalls?\b|called|urged|asked|request|propos|sought|appeal|pledge|commitment/i;

const FRONTED_TOPIC = /^\s*(?:\d{1,3}(?:\.\d{1,3})*\.?\s+)?(?:On|Regarding|Concerning|As\s+(?:for|regards|to)|With\s+(?:regard|respect)\s+to|In\s+relation\s+to)\s+[^,;]{3,120},\s*(?:[\p{L}’'-]+\s+){0,4}$/u;

function recordIn(sentence: string): { start: number; end: number } | undefined {
  const refs: Array<{ expressionStart: number; expressionEnd: number }> = findRecommendationReferences(sentence);
  // An ID alone in brackets ("… for civil society (138.49), and …") is no reference form the checker resolves, but it is the record.
  if (refs.length === 0) for (const m of sentence.matchAll(BARE_ID)) refs.push({ expressionStart: m.index, expressionEnd: m.index + m[0].length });
  if (refs.length > 0) {
    const first = refs.reduce((a, b) => (b.expressionStart < a.expressionStart ? b : a));
    const last = refs.reduce((a, b) => (b.expressionEnd > a.expressionEnd ? b : a));
    const after = sentence.slice(last.expressionEnd);
    // A status row ("Sedition Act: 146.48 (United Kingdom) – noted; not implemented", "128.44 (Canada) — partially
    // implemented: the new Labour Code …"): the row's label, IDs and status are the record; what follows is the drafter's own.
    const status = STATUS_AFTER.exec(after) ?? TEXT_THEN_STATUS.exec(after);
    if (status) return { start: 0, end: last.expressionEnd + status[0].length };
    // The recommendation's words quoted right before its ID: '… the call to "take all necessary measures …" (166.218, Luxembourg)'.
    const quoted = /[“"]([^“”"]{3,400})[”"]\s*[,(]?\s*$/u.exec(sentence.slice(0, first.expressionStart));
    // …or named before it in the same clause: "the recommendation of Norway to lift travel bans (138.164, Norway)".
    const clauseStart = Math.max(sentence.lastIndexOf(';', first.expressionStart) + 1, 0);
    const named = /\b(?:recommendations?|calls?|proposals?|requests?|appeals?)\b/iu.exec(sentence.slice(clauseStart, first.expressionStart));
    const owner = named ? /(?:\b(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*['’]s?\s+(?:\p{Ll}+\s+)?)$/u.exec(sentence.slice(clauseStart, clauseStart + named.index)) : null;
    const namedAt = named ? clauseStart + named.index - (owner?.[0].length ?? 0) : undefined;
    // …or after it: "109.118 (Norway) to remove all obstacles …", "…, which asked India to …".
    const content = /^\s*\)?\s*,?\s*(?:(?:(?:the\s+(?:last|first|second|third|latter|former)|both|all|each|one|two|three|some|most|several)\s+of\s+)?(?:which\s+)?(?:ask|asks|asked|call|calls|called|urge|urges|urged|seek|seeks|sought|recommend|recommends|recommended)\b|to\s|calling\s+for\b|on\s|that\s)/u.exec(after);
    const end = content ? clauseEnd(sentence, last.expressionEnd + content[0].length) : last.expressionEnd;
    // …or answered before it in the same clause: "In 2009 the State accepted to give recognition to defenders (74.44, Norway)".
    // (From where that clause starts: "Conduct remains an offence under section 365A, and Sri Lanka noted … (128.24)" keeps the law.)
    // (Not an answer that modifies the recommendation, "the recommendations accepted in 2010 to …", nor "acts committed during the coup".)
    const answer = /(?<!recommendations?\s)\b(?:accepted|supported|noted|rejected)\b|\b(?:agreed|committed|undertook|pledged)\s+(?:itself\s+)?(?:(?:in|at)\s+[^,;]{1,30}?\s+)?to\b/iu.exec(sentence.slice(clauseStart, first.expressionStart));
    let answeredAt: number | undefined;
    if (answer) {
      answeredAt = clauseStart;
      for (const b of sentence.slice(clauseStart, clauseStart + answer.index).matchAll(/,\s*(?:and|but|while|whereas|yet)\s/gu)) answeredAt = clauseStart + b.index + b[0].length;
    }
    const start = Math.min(quoted ? quoted.index : first.expressionStart, namedAt ?? Number.POSITIVE_INFINITY, answeredAt ?? Number.POSITIVE_INFINITY);
    return { start, end: overAnswer(sentence, end) };
  }
  const first = mentionSpan(sentence, 0);
  if (!first) return undefined;
  // The next clause may be the record too ("…, whereas the broader calls …, made by the United States, remain unfulfilled").
  let end = first.end;
  for (let next = mentionSpan(sentence, end); next && end < sentence.length; next = mentionSpan(sentence, end)) end = next.end;
  return { start: first.start, end };
}

/** The first recommendation mention in `sentence` from `from` on, to the end of its clause. */
function mentionSpan(sentence: string, from: number): { start: number; end: number } | undefined {
  const rest = sentence.slice(from);
  const mention = detectRecommendationMention(rest);
  if (!mention.mentions || !mention.cue) return undefined;
  const [cueStart, cueEnd] = [from + mention.cue[0], from + mention.cue[1]];
  // In a relative clause ("FEADLE, whose strengthening was recommended by the Netherlands, obtained only 3 …"): to its closing comma.
  const relative = /,\s*(?:whose|which|who)\b[^,;]*$/u.test(sentence.slice(0, cueStart));
  const comma = relative ? sentence.indexOf(',', cueEnd) : -1;
  const end = overAnswer(sentence, comma >= 0 ? comma : clauseEnd(sentence, cueEnd));
  return end > from ? { start: cueStart, end } : undefined;
}

/**
 * The `uncited-claim` rule's question about one sentence: is it a claim, once what it says
 * of the UPR record is set apart? (The record is looked for only in sentences that look
 * like claims or like the record, the few.)
 */
export function assessSentenceClaim(text: string, context: ClaimContext = {}): ClaimAssessment {
  const first = assessClaim(text, context);
  // Asked again with the record's extent: a claim that may be the record's words, or a
  // record statement that may go on to a fact of its own ("…, and in 2012 it created …").
  if (!first.isClaim && !first.reason.startsWith('statement about the UPR record')) return first;
  const uprRecord = uprRecordIn(text);
  if (uprRecord === undefined) return first;
  // A claim none of whose evidence lies in the record, or just before it ("thirteen| States … asked"), keeps its verdict: no need to ask again.
  if (first.isClaim && !first.evidence.some(([a, b]) => b >= uprRecord.start - 2 && a < uprRecord.end)) return first;
  return assessClaim(text, { ...context, uprRecord });
}
