/**
 * The document-analysis layer: a submission's Markdown text in, typed analysis out.
 * Pure functions over strings (no editor or LSP types); rules, LSP features and the CLI
 * build on these.
 */
export { parseSubmission, SubmissionParseCache } from './parseSubmission';
export { LineIndex, shiftRange, type OffsetRange, type Position, type Range } from './positions';
export {
  findFrontMatterBlock,
  parseFrontMatter,
  readFrontMatter,
  FRONT_MATTER_KEYS,
  SUBMISSION_TYPES,
  type FrontMatter,
  type FrontMatterEntry,
  type FrontMatterKey,
  type FrontMatterProblem,
  type FrontMatterProblemCode,
  type FrontMatterResult,
  type Located,
  type SubmissionType,
} from './frontMatter';
export { splitSentences, sentencesOf, type SentenceBase, type SentenceSpan } from './sentences';
export { citationsOf, parentheticalSource, parenthesizedGroups, type Citation, type FootnoteCitation, type EndnoteMarkerCitation, type LinkCitation, type ParentheticalCitation } from './citations';
export {
  findRecommendationReferences,
  tableCellReferences,
  resolveStateList,
  isIdColumnHeader,
  isStateColumnHeader,
  toSourceReferences,
  type PlainReference,
  type RecommendationReference,
  type RecommendationReferenceForm,
} from './recommendationReferences';
export { countWords, wordsForLimit, type WordCount } from './wordCount';
export { classifyHeading, buildSections } from './sections';
export { InlineText, type InlineFootnoteReference, type InlineLink } from './inlineText';
export { nearestStateNames, editDistance } from './stateSuggestions';
export { findUnSymbols, WG_REPORT_SYMBOL } from './unSymbols';
export type {
  SubmissionDocument,
  ProseBlock,
  ProseBlockKind,
  Sentence,
  Section,
  SectionKind,
  Table,
  TableCellInfo,
  ListItemInfo,
  FootnoteDefinition,
  FootnoteReference,
  HtmlComment,
} from './types';
