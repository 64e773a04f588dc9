import type { FacetsResponse, SearchFilters, SearchResponse, SearchResultHit } from '../../server/src/protocol';
import { count, debounce, h, highlighted, queryWords } from './dom';
import type { ReferenceTarget } from './panelProtocol';
import { actionButtons, responseBadge } from './recommendationParts';
import { RovingList } from './rovingList';
import { post, request } from './vscodeApi';

export const PAGE_SIZE = 50;
const TYPING_DEBOUNCE_MS = 220;

/** What the search tab remembers while the view is hidden. */
export interface SearchState {
  query: string;
  /** State under review: ISO3 or name; '' = any. */
  state: string;
  /** '' | 'review:A/HRC/24/13' | 'cycle:2' */
  review: string;
  response: string;
  theme: string;
  recommendingState: string;
  /** The drafter picked the State: the active submission's no longer replaces it. */
  stateFromUser: boolean;
  filtersOpen: boolean;
  /** Results loaded (pages of "Show more"), restored when the view is shown again. */
  shown: number;
}

const DEFAULTS: SearchState = { query: '', state: '', review: '', response: '', theme: '', recommendingState: '', stateFromUser: false, filtersOpen: true, shown: PAGE_SIZE };
const CYCLE_YEARS: Record<number, string> = { 1: '2008–2011', 2: '2012–2016', 3: '2017–2022', 4: '2022–2027' };

/** The search tab: a search box, filters whose choices come from the data, and paged results. */
export class SearchView {
  readonly element: HTMLElement;
  readonly state: SearchState;
  private readonly input: HTMLInputElement;
  private readonly selects: Record<'state' | 'review' | 'response' | 'theme' | 'recommendingState', HTMLSelectElement>;
  private readonly filterDetails: HTMLDetailsElement;
  private readonly filterCount: HTMLElement;
  private readonly status: HTMLElement;
  private readonly list: HTMLUListElement;
  private readonly more: HTMLButtonElement;
  private readonly roving: RovingList;
  private hits: SearchResultHit[] = [];
  private total = 0;
  private totalIsLowerBound = false;
  private searchSeq = 0;
  private facetsSeq = 0;
  private facets: FacetsResponse | undefined;
  private readonly facetsCache = new Map<string, FacetsResponse>();
  private readonly searchSoon = debounce(() => void this.search(), TYPING_DEBOUNCE_MS);

