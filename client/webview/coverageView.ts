import type { CoverageItem, CoverageResponse, CoverageStatus, SubmissionCoverage } from '../../server/src/protocol';
import { count, h } from './dom';
import type { ActiveDocument, ReferenceTarget } from './panelProtocol';
import { actionButtons, responseLabel } from './recommendationParts';
import { RovingList } from './rovingList';
import { post } from './vscodeApi';

export type StatusFilter = 'all' | CoverageStatus;

export interface CoverageState {
  statusFilter: StatusFilter;
  /** Themes whose group is open. */
  openGroups: string[];
}

const STATUS_LABEL: Record<CoverageStatus, string> = { cited: 'Cited', mentioned: 'Mentioned without ID', 'not-addressed': 'Not addressed' };
const STATUS_HINT: Record<CoverageStatus, string> = {
  cited: 'cited by its ID',
  mentioned: 'talked about without its ID: add the ID',
  'not-addressed': 'not addressed',
};

/**
 * The coverage tab: which recommendations of the submission's previous review it cites,
 * mentions without ID, or leaves out, grouped by theme, each leading to its passage.
 */
export class CoverageView {
  readonly element: HTMLElement;
  readonly state: CoverageState;
  private readonly body: HTMLElement;
  private readonly roving: RovingList;
  private last: { document?: ActiveDocument; response?: CoverageResponse; error?: string } | undefined;

  constructor(initial: Partial<CoverageState>, private readonly changed: () => void) {
    this.state = { statusFilter: 'all', openGroups: [], ...initial };
    this.body = h('div', { class: 'coverage-body' }, h('p', { class: 'message' }, 'Looking at the active submission…'));
    this.element = h('section', { class: 'coverage-view', 'aria-label': 'Coverage' }, this.body);
    this.roving = new RovingList(this.body, 'li.row', (row) => this.goTo(row));
  }

  update(document: ActiveDocument | undefined, response: CoverageResponse | undefined, error: string | undefined): void {
    this.last = { ...(document ? { document } : {}), ...(response ? { response } : {}), ...(error ? { error } : {}) };
    this.render();
  }

  private render(): void {
    const { document, response, error } = this.last ?? {};
    const body = this.body;
    body.setAttribute('aria-busy', 'false');
    if (!document) {
      body.replaceChildren(h('p', { class: 'message' }, 'Open a submission (a Markdown file whose front matter names the state-under-review) to see which recommendations of its previous review it addresses.'));
      return;
    }
    if (error) {
      body.replaceChildren(
        h('p', { class: 'message error' }, `Could not compute the coverage of ${document.fileName}: ${error}`),
        h('button', { type: 'button', onclick: () => post({ type: 'refreshCoverage' }) }, 'Retry'),
      );
      return;
    }
    const coverage = response?.coverage;
    if (!coverage) {
      body.replaceChildren(h('p', { class: 'message' }, `${document.fileName}: ${response?.message ?? 'no coverage to show.'}`));
      return;
    }
    const scrollTop = this.element.parentElement?.scrollTop ?? 0;
    body.replaceChildren(this.summary(document, coverage), this.groups(coverage, response?.references ?? {}));
    this.roving.refresh();
    if (this.element.parentElement) this.element.parentElement.scrollTop = scrollTop;
  }

  private summary(document: ActiveDocument, c: SubmissionCoverage): HTMLElement {
    const { counts } = c;
    const pct = (n: number) => (counts.total ? (100 * n) / counts.total : 0);
    const bar = h('div', { class: 'bar', role: 'img', 'aria-label': `${counts.cited} cited, ${counts.mentioned} mentioned without ID, ${counts.notAddressed} not addressed` });
    const cited = h('span', { class: 'bar-cited' });
    const mentioned = h('span', { class: 'bar-mentioned' });
    // Widths through the CSSOM: the CSP allows no inline style attributes.
    cited.style.width = `${pct(counts.cited)}%`;
    mentioned.style.width = `${pct(counts.mentioned)}%`;
    bar.append(cited, mentioned);
    const filterButton = (value: StatusFilter, label: string, n: number) =>
      h(
        'button',
        {
          type: 'button',
          class: `chip chip-${value}`,
          'aria-pressed': String(this.state.statusFilter === value),
          onclick: () => {
            this.state.statusFilter = value;
            this.changed();
            this.render();
          },
        },
        value !== 'all' ? h('span', { class: `dot dot-${value}`, 'aria-hidden': 'true' }) : null,
        `${label} `,
        h('span', { class: 'chip-count' }, count(n)),
      );
    const reviews = c.reviews.map((r) => `${r.document}${r.year ? ` (${r.year})` : ''}`).join(', ');
    return h(
      'div',
      { class: 'coverage-summary' },
      h('p', { class: 'coverage-title' }, h('strong', null, c.stateUnderReview?.name ?? 'Submission'), ` · previous review ${reviews}`),
      h('p', { class: 'coverage-file', title: document.uri }, document.fileName),
      h('p', { class: 'coverage-count', role: 'status' }, h('strong', null, `${count(counts.addressed)} of ${count(counts.total)}`), ' addressed'),
      bar,
      h(
        'div',
        { class: 'chips', role: 'group', 'aria-label': 'Show' },
        filterButton('all', 'All', counts.total),
        filterButton('cited', 'Cited', counts.cited),
        filterButton('mentioned', 'Mentioned without ID', counts.mentioned),
        filterButton('not-addressed', 'Not addressed', counts.notAddressed),
      ),
      c.missingReviews.length ? h('p', { class: 'message error' }, `Not in the loaded data: ${c.missingReviews.join(', ')}`) : null,
      h('p', { class: 'hint' }, 'A recommendation with several themes is listed under each of them.'),
    );
  }

