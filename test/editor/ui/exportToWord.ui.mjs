// Export to Word as a user does it: the command palette's "UPR Draft: Export to Word" on
// the example, "Replace" when a .docx from an earlier export is there, then the
// notification naming the file with its Open / Reveal / Show Warnings buttons, and the
// warnings (the undefined endnote [^15]) in the "UPR Draft: Export" output.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { quickOpen } from './lib.mjs';

const FILE = 'azerbaijan-2018-draft.md';
const DOCX = 'azerbaijan-2018-draft.docx';

export default async ({ page, workspace, screenshotDir, log }) => {
  const out = join(workspace, DOCX);
  const before = existsSync(out) ? statSync(out).mtimeMs : 0;

  await quickOpen(page, FILE);
  await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().click();

  await page.keyboard.press('Control+Shift+P');
  await page.keyboard.type('UPR Draft: Export to Word');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Export to Word' }).first().waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');

  // An export from an earlier run (the editor suite's) is there: the command asks first.
  const replace = page.locator('.monaco-dialog-box .dialog-buttons .monaco-button', { hasText: 'Replace' });
  if (before > 0) {
    await replace.waitFor({ timeout: 10_000 });
    log('asked before replacing the earlier export');
    await replace.click();
  }

  const toast = page.locator('.notifications-toasts .notification-toast', { hasText: `exported ${DOCX}` });
  await toast.waitFor({ timeout: 30_000 });
  const message = (await toast.locator('.notification-list-item-message').textContent()) ?? '';
  log(`notification: ${message}`);
  if (!/with 3 warnings: line 4: front matter/.test(message)) throw new Error(`unexpected notification: ${message}`);
  for (const label of ['Open', 'Reveal', 'Show Warnings']) {
    if ((await toast.locator('.monaco-button', { hasText: label }).count()) === 0) throw new Error(`the notification has no "${label}" button`);
  }
  await page.screenshot({ path: join(screenshotDir, 'export-notification.png') });

  const bytes = readFileSync(out);
  if (bytes.subarray(0, 2).toString('latin1') !== 'PK' || statSync(out).mtimeMs <= before) throw new Error(`${DOCX} was not (re)written as a zip`);
  log(`${DOCX}: ${bytes.length} bytes`);

  await toast.locator('.monaco-button', { hasText: 'Show Warnings' }).click();
  const output = page.locator('.part.panel .view-lines', { hasText: 'endnote [^15] is referred to but not defined' });
  await output.first().waitFor({ timeout: 10_000 });
  await page.screenshot({ path: join(screenshotDir, 'export-warnings.png') });
  log('the warnings are in the "UPR Draft: Export" output');
};
