/**
 * The lookup panel's page: two tabs, Search and Coverage. State (tab, query, filters,
 * open groups) is saved with `setState` on every change, so when VS Code rebuilds the
 * hidden view the drafter finds it as they left it.
 */
import './lookupPanel.css';
import { CoverageView, type CoverageState } from './coverageView';
import { h } from './dom';
import type { ExtensionMessage, PanelTab } from './panelProtocol';
import { SearchView, type SearchState } from './searchView';
import { loadState, post, saveState, settleResponse } from './vscodeApi';

interface PanelState {
  tab: PanelTab;
  search: Partial<SearchState>;
  coverage: Partial<CoverageState>;
}

const saved = loadState<PanelState>();
let tab: PanelTab = saved.tab === 'coverage' ? 'coverage' : 'search';
const save = (): void => saveState<PanelState>({ tab, search: searchView.state, coverage: coverageView.state });

const searchView = new SearchView(saved.search ?? {}, save);
const coverageView = new CoverageView(saved.coverage ?? {}, save);
const notice = h('p', { class: 'notice', role: 'alert', hidden: true });

const tabs: Record<PanelTab, { button: HTMLButtonElement; panel: HTMLElement }> = {
  search: { button: tabButton('search', 'Search'), panel: panelOf('search', searchView.element) },
  coverage: { button: tabButton('coverage', 'Coverage'), panel: panelOf('coverage', coverageView.element) },
};

function tabButton(id: PanelTab, label: string): HTMLButtonElement {
  return h('button', { type: 'button', role: 'tab', id: `tab-${id}`, class: 'tab', 'aria-controls': `panel-${id}`, onclick: () => selectTab(id, true) }, label);
}

function panelOf(id: PanelTab, content: HTMLElement): HTMLElement {
  return h('div', { role: 'tabpanel', id: `panel-${id}`, class: 'tabpanel', 'aria-labelledby': `tab-${id}` }, content);
}

function selectTab(id: PanelTab, focus: boolean): void {
  tab = id;
  for (const [key, t] of Object.entries(tabs) as [PanelTab, (typeof tabs)[PanelTab]][]) {
    const on = key === id;
    t.button.setAttribute('aria-selected', String(on));
    t.button.tabIndex = on ? 0 : -1;
    t.panel.hidden = !on;
  }
  if (focus) tabs[id].button.focus();
  save();
}

const tabList = h('div', { class: 'tabs', role: 'tablist', 'aria-label': 'Recommendations panel' }, tabs.search.button, tabs.coverage.button);
// Arrow keys move between tabs (the WAI-ARIA tabs pattern); Tab goes into the panel.
tabList.addEventListener('keydown', (e) => {
  if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight' && e.key !== 'Home' && e.key !== 'End') return;
  e.preventDefault();
  selectTab(tab === 'search' ? 'coverage' : 'search', true);
});

const app = document.getElementById('app')!;
app.replaceChildren(tabList, notice, tabs.search.panel, tabs.coverage.panel);
selectTab(tab, false);

let noticeTimer: ReturnType<typeof setTimeout> | undefined;
window.addEventListener('message', (event: MessageEvent<ExtensionMessage>) => {
  const m = event.data;
  if (!m || typeof m !== 'object' || settleResponse(m)) return;
  switch (m.type) {
    case 'coverage': {
      coverageView.update(m.document, m.response, m.error);
      const state = m.response?.stateUnderReview;
      void searchView.followSubmissionState(state ? (state.iso3 ?? state.name) : undefined);
      break;
    }
    case 'showTab':
      selectTab(m.tab, false);
      if (m.tab === 'search') searchView.focusInput();
      break;
    case 'notice':
      notice.textContent = m.text;
      notice.hidden = false;
      clearTimeout(noticeTimer);
      noticeTimer = setTimeout(() => (notice.hidden = true), 6000);
      break;
  }
});

post({ type: 'ready' });
void searchView.start();
