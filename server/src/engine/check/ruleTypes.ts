import type { RecommendationStore } from '../dataset/recommendationStore';
import type { OffsetRange, SubmissionDocument } from '../document';
import type { Review } from '../model/recommendation';
import type { RuleId } from './ruleIds';
import type { CheckSettings, SeveritySetting } from './settings';

/** A replacement in document offsets; turned into an LSP TextEdit by the checker. */
export interface OffsetEdit {
  range: OffsetRange;
  newText: string;
}

/** A quick fix the engine computes, so the editor and the CLI's JSON carry the same fixes. */
export interface Fix {
  title: string;
  edits: OffsetEdit[];
  /** The fix to offer first (VS Code's "preferred" quick fix). */
  isPreferred?: boolean;
  /**
   * Edits whose text is an LSP snippet (`${1:source}` placeholders): the editor applies
   * them as a snippet, other clients insert `plainText` instead.
   */
  snippet?: boolean;
}

export interface Finding {
  range: OffsetRange;
  message: string;
  /** Rule-specific payload (e.g. `candidates`), merged into `diagnostic.data`. */
  data?: Record<string, unknown>;
  fixes?: Fix[];
  /** A severity for this finding that differs from the rule's default (e.g. a tolerable front-matter key). */
  severity?: Exclude<SeveritySetting, 'off'>;
}

export interface RuleContext {
  doc: SubmissionDocument;
  store: RecommendationStore;
  /** The review(s) the submission assesses: from `previous-review`, or the State's last review before `cycle`. */
  previousReviews: Review[];
  /** `previous-review` symbols not in the loaded data (the front-matter rule reports them). */
  missingPreviousReviews: { symbol: string; range: OffsetRange }[];
  settings: CheckSettings;
}

export interface Rule {
  id: RuleId;
  defaultSeverity: Exclude<SeveritySetting, 'off'>;
  /** One line for documentation and `upr-draft rules`. */
  description: string;
  check(ctx: RuleContext): Finding[];
}
