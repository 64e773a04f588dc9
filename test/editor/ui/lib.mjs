// Shared by the user-level checks (test/editor/ui/*.ui.mjs): what a drafter does with
// mouse and keyboard in the workbench, through Playwright.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Opens a workspace file as a user would: Ctrl+P, its name, Enter. Types only once Quick
 * Open is showing (keys pressed before would land in the editor), and presses Enter only
 * on the file's own result row (the file index loads asynchronously).
 */
export async function quickOpen(page, name) {
  const input = page.locator('.quick-input-widget input');
  const tab = page.locator('.tab.active', { hasText: name }).first();
  // Retried: right after the workbench appears, Quick Open may not answer yet.
  for (let attempt = 1; ; attempt++) {
    try {
      // Close whatever is open (a quick pick, a hover): Ctrl+P toggles nothing then.
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+P');
      await input.waitFor({ state: 'visible', timeout: 5_000 });
      await input.fill(name);
      await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout: 10_000 });
      await page.keyboard.press('Enter');
      await tab.waitFor({ timeout: 10_000 });
      break;
    } catch (e) {
      if (attempt === 3) throw e;
    }
  }
  await page.locator('.editor-group-container.active .monaco-editor .view-line').first().waitFor({ timeout: 20_000 });
}

/** Moves the cursor to a 1-based line (and column) with Ctrl+G, so Monaco renders it. */
export async function goToLine(page, line, column) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+1'); // focus the editor, wherever focus was (Output, a webview)
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  // Ctrl+G opens Quick Open with ":"; without it the number would search file names.
  await input.fill(`:${line}${column ? `:${column}` : ''}`);
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden', timeout: 10_000 });
  await page.waitForTimeout(300); // the editor scrolls the line into view
}

/** The 1-based line and column of the first occurrence of `text` in a workspace file. */
export function positionOf(workspace, file, text) {
  const lines = readFileSync(join(workspace, file), 'utf8').split('\n');
  const i = lines.findIndex((l) => l.includes(text));
  if (i < 0) throw new Error(`"${text}" is not in ${file}`);
  return { line: i + 1, column: lines[i].indexOf(text) + 1 };
}

/** The 1-based line of the first occurrence of `text` in a workspace file. */
export function lineOf(workspace, file, text) {
  const lines = readFileSync(join(workspace, file), 'utf8').split('\n');
  const i = lines.findIndex((l) => l.includes(text));
  if (i < 0) throw new Error(`"${text}" is not in ${file}`);
  return i + 1;
}

export async function until(what, check, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
