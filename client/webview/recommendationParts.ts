import type { ResponseValue } from '../../server/src/protocol';
import { h } from './dom';
import type { ReferenceTarget } from './panelProtocol';
import { post } from './vscodeApi';

const RESPONSE_LABEL: Record<ResponseValue, string> = { supported: 'Supported', noted: 'Noted', pending: 'Pending', unknown: 'No response recorded' };

/** The response as a badge whose colour is the theme's, not ours. */
export function responseBadge(response: ResponseValue): HTMLElement {
  return h('span', { class: `badge response-${response}`, title: `Response of the State under review: ${RESPONSE_LABEL[response]}` }, RESPONSE_LABEL[response]);
}

export function responseLabel(response: ResponseValue): string {
  return RESPONSE_LABEL[response];
}

/** The actions a drafter takes on a recommendation, as buttons. */
export function actionButtons(target: ReferenceTarget, options: { find?: boolean } = {}): HTMLElement {
  const name = `${target.id}${target.recommendingStates.length ? ` (${target.recommendingStates.join(', ')})` : ''}`;
  return h(
    'div',
    { class: 'actions' },
    h(
      'button',
      { class: 'primary', type: 'button', 'aria-label': `Insert reference to ${name} at the cursor`, title: target.reference ? `Insert “${target.reference}” at the cursor` : 'Insert a reference at the cursor', onclick: () => post({ type: 'insertReference', target }) },
      'Insert reference',
    ),
    h('button', { type: 'button', 'aria-label': `Copy reference and text of ${name}`, title: 'Copy the reference and the text', onclick: () => post({ type: 'copyReference', target }) }, 'Copy'),
    options.find !== false
      ? h('button', { type: 'button', 'aria-label': `Show where the document refers to ${name}`, title: 'Show where the active document refers to it', onclick: () => post({ type: 'showCitations', target }) }, 'Find in draft')
      : null,
  );
}
