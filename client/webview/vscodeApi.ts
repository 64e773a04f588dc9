import type { ExtensionMessage, PanelRequestMethod, WebviewMessage } from './panelProtocol';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

/** The webview's one handle on VS Code (it may be acquired only once per page). */
const api = acquireVsCodeApi();

export function post(message: WebviewMessage): void {
  api.postMessage(message);
}

export function loadState<T>(): Partial<T> {
  const s = api.getState();
  return s && typeof s === 'object' ? (s as Partial<T>) : {};
}

export function saveState<T>(state: T): void {
  api.setState(state);
}

let nextId = 1;
const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
const REQUEST_TIMEOUT_MS = 30_000;

/** A language-server request, through the extension. Rejects with the server's error, or after 30 s. */
export function request<T>(method: PanelRequestMethod, params: unknown): Promise<T> {
  const requestId = nextId++;
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      pending.delete(requestId);
      reject(new Error('the language server did not answer in time'));
    }, REQUEST_TIMEOUT_MS);
    pending.set(requestId, {
      resolve: (v) => {
        clearTimeout(timer);
        resolve(v as T);
      },
      reject: (e) => {
        clearTimeout(timer);
        reject(e);
      },
    });
    post({ type: 'request', requestId, method, params });
  });
}

/** Settles a pending request; false for other messages. */
export function settleResponse(m: ExtensionMessage): boolean {
  if (m.type !== 'response') return false;
  const p = pending.get(m.requestId);
  if (!p) return true;
  pending.delete(m.requestId);
  if (m.error !== undefined) p.reject(new Error(m.error));
  else p.resolve(m.result);
  return true;
}
