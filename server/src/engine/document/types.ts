/**
 * The analysed submission: what the rules, the language server features and the CLI
 * read. Plain data with offset ranges (see `positions.ts`); `lineIndex` turns them into
 * LSP positions.
 */
import type { Root } from 'mdast';
import type { Citation } from './citations';
import type { FrontMatter, FrontMatterProblem } from './frontMatter';
import type { InlineFootnoteReference, InlineText } from './inlineText';
import type { LineIndex, OffsetRange } from './positions';
import type { RecommendationReference } from './recommendationReferences';
import type { SentenceBase } from './sentences';
import type { WordCount } from './wordCount';

export interface Sentence extends SentenceBase {
  citations: Citation[];
  recommendationReferences: RecommendationReference[];
}

/** A footnote reference (`[^3]`) anywhere in the document. */
export interface FootnoteReference {
  label: string;
  /** Normalised label, to match definitions. */
  identifier: string;
  /** False when no definition exists (the `footnote` rule reports these). */
  defined: boolean;
  range: OffsetRange;
}

/** A footnote definition (an endnote): `[^3]: Human Rights Watch, …`. */
export interface FootnoteDefinition {
  label: string;
  identifier: string;
  /** The whole definition, `[^3]:` included. */
  range: OffsetRange;
  /** Its plain text. */
  text: string;
}

export type ProseBlockKind = 'paragraph' | 'listItem' | 'tableCell';

export interface ListItemInfo {
  ordered: boolean;
  /** 1 for a top-level list, 2 for a list inside a list item, … */
  depth: number;
  /** 0-based position of the item in its list. */
  index: number;
  /**
   * The item's number as written, for an ordered list ("5." gives 5): submissions number
   * their paragraphs this way. Use it rather than `index`, which restarts at 0 where
   * headings or blank-line-separated items split a list into several.
   */
  number?: number;
  /** The item's first paragraph (later paragraphs of the same item are blocks too). */
  firstParagraph: boolean;
}

export interface TableCellInfo {
  /** Index into `SubmissionDocument.tables`. */
  table: number;
  /** 1-based body row (the header row is 0 and is not a prose block). */
  row: number;
  /** 0-based column. */
  column: number;
  /** The column's header text. */
  header: string;
}

/** A unit of prose to check: a paragraph, a list item's paragraph, a table body cell. */
export interface ProseBlock {
  kind: ProseBlockKind;
  /** The block's content in the source (for a list item, its paragraph). */
  range: OffsetRange;
  /** Plain text, markup stripped. */
  text: string;
  sentences: Sentence[];
  /** Every recommendation reference of the block (the sentences' and, for a cell, the cell's own). */
  recommendationReferences: RecommendationReference[];
  /** Every footnote reference in the block. */
  footnoteReferences: FootnoteReference[];
  list?: ListItemInfo;
  table?: TableCellInfo;
  inBlockquote: boolean;
  /** Index into `sections` of the innermost section holding the block (none before the first heading). */
  section?: number;
  /** The block lies in a recommendations section (the submitter's own recommendations). */
  inRecommendationsSection: boolean;
  /** Maps plain-text offsets of `text` to source offsets. */
  inline: InlineText;
  /** A paragraph that is all bold or italic, with no closing punctuation: a heading typed as emphasis ("**Lumad communities and the militarisation of schools**"). */
  emphasisHeading?: true;
}

export type SectionKind = 'recommendations' | 'follow-up' | 'endnotes' | 'other';

/** A heading and the part of the document it heads. */
export interface Section {
  /** Position in `sections` (document order). */
  index: number;
  /** Heading level 1–6. */
  depth: number;
  /** Heading text, plain. */
  title: string;
  headingRange: OffsetRange;
  /** From the heading to the next heading of the same or a higher level (or the end). */
  range: OffsetRange;
  kind: SectionKind;
  /** This section or an enclosing one is a recommendations section (and this one is not a follow-up section). */
  inRecommendations: boolean;
  parent?: number;
  children: number[];
}

export interface Table {
  range: OffsetRange;
  headers: string[];
  /** Number of body rows. */
  rows: number;
  /** The column holding recommendation IDs, when a header names one. */
  idColumn?: number;
  /** The column naming recommending States, when a header names one. */
  stateColumn?: number;
}

/** An HTML comment; `<!-- upr-disable RULE -->` directives are read from these. */
export interface HtmlComment {
  /** The text between `<!--` and `-->`, trimmed. */
  text: string;
  range: OffsetRange;
}

export interface SubmissionDocument {
  text: string;
  lineIndex: LineIndex;
  /** The front matter has `state-under-review`: only then is the file checked. */
  isSubmission: boolean;
  frontMatter?: FrontMatter;
  frontMatterProblems: FrontMatterProblem[];
  /**
   * The mdast tree, positions in document coordinates. Built on first access (checks
   * rarely need it). Assembled from chunk parses: a loose list comes out as one list
   * per item; otherwise it is the tree of one whole remark parse.
   */
  root: Root;
  sections: Section[];
  blocks: ProseBlock[];
  tables: Table[];
  footnoteDefinitions: FootnoteDefinition[];
  /** Every footnote reference: in prose, headings and endnotes. */
  footnoteReferences: FootnoteReference[];
  htmlComments: HtmlComment[];
  words: WordCount;
  /** All recommendation references, in document order. */
  recommendationReferences: RecommendationReference[];
}

/** Re-exported for rule code that inspects a block's inline text. */
export type { InlineFootnoteReference };
