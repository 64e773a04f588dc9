// A drafter points at a recommendation reference: the hover shows the recommendation.
// First with the keyboard (cursor on the ID, Ctrl+K Ctrl+I), then with the mouse.
import { join } from 'node:path';
import { goToLine, positionOf, quickOpen } from './lib.mjs';

const FILE = 'azerbaijan-2018-draft.md';

async function checkHover(widget) {
  const text = await widget.innerText();
  for (const want of ['Norway', 'A/HRC/24/13', /Supported|Noted/]) {
    if (typeof want === 'string' ? !text.includes(want) : !want.test(text)) throw new Error(`the hover lacks ${want}: ${text}`);
  }
}

export default async function hover({ page, workspace, screenshotDir, log }) {
  await quickOpen(page, FILE);
  const at = positionOf(workspace, FILE, '109.118 (Norway) to remove');
  await goToLine(page, at.line, at.column + 2);
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+I');
  const widget = page.locator('.monaco-hover:visible').filter({ hasText: 'Remove all legislative and practical obstacles' }).first();
  await widget.waitFor({ state: 'visible', timeout: 15_000 });
  await checkHover(widget);
  await page.keyboard.press('Escape');

  // The mouse: the injection grammar makes the ID its own token (a span) on that line.
  const token = page.locator('.monaco-editor .view-lines .view-line', { hasText: '109.118 (Norway) to remove' }).locator('span span', { hasText: /^109\.118$/ }).first();
  await token.hover();
  await widget.waitFor({ state: 'visible', timeout: 15_000 });
  await checkHover(widget);
  await page.screenshot({ path: join(screenshotDir, 'hover.png') });
  log('hover shown (keyboard and mouse), saved as hover.png');
  await page.mouse.move(5, 400);
  await page.keyboard.press('Escape');
}
