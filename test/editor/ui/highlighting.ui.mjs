// The injection grammar as a user sees it: in the real workbench (VS Code 1.100's own
// Markdown and YAML grammars, default theme) a recommendation ID, a recommending State and
// a known front-matter key are coloured differently from the text around them, while a
// plain decimal ("84.5 per cent") and a misspelt key ("sesion") are not.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { quickOpen } from './lib.mjs';

const FILE = 'azerbaijan-2018-draft.md';

export default async ({ page, workspace, screenshotDir, log }) => {
  const lines = readFileSync(join(workspace, FILE), 'utf8').split('\n');
  const lineOf = (s) => {
    const i = lines.findIndex((l) => l.includes(s));
    if (i < 0) throw new Error(`the example has no line with ${s}`);
    return i + 1;
  };

  await quickOpen(page, FILE);
  await page.locator('.editor-group-container.active .monaco-editor .view-line').first().waitFor({ timeout: 20_000 });

  /** The rendered token (Monaco: a span with an mtkN class) holding `token` on the line that contains `lineText`. */
  const tokenOn = (lineText, token) =>
    page.evaluate(
      ([lineText, token]) => {
        const plain = (el) => el.textContent.replace(/\u00a0/g, ' ');
        for (const line of document.querySelectorAll('.editor-group-container.active .monaco-editor .view-line')) {
          if (!plain(line).includes(lineText)) continue;
          for (const span of line.querySelectorAll('span[class^="mtk"], span[class*=" mtk"]')) {
            if (plain(span).includes(token)) return { text: plain(span), color: getComputedStyle(span).color, className: span.className };
          }
        }
        return null;
      },
      [lineText, token],
    );

  const goTo = async (line) => {
    await page.keyboard.press('Control+G');
    await page.keyboard.type(String(line));
    await page.keyboard.press('Enter');
  };

  /** Waits until the two tokens are rendered and (tokenization is asynchronous) `ok` holds for them. */
  const compare = async (what, lineText, a, b, ok, timeoutMs = 20_000) => {
    const deadline = Date.now() + timeoutMs;
    let ta, tb;
    for (;;) {
      ta = await tokenOn(lineText, a);
      tb = await tokenOn(lineText, b);
      if (ta && tb && ok(ta, tb)) {
        log(`${what}: "${ta.text}" ${ta.color} / "${tb.text}" ${tb.color}`);
        return;
      }
      if (Date.now() > deadline) throw new Error(`${what}: ${JSON.stringify(ta)} vs ${JSON.stringify(tb)}`);
      await page.waitForTimeout(300);
    }
  };
  const differ = (x, y) => x.color !== y.color && x.text !== y.text;
  const same = (x, y) => x.color === y.color;

  await goTo(1);
  await compare('known front-matter key vs misspelt key', 'state-under-review', 'state-under-review', 'state-under-review', (x) => x.text === 'state-under-review');
  await page.screenshot({ path: join(screenshotDir, 'highlighting-front-matter.png') });
  const known = await tokenOn('state-under-review', 'state-under-review');
  const misspelt = await tokenOn('sesion: 30', 'sesion');
  if (!misspelt || known.color === misspelt.color) throw new Error(`a known key and a misspelt one look the same: ${JSON.stringify({ known, misspelt })}`);
  log(`front matter: "${known.text}" ${known.color} / "${misspelt.text}" ${misspelt.color}`);

  const reference = 'supported recommendation 109.118 (Norway) to remove';
  await goTo(lineOf(reference));
  await compare('recommendation ID vs prose', reference, '109.118', 'Azerbaijan supported', differ);
  await compare('recommending State vs prose', reference, 'Norway', 'Azerbaijan supported', differ);

  // "56. According to … won a third term with\n    84.5 per cent of the vote.": once the list
  // marker of the line before is coloured, that line is tokenized, and the decimal must
  // still share one span with the prose around it.
  const before = 'won a third term with';
  await goTo(lineOf(before));
  await compare('list marker vs prose (tokenized)', before, '56.', 'According to', differ);
  await compare('a plain decimal stays prose', '84.5 per cent of the vote', '84.5', 'per cent', same);
  const decimal = await tokenOn('84.5 per cent of the vote', '84.5');
  if (!decimal.text.includes('per cent')) throw new Error(`"84.5" is a token of its own: ${JSON.stringify(decimal)}`);
  await page.screenshot({ path: join(screenshotDir, 'highlighting.png') });
};
