import { RecommendationStore } from '../engine/dataset/recommendationStore';
import type { ResponseValue } from '../engine/model/recommendation';
import type { SearchFilters, SearchHit } from '../engine/search/searchTypes';
import { parseCommandArgs, UsageError, type CliIo } from './cliIo';
import { loadDatasets } from './loadDatasets';

const RESPONSES = ['supported', 'noted', 'pending', 'unknown'];

export async function runSearch(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(argv, {
    state: { type: 'string' },
    review: { type: 'string' },
    cycle: { type: 'string' },
    'recommending-state': { type: 'string' },
    response: { type: 'string' },
    theme: { type: 'string' },
    action: { type: 'string' },
    limit: { type: 'string', default: '10' },
    format: { type: 'string', default: 'text' },
    dataset: { type: 'string', multiple: true, default: [] },
    'no-bundled': { type: 'boolean', default: false },
  });
  const { values: v, positionals } = parsed;
  const query = positionals.join(' ');
  const filters: SearchFilters = {};
  if (v.state) filters.state = v.state;
  if (v.review) filters.review = v.review;
  if (v.cycle) filters.cycle = positiveInt(v.cycle, '--cycle');
  if (v['recommending-state']) filters.recommendingState = v['recommending-state'];
  if (v.response) {
    if (!RESPONSES.includes(v.response)) throw new UsageError(`--response must be one of ${RESPONSES.join(', ')}`);
    filters.response = v.response as ResponseValue;
  }
  if (v.theme) filters.theme = v.theme;
  if (v.action) filters.actionCategory = positiveInt(v.action, '--action');
  const limit = positiveInt(v.limit, '--limit');
  if (v.format !== 'text' && v.format !== 'json') throw new UsageError('--format must be text or json');
  if (!query && Object.keys(filters).length === 0) throw new UsageError('give a query, a filter, or both');

  const datasets = loadDatasets(v.dataset, !v['no-bundled'], io);
  if (!datasets) return 1;
  const store = RecommendationStore.fromDatasets(datasets);
  const hits = store.search(query, filters, limit);
  if (v.format === 'json') {
    io.out(JSON.stringify(hits, null, 2) + '\n');
  } else if (hits.length === 0) {
    io.err(`No recommendations match${query ? ` "${query}"` : ''}${describeFilters(filters)}.\n`);
  } else {
    io.out(hits.map(formatHit).join('\n') + '\n');
  }
  return 0;
}

function positiveInt(s: string, flag: string): number {
  const n = Number(s);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${flag} must be a positive whole number, not "${s}"`);
  return n;
}

function describeFilters(f: SearchFilters): string {
  const parts = Object.entries(f).map(([k, val]) => `${k}=${String(val)}`);
  return parts.length ? ` with ${parts.join(', ')}` : '';
}

function formatHit(h: SearchHit): string {
  const r = h.recommendation;
  const part = r.part ? ` (part ${r.part})` : '';
  const head = `${r.document}, para. ${r.id}${part} (${r.recommendingStates.join(', ') || 'no State given'}) — ${r.stateUnderReview.name}${r.year ? ` ${r.year}` : ''}, ${r.response.value}`;
  const themes = r.themes.length ? `\n    themes: ${r.themes.join('; ')}` : '';
  return `${head}\n    ${wrap(r.text, 88).join('\n    ')}${themes}`;
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
