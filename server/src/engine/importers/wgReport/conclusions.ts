/**
 * The section "Conclusions and/or recommendations" and its structure: numbered paragraphs,
 * each with a chapeau ("The following recommendations … enjoy the support of X:") and
 * numbered items. Two numbering styles exist:
 *   modern (2010 on): items "109.1." / "136.1" carry the paragraph number;
 *   2009-era: items "1.", "2." under the paragraph "96.", so the ID is 96.1, 96.2.
 */
import { isFurniture, joinWrapped, type SourceLine } from './lines';

export interface Item {
  paragraph: number;
  item: number;
  /** Wrapped lines of the item, furniture removed. */
  lines: string[];
  /** Where each of `lines` comes from. */
  sources: SourceLine[];
  at: SourceLine;
}

export interface Paragraph {
  number: number;
  chapeau: string[];
  /** Unnumbered text after the items (a note such as "With respect to special procedures …"). */
  trailing: string[];
  items: Item[];
  at: SourceLine;
}

export interface ConclusionsSection {
  heading: SourceLine;
  paragraphs: Paragraph[];
  /** Items whose numbers break the sequence, for warnings. */
  anomalies: string[];
}

/** The heading itself, not its table-of-contents entry (which has leaders and page numbers). */
const HEADING = /^(?:[IVX]+\s*\.\s*)?conclusions\s+and\s*(?:\/\s*or\s+)?recommendations\W*$/i;
const HEADING_START = /^(?:[IVX]+\s*\.\s*)?conclusions\s+and\s*(?:\/\s*or)?$/i;
/** What follows the section: the annex with the delegation's composition, or notes. */
const SECTION_END = /^(?:annex(?:\s+[IVX\d]+)?|appendix|composition of (?:the )?delegation|notes)\s*\W*$|^(?:[IVX]+\.\s*)?voluntary (?:commitments|pledges)(?: of the state under review)?\s*$/i;
/** The next chapter's heading glued to the last item: "… in the future. III. VOLUNTARY COMMITMENTS …". */
const INLINE_NEXT_CHAPTER = /\s+[IVX]+\.\s+VOLUNTARY (?:COMMITMENTS|PLEDGES)\b.*$/i;
/** A footnote giving the recommendation as read in the room, with or without its number. */
const AS_READ_NOTE = /^(?:\d{1,2}\s+)?(?:the\s+)?(?:text of the\s+)?recommendation\s+(?:as\s+read|(?:originally\s+)?made|originally\s+read|read)\b/i;

export function findConclusionsStart(lines: readonly SourceLine[]): number | undefined {
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    if (HEADING.test(t)) return i;
    // The PDF text layer can wrap the heading: "II. Conclusions and/or" / "recommendations".
    if (HEADING_START.test(t) && /^recommendations\W*$/i.test(lines[i + 1]?.text ?? '')) return i + 1;
  }
  return undefined;
}

