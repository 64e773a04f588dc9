import { wordsForLimit } from '../../document';
import type { Rule } from '../ruleTypes';

/** Body words over the OHCHR limit for the submission type (a setting each). */
export const wordLimitRule: Rule = {
  id: 'word-limit',
  defaultSeverity: 'warning',
  description: 'More words than the limit for the submission type (2,815 individual / 5,630 joint by default).',
  check({ doc, settings }) {
    const type = doc.frontMatter?.submissionType?.value ?? 'individual';
    const limit = settings.wordLimits[type];
    const words = wordsForLimit(doc.words, settings.countEndnotes);
    if (words <= limit) return [];
    // Reported on the first heading or, without one, the start of the body: the whole
    // document is over, but a squiggle over every line would hide everything else.
    const anchor = doc.sections[0]?.headingRange ?? { start: doc.frontMatter?.range.end ?? 0, end: (doc.frontMatter?.range.end ?? 0) + 1 };
    const fmt = (n: number): string => n.toLocaleString('en-US');
    return [
      {
        range: anchor,
        message: `${fmt(words)} words: ${fmt(words - limit)} over the ${fmt(limit)}-word limit for ${type === 'joint' ? 'a joint' : 'an individual'} submission${settings.countEndnotes ? ' (endnotes included)' : ' (endnotes not counted)'}.`,
        data: { words, limit, submissionType: type, countEndnotes: settings.countEndnotes },
      },
    ];
  },
};
