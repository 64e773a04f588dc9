// The status bar shows the submission's words against its limit; a click lists the parts.
import { join } from 'node:path';
import { quickOpen, until } from './lib.mjs';

export default async function statusBar({ page, screenshotDir, log }) {
  await quickOpen(page, 'azerbaijan-2018-draft.md');
  const item = page.locator('.statusbar-item', { hasText: /words$/ }).first();
  const text = await until('the word count in the status bar', async () => {
    const t = (await item.innerText().catch(() => '')).trim();
    return /\d[\d,]* \/ 2,815 words/.test(t) ? t : undefined;
  });
  const [counted] = text.match(/\d[\d,]*/) ?? [];
  if (Number(counted.replace(/,/g, '')) <= 2815) throw new Error(`the example is over the limit, the status bar says ${text}`);
  await item.click();
  const pick = page.locator('.quick-input-widget');
  await pick.locator('.monaco-list-row', { hasText: 'of 2,815 words' }).first().waitFor({ timeout: 10_000 });
  const rows = await pick.locator('.monaco-list-row').allInnerTexts();
  if (!rows.some((r) => /Recommendations/.test(r))) throw new Error(`no "Recommendations" part in ${rows.join(' | ')}`);
  await page.screenshot({ path: join(screenshotDir, 'word-count.png') });
  log(`status bar: "${text}"; details list ${rows.length} rows`);
  await page.keyboard.press('Escape');
}
