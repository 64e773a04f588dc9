import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'macintosh' | 'windows-1252';
export type LineEnding = 'lf' | 'crlf' | 'cr' | 'none';

export interface DecodedText {
  /** The text with every line ending turned into "\n". */
  text: string;
  encoding: TextEncoding;
  lineEnding: LineEnding;
}

/**
 * Decode a text file whose encoding is not declared. The UN and UPR Info files come as
 * UTF-8, or as Mac Roman from old Excel-on-Mac exports, or as Windows-1252. No library
 * guesses between these two 8-bit code pages reliably on short English text (jschardet
 * and chardet both call most Mac Roman files "windows-1252"), so we decide by which
 * reading gives the more plausible characters for this material.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let encoding: TextEncoding;
  let text: string;
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    encoding = 'utf-8';
    text = buf.subarray(3).toString('utf8');
  } else if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) {
    encoding = 'utf-16le';
    text = iconv.decode(buf.subarray(2), 'utf-16le');
  } else if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    encoding = 'utf-16be';
    text = iconv.decode(buf.subarray(2), 'utf-16be');
  } else if (isValidUtf8(buf)) {
    encoding = 'utf-8';
    text = buf.toString('utf8');
  } else {
    const mac = iconv.decode(buf, 'macintosh');
    const win = iconv.decode(buf, 'windows-1252');
    // Bare CR line endings mean a classic Mac OS program wrote the file, i.e. Mac Roman.
    // On a file with a handful of non-ASCII bytes the character vote alone can go wrong
    // (6-9.csv: "Guaran\x92", "vis-\x88-vis" read as Windows-1252 give "Guaran’",
    // "visˆvis"), so the line endings count for Mac Roman unless Windows-1252 is
    // clearly more plausible.
    const macBonus = detectLineEnding(mac) === 'cr' ? 10 : 0;
    if (plausibility(mac) + macBonus >= plausibility(win)) {
      encoding = 'macintosh';
      text = mac;
    } else {
      encoding = 'windows-1252';
      text = win;
    }
  }
  const lineEnding = detectLineEnding(text);
  return { text: normaliseLineEndings(text), encoding, lineEnding };
}

export function detectLineEnding(text: string): LineEnding {
  const crlf = countMatches(text, /\r\n/g);
  const cr = countMatches(text, /\r(?!\n)/g);
  const lf = countMatches(text, /(?<!\r)\n/g);
  if (crlf === 0 && cr === 0 && lf === 0) return 'none';
  if (crlf >= cr && crlf >= lf) return 'crlf';
  return cr > lf ? 'cr' : 'lf';
}

export function normaliseLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function countMatches(text: string, re: RegExp): number {
  let n = 0;
  for (const _ of text.matchAll(re)) n++;
  return n;
}

function isValidUtf8(buf: Buffer): boolean {
  // TextDecoder with fatal:true throws on the first invalid sequence.
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return true;
  } catch {
    return false;
  }
}

/**
 * Scores a decoding: letters with diacritics, typographic quotes and dashes count for it;
 * control characters, symbols that never appear in UN prose (e.g. "Õ" between letters,
 * "¬", "∂", "π") count against it.
 */
function plausibility(text: string): number {
  let score = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) continue;
    if ('’‘“”–—…•'.includes(ch)) score += 2;
    // Modifier letters (ˆ ˜) are letters to Unicode but never stand alone in prose.
    else if (/\p{Lm}/u.test(ch)) score -= 2;
    else if (/\p{L}/u.test(ch) && 'ÕÔÒÓ'.indexOf(ch) < 0) score += 1;
    else if (c >= 0x80 && c <= 0x9f) score -= 3;
    else score -= 1;
  }
  return score;
}
