// The lookup panel as a drafter uses it: open the example, open UPR Draft from the
// activity bar, search "torture", insert the first result's reference into the text,
// then look at the Coverage tab. Screenshots: panel-search.png, panel-coverage.png.
import { join } from 'node:path';
import { quickOpen } from './lib.mjs';

const FILE = 'azerbaijan-2018-draft.md';

export default async ({ page, screenshotDir, log }) => {
  // Open the example and put the cursor at the end of the text.
  await quickOpen(page, FILE);
  const editor = page.locator('.editor-group-container.active .monaco-editor').first();
  await editor.waitFor({ timeout: 20_000 });
  await editor.locator('.view-lines').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('See ');

  // The UPR Draft container in the activity bar (clicking an open one would close it).
  const item = page.locator('.part.activitybar [aria-label^="UPR Draft"]').first();
  await item.waitFor({ timeout: 20_000 });
  const selected = async () => (await item.getAttribute('aria-selected')) === 'true' || (await item.locator('xpath=ancestor-or-self::li').first().getAttribute('class'))?.includes('checked');
  if (!(await selected())) await item.click();

  // Webviews are nested iframes: the host frame, then the page in #active-frame.
  const panel = await findPanelFrame(page);
  log('webview found');
  // The panel reopens on the tab it was left on: go to Search.
  await panel.locator('#tab-search').click();
  const search = panel.locator('input.search-input');
  await search.waitFor({ timeout: 20_000 });
  await search.fill('');
  await search.click();
  await search.pressSequentially('torture', { delay: 40 });
  // Before the query, the panel lists the submission's State's recommendations: wait for
  // the results of "torture" (as you type, without pressing Enter).
  const first = panel.locator('li.result').first();
  let firstText = '';
  for (const deadline = Date.now() + 20_000; ; ) {
    firstText = (await first.locator('.rec-text').textContent({ timeout: 20_000 }).catch(() => '')) ?? '';
    if (/tortur/i.test(firstText)) break;
    if (Date.now() > deadline) throw new Error(`no results for "torture"; first result: ${firstText}`);
    await page.waitForTimeout(250);
  }
  const status = await panel.locator('.status').textContent();
  if (!/\d+ results?/.test(status ?? '')) throw new Error(`no result count: ${status}`);
  log(`search: ${status}; first: ${(await first.locator('.rec-id').textContent())} ${firstText?.slice(0, 80)}`);
  await page.screenshot({ path: join(screenshotDir, 'panel-search.png') });

  // Insert the first result's reference at the cursor.
  const insert = first.getByRole('button', { name: /^Insert reference/ });
  const title = (await insert.getAttribute('title')) ?? '';
  const reference = /“(.+)”/.exec(title)?.[1];
  if (!reference) throw new Error(`no reference in the insert button's title: ${title}`);
  await insert.click();
  const lines = editor.locator('.view-lines');
  const deadline = Date.now() + 15_000;
  for (;;) {
    const text = ((await lines.textContent()) ?? '').replace(/\u00a0/g, ' ');
    if (text.includes(`See ${reference}`)) break;
    if (Date.now() > deadline) throw new Error(`the editor does not show "See ${reference}": …${text.slice(-300)}`);
    await page.waitForTimeout(250);
  }
  log(`inserted: See ${reference}`);

  // Coverage of the example.
  await panel.locator('#tab-coverage').click();
  const countLine = panel.locator('.coverage-count');
  await countLine.waitFor({ timeout: 20_000 });
  const summary = (await countLine.textContent()) ?? '';
  if (!/\d+ of 162 addressed/.test(summary)) throw new Error(`unexpected coverage summary: ${summary}`);
  // Open the first group that has a cited recommendation, so the screenshot shows items.
  const group = panel.locator('details.group', { has: panel.locator('li.status-cited') }).first();
  await group.locator('summary').click();
  await group.locator('li.coverage-item').first().waitFor({ timeout: 5_000 });
  log(`coverage: ${summary}`);
  await page.screenshot({ path: join(screenshotDir, 'panel-coverage.png') });

  // Leave the example as it was for any later check.
  await editor.locator('.view-lines').click();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Control+Z');
};

async function findPanelFrame(page) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const hosts = page.locator('iframe.webview.ready');
    const n = await hosts.count();
    for (let i = 0; i < n; i++) {
      const inner = page.frameLocator('iframe.webview.ready').nth(i).frameLocator('iframe#active-frame');
      if ((await inner.locator('#tab-search').count()) > 0) return inner;
    }
    if (Date.now() > deadline) throw new Error(`no webview with the lookup panel (${n} webviews)`);
    await page.waitForTimeout(300);
  }
}
