import { resolveSettings, type CheckSettings } from '../engine/check/settings';

export interface ServerSettings {
  check: CheckSettings;
  datasets: string[];
  run: 'onType' | 'onSave';
  problems: string[];
}

/** The editor's `upr.*` configuration (as VS Code sends it) turned into engine settings. */
export function readServerSettings(raw: unknown): ServerSettings {
  const c = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const wordLimit = (c.wordLimit ?? {}) as Record<string, unknown>;
  const rules = Object.fromEntries(Object.entries((c.rules ?? {}) as Record<string, unknown>).filter(([, v]) => v !== 'default'));
  const { settings, problems } = resolveSettings({
    wordLimits: { individual: wordLimit.individual, joint: wordLimit.joint },
    countEndnotes: wordLimit.countEndnotes,
    rules,
    citationStyle: c.citationStyle,
  });
  const datasets = Array.isArray(c.datasets) && c.datasets.every((g) => typeof g === 'string') ? (c.datasets as string[]) : ['**/*.upr.json'];
  return { check: settings, datasets, run: c.run === 'onSave' ? 'onSave' : 'onType', problems };
}
