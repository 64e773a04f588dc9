import { findFrontMatterBlock } from '../document/frontMatter';
import { isRuleId, RULE_IDS, type RuleId } from './ruleIds';

/**
 * In-document switches, as HTML comments (invisible in rendered Markdown):
 *   <!-- upr-disable RULE … -->   from here on (no RULE = every rule)
 *   <!-- upr-enable RULE … -->    from here on again
 *   <!-- upr-disable-next-line RULE … -->
 * Read with a regular expression over the raw text rather than from the Markdown tree:
 * a comment may sit inside a list item or a paragraph, where remark keeps it as text.
 */
export interface Suppressions {
  /** Is `rule` switched off on this 0-based line? */
  isSuppressed(rule: RuleId, line: number): boolean;
  /** Comments naming no known rule, for a diagnostic. */
  unknownRules: { name: string; offset: number }[];
}

const COMMENT = /<!--\s*upr-(disable-next-line|disable|enable)\b([^>]*?)-->/g;
/** In the YAML front matter, where HTML comments cannot go, a YAML comment line does. */
const YAML_COMMENT = /^[ \t]*#[ \t]*upr-(disable-next-line|disable|enable)\b([^\n]*)$/gm;


export function readSuppressions(text: string): Suppressions {
  const events: { line: number; kind: 'disable' | 'enable' | 'next'; rules: RuleId[] }[] = [];
  const unknownRules: { name: string; offset: number }[] = [];
  let line = 0;
  let scanned = 0;
  const fmEnd = findFrontMatterBlock(text)?.contentRange.end ?? 0;
  const matches = [...text.matchAll(COMMENT), ...[...text.slice(0, fmEnd).matchAll(YAML_COMMENT)]].sort((a, b) => a.index - b.index);
  for (const m of matches) {
    for (let i = scanned; i < m.index; i++) if (text.charCodeAt(i) === 10) line++;
    scanned = m.index;
    const names = m[2]!.split(/[\s,]+/).filter(Boolean);
    const rules: RuleId[] = [];
    for (const n of names) {
      if (isRuleId(n)) rules.push(n);
      else unknownRules.push({ name: n, offset: m.index });
    }
    const kind = m[1] === 'disable-next-line' ? 'next' : (m[1] as 'disable' | 'enable');
    // A comment that names only unknown rules switches nothing (rather than everything).
    if (names.length > 0 && rules.length === 0) continue;
    events.push({ line, kind, rules: names.length === 0 ? [...RULE_IDS] : rules });
  }
  if (events.length === 0) return { isSuppressed: () => false, unknownRules };

  // Per rule: sorted [fromLine, toLine) ranges where it is off.
  const ranges = new Map<RuleId, [number, number][]>();
  const openSince = new Map<RuleId, number>();
  const add = (rule: RuleId, from: number, to: number): void => {
    const list = ranges.get(rule) ?? [];
    list.push([from, to]);
    ranges.set(rule, list);
  };
  for (const e of events) {
    for (const rule of e.rules) {
      if (e.kind === 'next') add(rule, e.line + 1, e.line + 2);
      else if (e.kind === 'disable') {
        if (!openSince.has(rule)) openSince.set(rule, e.line);
      } else {
        const since = openSince.get(rule);
        if (since !== undefined) add(rule, since, e.line + 1);
        openSince.delete(rule);
      }
    }
  }
  for (const [rule, since] of openSince) add(rule, since, Number.MAX_SAFE_INTEGER);
  return {
    isSuppressed: (rule, l) => (ranges.get(rule) ?? []).some(([a, b]) => l >= a && l < b),
    unknownRules,
  };
}
