import { isRuleId, type RuleId } from './ruleIds';

export type SeveritySetting = 'off' | 'error' | 'warning' | 'information' | 'hint';

/** How a reference to a prior recommendation is written by quick fixes and the panel. */
export type CitationStyle =
  /** 109.118 (Norway) */
  | 'id-state'
  /** A/HRC/24/13, para. 109.118 */
  | 'symbol-para'
  /** recommendation 109.118 (Norway) */
  | 'recommendation-id-state';

export interface CheckSettings {
  wordLimits: { individual: number; joint: number };
  /** Whether endnotes count toward the word limit (OHCHR guidance varies by cycle). */
  countEndnotes: boolean;
  /** Per-rule severity; absent = the rule's default. */
  rules: Partial<Record<RuleId, SeveritySetting>>;
  citationStyle: CitationStyle;
}

export const DEFAULT_SETTINGS: CheckSettings = {
  wordLimits: { individual: 2815, joint: 5630 },
  countEndnotes: false,
  rules: {},
  citationStyle: 'id-state',
};

const SEVERITIES: readonly string[] = ['off', 'error', 'warning', 'information', 'hint'];
const STYLES: readonly string[] = ['id-state', 'symbol-para', 'recommendation-id-state'];

/**
 * Settings from an untrusted source (the editor's `upr.*` configuration, a CLI config
 * file) merged over the defaults. Values of the wrong type are ignored, each with a
 * message, so a typo in settings never stops the checker.
 */
export function resolveSettings(raw: unknown): { settings: CheckSettings; problems: string[] } {
  const problems: string[] = [];
  const settings: CheckSettings = structuredClone(DEFAULT_SETTINGS);
  if (raw === undefined || raw === null) return { settings, problems };
  if (typeof raw !== 'object') return { settings, problems: ['settings must be an object'] };
  const r = raw as Record<string, unknown>;
  const limits = r.wordLimits as Record<string, unknown> | undefined;
  if (limits && typeof limits === 'object') {
    for (const k of ['individual', 'joint'] as const) {
      const v = limits[k];
      if (v === undefined) continue;
      if (typeof v === 'number' && Number.isInteger(v) && v > 0) settings.wordLimits[k] = v;
      else problems.push(`wordLimits.${k} must be a positive whole number`);
    }
  }
  if (r.countEndnotes !== undefined) {
    if (typeof r.countEndnotes === 'boolean') settings.countEndnotes = r.countEndnotes;
    else problems.push('countEndnotes must be true or false');
  }
  if (r.citationStyle !== undefined) {
    if (typeof r.citationStyle === 'string' && STYLES.includes(r.citationStyle)) settings.citationStyle = r.citationStyle as CitationStyle;
    else problems.push(`citationStyle must be one of ${STYLES.join(', ')}`);
  }
  const rules = r.rules as Record<string, unknown> | undefined;
  if (rules && typeof rules === 'object') {
    for (const [k, v] of Object.entries(rules)) {
      if (!isRuleId(k)) problems.push(`rules: unknown rule "${k}"`);
      else if (typeof v !== 'string' || !SEVERITIES.includes(v)) problems.push(`rules.${k} must be one of ${SEVERITIES.join(', ')}`);
      else settings.rules[k] = v as SeveritySetting;
    }
  }
  return { settings, problems };
}