  private groups(c: SubmissionCoverage, references: Record<string, string>): HTMLElement {
    const filter = this.state.statusFilter;
    const container = h('div', { class: 'groups' });
    for (const g of c.groups) {
      const items = g.items.map((i) => c.items[i]!).filter((it) => filter === 'all' || it.status === filter);
      if (!items.length) continue;
      const open = this.state.openGroups.includes(g.theme);
      const details = h(
        'details',
        { class: 'group', ...(open ? { open: true } : {}) },
        h(
          'summary',
          { 'aria-label': `${g.theme}: ${g.addressed} of ${g.items.length} addressed` },
          h('span', { class: 'group-name' }, g.theme),
          h('span', { class: 'group-count' }, `${g.addressed}/${g.items.length}`),
        ),
        h('ul', { class: 'rows coverage-items', 'aria-label': g.theme }, ...items.map((it) => this.itemRow(it, references))),
      );
      details.addEventListener('toggle', () => {
        const set = new Set(this.state.openGroups);
        if (details.open) set.add(g.theme);
        else set.delete(g.theme);
        this.state.openGroups = [...set];
        this.changed();
        this.roving.refresh();
      });
      container.append(details);
    }
    if (!container.childElementCount) container.append(h('p', { class: 'message' }, filter === 'not-addressed' ? 'Every recommendation is addressed.' : 'None.'));
    return container;
  }

  private itemRow(it: CoverageItem, references: Record<string, string>): HTMLLIElement {
    const reference = references[`${it.document}#${it.id}`];
    const target: ReferenceTarget = { document: it.document, id: it.id, recommendingStates: it.recommendingStates, text: it.text, ...(reference ? { reference } : {}) };
    const states = it.recommendingStates.join(', ');
    const row = h(
      'li',
      {
        class: `row coverage-item status-${it.status}`,
        tabindex: '-1',
        'data-document': it.document,
        'data-id': it.id,
        'aria-label': `${it.id} (${states}), ${responseLabel(it.response)}: ${STATUS_HINT[it.status]}.${it.places.length ? ' Enter goes to the passage.' : ''}`,
      },
      h(
        'div',
        { class: 'row-head' },
        h('span', { class: `dot dot-${it.status}`, title: STATUS_LABEL[it.status], 'aria-hidden': 'true' }),
        h('span', { class: 'rec-id' }, it.id),
        h('span', { class: 'by' }, states),
        h('span', { class: `status-label status-label-${it.status}` }, STATUS_LABEL[it.status]),
      ),
      h('p', { class: 'rec-text clamp', title: it.text }, it.text),
      h(
        'div',
        { class: 'actions' },
        it.places.length
          ? h(
              'button',
              { type: 'button', class: 'primary', onclick: () => post({ type: 'revealPlaces', target, places: it.places }) },
              it.places.length === 1 ? `Go to line ${it.places[0]!.range.start.line + 1}` : `Go to passage (${it.places.length})`,
            )
          : null,
        ...actionButtons(target, { find: false }).children,
      ),
    );
    row.addEventListener('click', (e) => {
      if ((e.target as HTMLElement).closest('button')) return;
      this.goTo(row, it);
    });
    (row as HTMLLIElement & { item?: CoverageItem }).item = it;
    return row;
  }

  private goTo(row: HTMLElement, known?: CoverageItem): void {
    const it = known ?? (row as HTMLElement & { item?: CoverageItem }).item;
    if (!it || !it.places.length) return;
    post({ type: 'revealPlaces', target: { document: it.document, id: it.id, recommendingStates: it.recommendingStates }, places: it.places });
  }
}
