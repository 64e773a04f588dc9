import type { ClaimAssessment, ClaimKind } from '../../claims';
import { SentenceMemo } from '../sentenceMemo';
import type { ProseBlock, SubmissionDocument } from '../../document';
import { newEndnote } from '../newEndnote';
import { assessSentenceClaim } from '../sentenceClaim';
import { ownWorkTest } from '../submitterNames';
import { submitterVoice } from '../submitterVoice';
import { ListLeadIns } from '../listLeadIns';
import { tableRows } from '../tableRows';
import type { Fix, Finding, Rule } from '../ruleTypes';

const KIND_WORDS: Record<ClaimKind, string> = {
  number: 'a number',
  date: 'a date',
  detention: 'an arrest, detention or sentence',
  law: 'a law or article',
  judgment: 'a court judgment',
  attribution: 'what a named body said or found',
  quotation: 'a quotation',
  event: 'a specific event',
};

/**
 * A sentence that asserts a specific, checkable fact with no citation (no endnote, link
 * or parenthetical source). Which sentences are claims is decided by engine/claims;
 * this rule skips cited sentences and offers the fixes: a new endnote, or one of the
 * document's own endnotes.
 */
const memo = new SentenceMemo<ClaimAssessment>();
/**
 * A lead-in to the submission's sources ("It draws on:"), the submitter's services ("We run:") or its own
 * figures ("Our own figures:"): its items' figures are the submitter's, names and all ("74 interviews with
 * talibé children, 12 Koranic teachers …", "*Lakaz Lespwar*, a shelter with 12 beds").
 */
const SOURCES_OR_SERVICES =
  /\b(?:draws?|drew|(?:is|are)\s+based|relies|rely|rests?|rested|builds?)\s+(?:\w+\s+)?(?:on|upon)\s*:\s*$|\b(?:among\s+)?(?:its|our)\s+(?:members|member\s+organi[sz]ations|partners)\b[^.]{0,40}:\s*$|\bsources?\b[^.]{0,40}:\s*$|\b(?:we|it)\s+(?:also\s+)?(?:run|runs|operate|operates|manage|manages|provide|provides|offer|offers|coordinate|coordinates)\s*:\s*$|^\W*our\s+(?:own\s+)?(?:\S+\s+){0,2}?(?:figures|data|records|statistics|findings|numbers|casework)\s*:\s*$/i;
/** A capitalised word after the first: a person, a place, a body named ("Soltan Achilova, a 67-year-old photojournalist, …"). */
const NAMES_SOMEONE = /\s[„"“]?\p{Lu}/u;

export const uncitedClaimRule: Rule = {
  id: 'uncited-claim',
  defaultSeverity: 'warning',
  description: 'A sentence stating a checkable fact (number, date, arrest, law, judgment, quotation…) with no endnote or link.',
  check(ctx) {
    const { doc } = ctx;
    const findings: Finding[] = [];
    const ownWork = ownWorkTest(doc.frontMatter?.submittedBy?.map((s) => s.value) ?? []);
    const voice = submitterVoice(doc);
    const leadIns = new ListLeadIns();
    // A table row cites for all its cells: "| Xie Yang | Sentenced to … | [^7] |".
    // (A cell holding only "[^7]" has no sentence to carry it: its block's references count.)
    const rowsByTable = tableRows(doc);
    const cites = (b: ProseBlock): boolean => b.footnoteReferences.length > 0 || b.sentences.some((s) => s.citations.length > 0);
    const rowCited = (b: ProseBlock): boolean => [...(rowsByTable.get(b.table!.table)?.get(b.table!.row)?.values() ?? [])].some(cites);
    // Whether a list lead-in introduces the submitter's own casework, once per lead-in, not per item.
    const ownLeadIns = new Map<string, boolean>();
    for (const block of doc.blocks) {
      if (block.emphasisHeading === true || (block.table !== undefined && rowCited(block))) continue;
      // The items of a list the submitter introduces as its own ("Of the 512 domestic workers Awn assisted in 2016 and 2017:"):
      // its own casework's figures. (A named case in such a list — an arrest, a law, a judgment — is still a checkable fact.)
      const leadIn = leadIns.next(block);
      let ownList = false;
      const sourceList = leadIn !== undefined && SOURCES_OR_SERVICES.test(leadIn);
      if (leadIn !== undefined) {
        ownList = ownLeadIns.get(leadIn) ?? (ownWork(leadIn) || voice.ownWorkSpans(leadIn).some((w) => w.start === 0 && w.testimony !== true) || assessSentenceClaim(leadIn).reason.includes('own work'));
        ownLeadIns.set(leadIn, ownList);
      }
      for (const sentence of block.sentences) {
        if (sentence.citations.length > 0) continue;
        const context = { inRecommendationsSection: block.inRecommendationsSection, inTableCell: block.kind === 'tableCell' };
        const key = `${context.inRecommendationsSection ? 'R' : ''}${context.inTableCell ? 'T' : ''}\n${sentence.text}`;
        let a = memo.get(ctx.store, key, () => assessSentenceClaim(sentence.text, context));
        // The submitter's own documentation only takes facts away, so it is looked for in the few claims alone.
        const own = a.isClaim ? voice.ownWorkSpans(sentence.text) : [];
        if (own.length > 0) a = memo.get(ctx.store, `${own.map((w) => `${w.start}-${w.end}${w.testimony ? 't' : ''}`).join(',')}${key}`, () => assessSentenceClaim(sentence.text, { ...context, ownWork: own }));
        const figuresOnly = a.kinds.every((k) => k === 'number' || k === 'date');
        // (A list of the submission's sources says what was done to gather them: "three workshops held in Toliara in February 2014".)
        const sourceItem = sourceList && a.kinds.every((k) => k === 'number' || k === 'date' || k === 'event');
        if (!a.isClaim || sourceItem || (figuresOnly && ownList && !NAMES_SOMEONE.test(sentence.text))) continue;
        // The submitting organisations' own work needs no outside source.
        if (ownWork(sentence.text)) continue;
        findings.push({
          range: sentence.range,
          message: `No source for this claim (${a.kinds.map((k) => KIND_WORDS[k]).join(', ')}): add an endnote or a link so OHCHR can use it.`,
          data: { kinds: a.kinds },
          fixes: citationFixes(doc, sentence.range.end),
        });
      }
    }
    return findings;
  },
};

/** A new endnote at `at` (its definition added after the last endnote), or a reference to an existing one. */
function citationFixes(doc: SubmissionDocument, at: number): Fix[] {
  const note = newEndnote(doc, at);
  const fixes: Fix[] = [{ title: `Insert a citation: new endnote [^${note.label}]`, edits: [note.reference, note.definition], snippet: true, isPreferred: true }];
  // Existing endnotes, nearest reference before the sentence first (likely the same source).
  const before = doc.footnoteReferences.filter((r) => r.defined && r.range.start < at).sort((a, b) => b.range.start - a.range.start);
  const order = [...new Set([...before.map((r) => r.identifier), ...doc.footnoteDefinitions.map((d) => d.identifier)])];
  for (const id of order.slice(0, 5)) {
    const def = doc.footnoteDefinitions.find((d) => d.identifier === id);
    if (!def) continue;
    const summary = def.text.length > 70 ? `${def.text.slice(0, 69)}…` : def.text;
    fixes.push({ title: `Cite endnote [^${def.label}]: ${summary}`, edits: [{ range: { start: at, end: at }, newText: `[^${def.label}]` }] });
  }
  return fixes;
}