const MODERN_ITEM = /^(\d{2,3})\.(\d{1,3})(?:\s?\.(?!\d))?(?=\s|$|\p{L}|["“(])\s*(.*)$/u;
const NUMBERED = /^(\d{1,3})\s?\.(?=\s|$|\p{L}|["“(])\s*(.*)$/u;
/** An item number whose dot the extraction lost: "73 Take appropriate measures …". */
const UNDOTTED = /^(\d{1,3})\s+(\p{Lu}.*)$/u;
/** A footnote under the items: "9 Recommendation originally read: …", "5 The recommendation as read …". */
const FOOTNOTE = /^\d{1,2}\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}/u;
const CHAPEAU_LIKE = /recommendations|following|response|conclusions|enjoy|support|examined|noted/i;

/**
 * Splits the section into paragraphs and items. A line "N." is the next paragraph when N
 * follows the current paragraph's number, an item when it follows the last item's number;
 * when both fit, a chapeau-like text decides for a paragraph.
 */
export function readConclusions(allLines: readonly SourceLine[], headingIdx: number): ConclusionsSection {
  let lines = allLines;
  const paragraphs: Paragraph[] = [];
  const anomalies: string[] = [];
  let para: Paragraph | undefined;
  let item: Item | undefined;

  const newParagraph = (n: number, rest: string, at: SourceLine): void => {
    para = { number: n, chapeau: rest ? [rest] : [], trailing: [], items: [], at };
    paragraphs.push(para);
    item = undefined;
  };
  // Gaps in the numbering are checked once the whole section is read: items can come late.
  const newItem = (p: Paragraph, n: number, rest: string, at: SourceLine): void => {
    item = { paragraph: p.number, item: n, lines: rest ? [rest] : [], sources: rest ? [at] : [], at };
    p.items.push(item);
  };

  lines = splitInlineItems(lines, headingIdx);
  // After a footnote line, its wrapped continuation lines are skipped up to the next number.
  let inFootnote = false;
  let footnote = '';
  for (let i = headingIdx + 1; i < lines.length; i++) {
    const l = lines[i]!;
    let t = l.text;
    if (t === '' || isFurniture(t)) continue;
    if (SECTION_END.test(t) && paragraphs.length > 0) break;
    const chapterEnd = INLINE_NEXT_CHAPTER.exec(t);
    if (chapterEnd && paragraphs.length > 0) t = t.slice(0, chapterEnd.index);
    if (AS_READ_NOTE.test(t) && paragraphs.length > 0) {
      footnote = t;
      inFootnote = footnoteRunsOn(footnote);
      continue;
    }
    if (/^\d{1,3}\s?\./.test(t)) inFootnote = false;
    else if (inFootnote) {
      footnote += ' ' + t;
      inFootnote = footnoteRunsOn(footnote);
      continue;
    }

    const modern = MODERN_ITEM.exec(t) ?? spacedModern(t, para);
    if (modern) {
      const pn = Number(modern[1]);
      const n = Number(modern[2]);
      const last = para?.items[para.items.length - 1];
      if (para && pn === para.number) {
        // A number that lost digits in print: "118.9" where 118.109 is due.
        if (last && n <= last.item && String(last.item + 1).endsWith(String(n)) && isModern(para) && nextItemNumber(lines, i) === last.item + 2) {
          anomalies.push(`item ${para.number}.${last.item + 1} is printed as ${pn}.${n}`);
          newItem(para, last.item + 1, modern[3]!, l);
          continue;
        }
        newItem(para, n, modern[3]!, l);
        continue;
      }
      // A misprinted paragraph number in sequence ("112.3" between 111.2 and 111.4).
      if (para && last && n === last.item + 1 && Math.abs(pn - para.number) <= 10 && isModern(para)) {
        anomalies.push(`item ${para.number}.${n} is printed as ${pn}.${n}`);
        newItem(para, n, modern[3]!, l);
        continue;
      }
      // Items of an earlier paragraph that the extraction moved below the next chapeau
      // ("115. The recommendations below did not enjoy …" / "114.2 …" / "115.1 …").
      const earlier = paragraphs.find((p) => p.number === pn);
      if (earlier && earlier !== para && !earlier.items.some((x) => x.item === n)) {
        anomalies.push(`item ${pn}.${n} is printed out of order, under paragraph ${para?.number}`);
        const current = para;
        newItem(earlier, n, modern[3]!, l);
        para = current;
        continue;
      }
      // A plausible next paragraph (its chapeau line may have been lost).
      if (!para || (pn > para.number && pn <= para.number + 3)) {
        newParagraph(pn, '', l);
        newItem(para!, n, modern[3]!, l);
        continue;
      }
    }
    const num = NUMBERED.exec(t) ?? (para && !isModern(para) ? UNDOTTED.exec(t) : null);
    if (num) {
      const n = Number(num[1]);
      const rest = num[2]!;
      const dotted = /^\d{1,3}\s?\./.test(t);
      if (!para) {
        newParagraph(n, rest, l);
        continue;
      }
      const lastItem = para.items[para.items.length - 1];
      const nextPara = n > para.number && n <= para.number + 3;
      const nextItem = lastItem ? n === lastItem.item + 1 : n === 1;
      const nearItem = lastItem !== undefined && n > lastItem.item && n <= lastItem.item + 3;
      if (!dotted) {
        // "73 Take …" (dot lost) is the next item; any other "9 Recommendation …" is a footnote.
        if (nextItem && lastItem) newItem(para, n, rest, l);
        else {
          footnote = t;
          inFootnote = footnoteRunsOn(footnote);
        }
        continue;
      }
      if (nextPara && (nextItem || nearItem)) {
        // Both fit: a chapeau talks about the recommendations; an item recommends.
        const lookahead = rest || nextText(lines, i);
        if (CHAPEAU_LIKE.test(lookahead) && !/\([^()]+\)\s*[;.,]?\s*$/.test(lookahead)) newParagraph(n, rest, l);
        else newItem(para, n, rest, l);
        continue;
      }
      if (nextItem) {
        newItem(para, n, rest, l);
        continue;
      }
      if (nextPara) {
        newParagraph(n, rest, l);
        continue;
      }
      if (nearItem) {
        newItem(para, n, rest, l);
        continue;
      }
      // Out-of-sequence number: keep it as text of what precedes (it is rarely a number).
    } else if (FOOTNOTE.test(t) && (para?.items.length ?? 0) > 0) {
      footnote = t; // "9 Recommendation originally read: …" under the items
      inFootnote = footnoteRunsOn(footnote);
      continue;
    }
    if (item && para) {
      const current = joinWrapped(item.lines);
      // A cluster heading between items ("Follow-up to UPR"): short, no final punctuation,
      // after a finished item and before the next numbered line.
      if (/\)\s*[;.]?$/.test(current) && t.length < 60 && /^\p{Lu}/u.test(t) && !/[;.,:)]$/.test(t) && /^\d{1,3}\.\s?\d/.test(nextText(lines, i))) {
        continue;
      }
      // After an item that closed with ")." a capitalised unnumbered line is a note of the
      // paragraph, not more recommendation ("With respect to special procedures, …").
      if (/\)\s*\.$/.test(current) && /^\p{Lu}/u.test(t) && !/^\p{Lu}[\p{Ll}\s]*\)/u.test(t)) {
        para.trailing.push(t);
        item = undefined;
        continue;
      }
      // A closing quotation mark with no opening one: the tail of a footnote quoting the
      // recommendation as read in the room, wrapped after the next item.
      if (/\)\d{0,2}\s*[;.]$/.test(current) && /”/.test(t) && !/“/.test(t) && !/“/.test(current)) continue;
      item.lines.push(t);
      item.sources.push(l);
    } else if (para) {
      if (para.items.length) para.trailing.push(t);
      else para.chapeau.push(t);
    }
    if (chapterEnd && paragraphs.length > 0) break;
  }
  for (const p of paragraphs) {
    p.items.sort((a, b) => a.item - b.item);
    recoverLostNumbers(p, anomalies);
    const have = new Set(p.items.map((x) => x.item));
    const max = Math.max(0, ...have);
    const missing = Array.from({ length: max }, (_, k) => k + 1).filter((k) => !have.has(k));
    if (missing.length) anomalies.push(`paragraph ${p.number} has no item ${missing.map((k) => `${p.number}.${k}`).join(', ')}`);
  }
  return { heading: lines[headingIdx]!, paragraphs, anomalies };
}

