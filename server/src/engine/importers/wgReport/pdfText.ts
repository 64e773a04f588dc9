/**
 * The text layer of a PDF as lines, for the shared parser. pdfjs-dist gives positioned
 * text runs in content-stream order (page furniture often first), so lines are rebuilt
 * from the runs' baselines: top to bottom, then left to right. Pages are joined with a
 * form feed so the parser can cite pages.
 */
import { ImportError } from '../importResult';

interface Run {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** The shape of pdfjs text items we use (TextItem; TextMarkedContent has no `str`). */
interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
}

/** Below this many letters in the whole document the PDF is taken for a scan. */
const MIN_TEXT_CHARS = 200;

export async function extractPdfText(bytes: Uint8Array, file: string): Promise<string> {
  if (bytes.length === 0) throw new ImportError(file, 'is empty');
  // pdfjs-dist builds a DOMMatrix when it loads; in Node it borrows one from its optional
  // native @napi-rs/canvas, which the .vsix does not ship (platform-specific, 30 MB).
  // Text extraction needs no rendering, so a standard JS DOMMatrix does.
  const g = globalThis as { DOMMatrix?: unknown };
  g.DOMMatrix ??= (await import('@thednp/dommatrix')).default;
  // Loaded on demand: the bundles keep pdfjs-dist external (it is an ES module with a worker).
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdfjs takes ownership of (detaches) the buffer it is given: pass a copy.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: 0,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy().catch(() => undefined);
    const name = (e as Error).name;
    if (name === 'PasswordException') throw new ImportError(file, 'is an encrypted (password-protected) PDF; save an unprotected copy and import that');
    throw new ImportError(file, `is not a readable PDF (corrupt or truncated: ${oneLine((e as Error).message)})`);
  }
  try {
    const pageRuns: Run[][] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const runs: Run[] = [];
      for (const it of content.items as unknown[]) {
        const t = it as Partial<PdfTextItem>;
        if (typeof t.str !== 'string' || t.str === '' || !t.transform) continue;
        const [a = 0, b = 0, , , x = 0, y = 0] = t.transform;
        runs.push({ str: t.str, x, y, width: t.width ?? 0, size: Math.hypot(a, b) || 10 });
      }
      pageRuns.push(runs);
      page.cleanup();
    }
    // Footnotes, running headers and page numbers are set smaller than the body text
    // (9 pt under 10 pt): lines made only of smaller runs are dropped, so a footnote such
    // as "The recommendation made during the interactive dialogue was as follows: …" is
    // not glued into the recommendation above it.
    const body = bodyFontSize(pageRuns.flat());
    const pages: string[] = [];
    let letters = 0;
    for (const runs of pageRuns) {
      const lines = linesOf(runs, body * 0.93);
      for (const l of lines) letters += l.replace(/\s/g, '').length;
      pages.push(lines.join('\n'));
    }
    if (letters < MIN_TEXT_CHARS) {
      throw new ImportError(file, 'has no text layer (an image-only, scanned PDF); run OCR on it or use the text version of the report');
    }
    return pages.join('\n\f');
  } catch (e) {
    if (e instanceof ImportError) throw e;
    throw new ImportError(file, `is not a readable PDF (corrupt or truncated: ${oneLine((e as Error).message)})`);
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

/** The font size that carries most characters. */
function bodyFontSize(runs: readonly Run[]): number {
  const chars = new Map<number, number>();
  for (const r of runs) {
    const k = Math.round(r.size * 2) / 2;
    chars.set(k, (chars.get(k) ?? 0) + r.str.length);
  }
  let best = 10;
  let most = -1;
  for (const [k, n] of chars) if (n > most) [best, most] = [k, n];
  return best;
}

/**
 * Runs on one baseline (within a fraction of the font size) form a line; lines whose
 * runs are all smaller than `minSize` are dropped (footnotes, running headers).
 */
export function linesOf(runs: Run[], minSize = 0): string[] {
  const sorted = [...runs].sort((r, s) => s.y - r.y || r.x - s.x);
  const groups: Run[][] = [];
  for (const r of sorted) {
    const g = groups[groups.length - 1];
    const ref = g?.[0];
    if (g && ref && Math.abs(ref.y - r.y) <= Math.max(1.5, 0.35 * Math.min(ref.size, r.size))) g.push(r);
    else groups.push([r]);
  }
  return groups.filter((g) => g.some((r) => r.size >= minSize && r.str.trim() !== '')).map((g) => {
    g.sort((r, s) => r.x - s.x);
    let out = '';
    let end = -Infinity;
    for (const r of g) {
      // A gap wider than a fifth of the font size is a word space the PDF did not encode.
      if (out !== '' && r.x - end > 0.2 * r.size && !/\s$/.test(out) && !/^\s/.test(r.str)) out += ' ';
      out += r.str;
      end = Math.max(end, r.x + r.width);
    }
    return out.replace(/\s+/g, ' ').trim();
  }).filter((l) => l !== '');
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim().slice(0, 160);
}