  constructor(initial: Partial<SearchState>, private readonly changed: () => void) {
    this.state = { ...DEFAULTS, ...initial };
    this.input = h('input', {
      type: 'search',
      class: 'search-input',
      placeholder: 'Search recommendations, e.g. torture, NGO registration',
      'aria-label': 'Search recommendations',
      'aria-controls': 'search-results',
      spellcheck: 'false',
    });
    this.input.value = this.state.query;
    this.input.addEventListener('input', () => {
      this.state.query = this.input.value;
      this.changed();
      this.searchSoon();
    });
    this.input.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowDown') {
        e.preventDefault();
        this.roving.focusFirst();
      } else if (e.key === 'Enter') {
        void this.search();
      }
    });
    const select = (key: keyof SearchView['selects'], label: string): HTMLSelectElement => {
      const s = h('select', { id: `filter-${key}`, 'aria-label': label });
      s.addEventListener('change', () => this.onFilterChange(key, s.value));
      return s;
    };
    this.selects = {
      state: select('state', 'State under review'),
      review: select('review', 'Review or cycle'),
      response: select('response', 'Response'),
      theme: select('theme', 'Theme'),
      recommendingState: select('recommendingState', 'Recommending State'),
    };
    fill(this.selects.response, [
      ['', 'Any response'],
      ['supported', 'Supported'],
      ['noted', 'Noted'],
    ], this.state.response);
    const field = (key: keyof SearchView['selects'], label: string) => h('label', { class: 'field', for: `filter-${key}` }, h('span', { class: 'field-label' }, label), this.selects[key]);
    this.filterCount = h('span', { class: 'badge count-badge', hidden: true });
    this.filterDetails = h(
      'details',
      { class: 'filters', ...(this.state.filtersOpen ? { open: true } : {}) },
      h('summary', null, 'Filters ', this.filterCount),
      h(
        'div',
        { class: 'filter-grid' },
        field('state', 'State under review'),
        field('review', 'Review / cycle'),
        field('response', 'Response'),
        field('theme', 'Theme'),
        field('recommendingState', 'Recommending State'),
        h('button', { type: 'button', class: 'link-button', onclick: () => this.clearFilters() }, 'Clear filters'),
      ),
    );
    this.filterDetails.addEventListener('toggle', () => {
      this.state.filtersOpen = this.filterDetails.open;
      this.changed();
    });
    this.status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
    this.list = h('ul', { id: 'search-results', class: 'rows results', 'aria-label': 'Search results' });
    this.roving = new RovingList(this.list, 'li.row', (row) => {
      const hit = this.hits[Number(row.dataset.index)];
      if (hit) post({ type: 'insertReference', target: targetOf(hit) });
    });
    this.more = h('button', { type: 'button', class: 'more', hidden: true, onclick: () => void this.search(this.hits.length) }, `Show ${PAGE_SIZE} more`);
    this.element = h('section', { class: 'search-view', 'aria-label': 'Search' }, this.input, this.filterDetails, this.status, this.list, this.more);
  }

  focusInput(): void {
    this.input.focus();
  }

  /** Loads the filter choices, then the results (restoring as many as were shown). */
  async start(): Promise<void> {
    await this.loadFacets();
    await this.search(0, Math.max(this.state.shown, PAGE_SIZE));
  }

  /** The active submission's State becomes the filter, unless the drafter chose one. */
  async followSubmissionState(state: string | undefined): Promise<void> {
    if (!state || this.state.stateFromUser || this.state.state === state) return;
    this.state.state = state;
    this.state.review = '';
    this.state.theme = '';
    this.state.recommendingState = '';
    this.changed();
    await this.loadFacets();
    await this.search();
  }

  private async onFilterChange(key: keyof SearchView['selects'], value: string): Promise<void> {
    this.state[key] = value;
    if (key === 'state') {
      this.state.stateFromUser = true;
      this.changed();
      await this.loadFacets();
    }
    this.changed();
    await this.search();
  }

  private clearFilters(): void {
    Object.assign(this.state, { state: '', review: '', response: '', theme: '', recommendingState: '', stateFromUser: true });
    this.changed();
    void this.loadFacets().then(() => this.search());
  }

  private async loadFacets(): Promise<void> {
    const seq = ++this.facetsSeq;
    const key = this.state.state;
    try {
      let f = this.facetsCache.get(key);
      if (!f) {
        f = await request<FacetsResponse>('upr/facets', key ? { state: key } : {});
        this.facetsCache.set(key, f);
      }
      if (seq !== this.facetsSeq) return;
      this.facets = f;
      this.renderFilters(f);
    } catch (e) {
      if (seq === this.facetsSeq) this.showMessage(`Could not load the filter choices: ${(e as Error).message}`, true);
    }
  }

  private renderFilters(f: FacetsResponse): void {
    const s = this.state;
    // A value the data no longer offers (another State's review) is dropped.
    const stateValue = f.state ? (f.state.iso3 ?? f.state.name) : s.state;
    fill(this.selects.state, [['', 'Any State'], ...f.states.map((x): [string, string] => [x.iso3 ?? x.name, x.name])], stateValue);
    if (!s.state) s.state = '';
    const reviewOptions: [string, string][] = f.reviews.length
      ? f.reviews.map((r) => [`review:${r.document}`, `${r.document} · cycle ${r.cycle ?? '?'}${r.year ? `, ${r.year}` : ''} (${count(r.count)})`])
      : f.cycles.map((c) => [`cycle:${c}`, `Cycle ${c}${CYCLE_YEARS[c] ? ` (${CYCLE_YEARS[c]})` : ''}`]);
    s.review = keep(s.review, reviewOptions);
    fill(this.selects.review, [['', f.reviews.length ? 'All reviews' : 'Any cycle'], ...reviewOptions], s.review);
    const themeOptions = f.themes.map((t): [string, string] => [t.value, `${t.value} (${count(t.count)})`]);
    s.theme = keep(s.theme, themeOptions);
    fill(this.selects.theme, [['', 'Any theme'], ...themeOptions], s.theme);
    const recOptions = f.recommendingStates.map((t): [string, string] => [t.value, `${t.value} (${count(t.count)})`]);
    s.recommendingState = keep(s.recommendingState, recOptions);
    fill(this.selects.recommendingState, [['', 'Any recommending State'], ...recOptions], s.recommendingState);
    this.selects.response.value = s.response;
    this.updateFilterCount();
  }

  private updateFilterCount(): void {
    const s = this.state;
    const n = [s.state, s.review, s.response, s.theme, s.recommendingState].filter(Boolean).length;
    this.filterCount.textContent = String(n);
    this.filterCount.hidden = n === 0;
    this.filterCount.setAttribute('aria-label', `${n} active`);
  }

  private filters(): SearchFilters {
    const s = this.state;
    const f: SearchFilters = {};
    if (s.state) f.state = s.state;
    if (s.review.startsWith('review:')) f.review = s.review.slice(7);
    else if (s.review.startsWith('cycle:')) f.cycle = Number(s.review.slice(6));
    if (s.response === 'supported' || s.response === 'noted') f.response = s.response;
    if (s.theme) f.theme = s.theme;
    if (s.recommendingState) f.recommendingState = s.recommendingState;
    return f;
  }

  /** A new search (offset 0) or the next page. */
  private async search(offset = 0, limit = PAGE_SIZE): Promise<void> {
    this.updateFilterCount();
    const seq = ++this.searchSeq;
    const filters = this.filters();
    const query = this.state.query.trim();
    if (!query && Object.keys(filters).length === 0) {
      this.hits = [];
      this.renderResults(true);
      const size = this.facets?.recordCount;
      this.showMessage(
        size === 0
          ? 'No recommendations are loaded. Import a Working Group report (UPR Draft: Import recommendations…, or upr-draft import) to search it.'
          : `Type to search ${size ? count(size) + ' ' : ''}recommendations, or pick a State to list its recommendations.`,
      );
      return;
    }
    this.list.setAttribute('aria-busy', 'true');
    if (offset === 0) this.status.textContent = 'Searching…';
    this.more.disabled = true;
    try {
      const r = await request<SearchResponse>('upr/search', { query, filters, offset, limit });
      if (seq !== this.searchSeq) return;
      this.hits = offset === 0 ? r.results : [...this.hits, ...r.results];
      this.total = r.total ?? this.hits.length;
      this.totalIsLowerBound = r.totalIsLowerBound === true;
      this.state.shown = this.hits.length;
      this.changed();
      this.renderResults(offset === 0, offset);
    } catch (e) {
      if (seq !== this.searchSeq) return;
      this.hits = [];
      this.renderResults(true);
      this.showMessage(`The search failed: ${(e as Error).message}`, true);
    } finally {
      if (seq === this.searchSeq) {
        this.list.removeAttribute('aria-busy');
        this.more.disabled = false;
      }
    }
  }

  private showMessage(text: string, isError = false): void {
    this.status.textContent = '';
    this.status.append(h('span', { class: isError ? 'message error' : 'message' }, text));
    if (isError) this.status.append(' ', h('button', { type: 'button', class: 'link-button', onclick: () => void this.start() }, 'Retry'));
  }

  private renderResults(reset: boolean, from = 0): void {
    if (reset) this.list.replaceChildren();
    const words = queryWords(this.state.query);
    const showState = !this.state.state;
    const rows = this.hits.slice(reset ? 0 : from).map((hit, i) => resultRow(hit, (reset ? 0 : from) + i, words, showState));
    this.list.append(...rows);
    this.roving.refresh();
    const shown = this.hits.length;
    if (this.state.query.trim() || Object.keys(this.filters()).length) {
      if (shown === 0) {
        this.status.textContent = '';
        this.status.append(
          h('span', { class: 'message' }, this.state.query.trim() ? `No recommendation matches “${this.state.query.trim()}” with these filters.` : 'No recommendation matches these filters.'),
          ' ',
          h('button', { type: 'button', class: 'link-button', onclick: () => this.clearFilters() }, 'Clear filters'),
        );
      } else {
        this.status.textContent = `${this.totalIsLowerBound ? 'More than ' : ''}${count(this.total)} result${this.total === 1 ? '' : 's'} · showing ${count(shown)}`;
      }
    }
    const remaining = this.total - shown;
    this.more.hidden = shown === 0 || (remaining <= 0 && !this.totalIsLowerBound);
    this.more.textContent = `Show ${remaining > 0 ? Math.min(PAGE_SIZE, remaining) : PAGE_SIZE} more`;
  }
}