/**
 * Text extraction sometimes runs several items into one line: "108.91 … (Kuwait); 108.92
 * Continue …". Such lines are cut before each further "<same paragraph>.<n>" that
 * follows a ";", "." or ")" and starts a capitalised sentence.
 */
function splitInlineItems(lines: readonly SourceLine[], from: number): SourceLine[] {
  const out = lines.slice(0, from + 1);
  for (let i = from + 1; i < lines.length; i++) {
    const l = lines[i]!;
    const lead = /^(\d{2,3})\.\d{1,3}\b/.exec(l.text);
    if (!lead) {
      out.push(l);
      continue;
    }
    const re = new RegExp(`(?<=[;.)”]\\s*)(?=${lead[1]}\\.\\d{1,3}\\.?\\s*["“(]?\\p{Lu})`, 'gu');
    const pieces = l.text.split(re).map((p) => p.trim()).filter((p) => p !== '');
    for (const p of pieces) out.push({ ...l, text: p });
  }
  return out;
}

/**
 * A footnote quoting the recommendation as read in the room runs on over the next lines
 * while its quotation is open or its sentence unfinished; after that, the next lines are
 * the report's text again (an item continued after the page break that carried the note).
 */
function footnoteRunsOn(t: string): boolean {
  return (t.match(/“/g)?.length ?? 0) > (t.match(/”/g)?.length ?? 0) || !/[.”"]\s*$/.test(t);
}

/** "111. 29 Strengthen …": a stray space, accepted only where item 29 is due. */
function spacedModern(t: string, para: Paragraph | undefined): RegExpExecArray | null {
  const m = /^(\d{2,3})\. (\d{1,3})\.?\s+(\p{Lu}.*)$/u.exec(t);
  if (!m || !para || Number(m[1]) !== para.number) return null;
  const last = para.items[para.items.length - 1];
  return last && Number(m[2]) === last.item + 1 && isModern(para) ? m : null;
}

/** Items of the modern style carry the paragraph number ("109.1."). */
function isModern(p: Paragraph): boolean {
  return p.items.length > 0 && p.items[p.items.length - 1]!.at.text.startsWith(`${p.number}.`);
}

/**
 * An item whose number the extraction lost runs into the one before: "3. … (Ghana);" then
 * "Encourage enhanced cooperation … (Algeria);" then "5. …". When exactly one number is
 * missing and the item before it holds a line that starts a new sentence right after a
 * closed State parenthesis, that line starts the missing item.
 */
function recoverLostNumbers(p: Paragraph, anomalies: string[]): void {
  for (let k = 0; k + 1 < p.items.length; k++) {
    const a = p.items[k]!;
    const b = p.items[k + 1]!;
    if (b.item !== a.item + 2) continue;
    const cut = a.lines.findIndex((t, j) => j > 0 && /^\p{Lu}/u.test(t) && /\)\d{0,2}\s*[;.]$/.test(a.lines[j - 1]!.trim()));
    if (cut < 0) continue;
    const at = a.sources[cut] ?? a.at;
    const lost: Item = { paragraph: p.number, item: a.item + 1, lines: a.lines.slice(cut), sources: a.sources.slice(cut), at };
    a.lines = a.lines.slice(0, cut);
    a.sources = a.sources.slice(0, cut);
    p.items.splice(k + 1, 0, lost);
    anomalies.push(`item ${p.number}.${lost.item} has lost its number in print; taken from the text after ${p.number}.${a.item}`);
  }
}

/** The item number of the next modern-style item line ("118.110" → 110). */
function nextItemNumber(lines: readonly SourceLine[], i: number): number | undefined {
  for (let j = i + 1; j < Math.min(lines.length, i + 40); j++) {
    const m = /^\d{2,3}\.(\d{1,3})\b/.exec(lines[j]!.text);
    if (m) return Number(m[1]);
  }
  return undefined;
}

function nextText(lines: readonly SourceLine[], i: number): string {
  for (let j = i + 1; j < Math.min(lines.length, i + 6); j++) {
    const t = lines[j]!.text;
    if (t !== '' && !isFurniture(t)) return t;
  }
  return '';
}
