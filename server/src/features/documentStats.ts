import type { CheckSettings } from '../engine/check/settings';
import { countWords, wordsForLimit, type SubmissionDocument } from '../engine/document';
import type { DocumentStats } from '../protocol';

/**
 * The word count the status bar shows, with the same numbers as the word-limit rule (the
 * document layer's counts), plus a rough split by top-level section for the details.
 */
export function documentStats(doc: SubmissionDocument, settings: CheckSettings): DocumentStats {
  const submissionType = doc.frontMatter?.submissionType?.value ?? 'individual';
  // The parts are the shallowest headings that come more than once: a lone title heading
  // (# Azerbaijan: …) over "## I. Introduction", "## II. …" gives the ## parts.
  const depths = [...new Set(doc.sections.map((s) => s.depth))].sort((a, b) => a - b);
  const partDepth = depths.find((d) => doc.sections.filter((s) => s.depth === d).length > 1) ?? depths[0];
  const sections = doc.sections
    .filter((s) => s.depth === partDepth)
    .map((s) => ({
      title: s.title,
      depth: s.depth,
      // Per-section figures come from the prose blocks inside the section (endnote
      // definitions are no prose blocks); the total stays the document layer's own count,
      // which also includes headings, table headers and code.
      words: doc.blocks.filter((b) => b.range.start >= s.range.start && b.range.end <= s.range.end).reduce((n, b) => n + countWords(b.text), 0),
      line: doc.lineIndex.positionAt(s.headingRange.start).line,
    }));
  return {
    isSubmission: doc.isSubmission,
    submissionType,
    stateUnderReview: doc.frontMatter?.stateUnderReview?.value.name,
    counted: wordsForLimit(doc.words, settings.countEndnotes),
    limit: settings.wordLimits[submissionType],
    body: doc.words.body,
    endnotes: doc.words.endnotes,
    countEndnotes: settings.countEndnotes,
    sections,
  };
}