function targetOf(hit: SearchResultHit): ReferenceTarget {
  const r = hit.recommendation;
  return { document: r.document, id: r.id, recommendingStates: r.recommendingStates, text: r.text, ...(hit.reference ? { reference: hit.reference } : {}) };
}

function resultRow(hit: SearchResultHit, index: number, words: string[], showState: boolean): HTMLLIElement {
  const r = hit.recommendation;
  const target = targetOf(hit);
  const states = r.recommendingStates.join(', ') || 'recommending State not recorded';
  return h(
    'li',
    {
      class: 'row result',
      tabindex: '-1',
      'data-index': String(index),
      'aria-label': `Recommendation ${r.id} of ${r.document}${showState ? ` to ${r.stateUnderReview.name}` : ''}, by ${states}, ${r.response.value}. Enter inserts its reference.`,
    },
    h(
      'div',
      { class: 'row-head' },
      h('span', { class: 'rec-id' }, r.id),
      h('span', { class: 'review', title: `cycle ${r.cycle ?? '?'}${r.session ? `, Working Group session ${r.session}` : ''}` }, `${r.document}${r.year ? ` · ${r.year}` : ''}`),
      responseBadge(r.response.value),
    ),
    h('p', { class: 'rec-text' }, ...highlighted(r.text, words)),
    h(
      'p',
      { class: 'meta' },
      showState ? h('span', { class: 'sur' }, `To ${r.stateUnderReview.name} · `) : null,
      h('span', { class: 'by' }, 'By ', h('strong', null, states)),
      r.themes.length ? h('span', { class: 'themes' }, ` · ${r.themes.join(', ')}`) : null,
    ),
    actionButtons(target),
  );
}

function fill(select: HTMLSelectElement, options: [string, string][], value: string): void {
  select.replaceChildren(...options.map(([v, label]) => h('option', { value: v }, label)));
  select.value = options.some(([v]) => v === value) ? value : '';
}

function keep(value: string, options: [string, string][]): string {
  return options.some(([v]) => v === value) ? value : '';
}
