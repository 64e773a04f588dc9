import type { Diagnostic } from 'vscode-languageserver-types';
import { checkSubmission } from '../../server/src/engine/check/checkSubmission';
import { resolveSettings } from '../../server/src/engine/check/settings';
import { loadBundledDataset } from '../../server/src/engine/dataset/bundledDataset';
import { RecommendationStore } from '../../server/src/engine/dataset/recommendationStore';
import { parseSubmission } from '../../server/src/engine/document';

let store: RecommendationStore | undefined;
/** The bundled data, loaded once for all rule tests. */
export function bundledStore(): RecommendationStore {
  store ??= RecommendationStore.fromDatasets([loadBundledDataset()]);
  return store;
}

export const FRONT_MATTER = `---
state-under-review: Azerbaijan
cycle: 3
previous-review: A/HRC/24/13
submission-type: joint
submitted-by:
  - Norwegian Helsinki Committee
---
`;

/** Checks a submission text (front matter added unless given) and returns the diagnostics. */
export function check(body: string, settings: unknown = {}, withFrontMatter = true): Diagnostic[] {
  const text = withFrontMatter ? FRONT_MATTER + body : body;
  return checkSubmission(parseSubmission(text), { store: bundledStore(), settings: resolveSettings(settings).settings });
}

export function codes(diags: Diagnostic[], rule?: string): string[] {
  return diags.filter((d) => !rule || d.code === rule).map((d) => String(d.code));
}

/** The document text a diagnostic's range covers. */
export function covered(text: string, d: Diagnostic): string {
  const lines = text.split('\n');
  if (d.range.start.line === d.range.end.line) return lines[d.range.start.line]!.slice(d.range.start.character, d.range.end.character);
  return [lines[d.range.start.line]!.slice(d.range.start.character), ...lines.slice(d.range.start.line + 1, d.range.end.line), lines[d.range.end.line]!.slice(0, d.range.end.character)].join('\n');
}
