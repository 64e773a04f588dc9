import { parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { ImportError, type ImportResult } from '../importResult';
import { annotationFromObject, fieldKey } from './annotation';
import { UhriCollector } from './collect';

export const UHRI_JSON_IMPORTER = 'uhri-json';

/**
 * True when `value` (parsed JSON) looks like a UHRI export: an array whose first elements
 * are objects with an AnnotationId and a Text or Symbol field.
 */
export function looksLikeUhriJson(value: unknown): boolean {
  if (!Array.isArray(value) || value.length === 0) return false;
  return value.slice(0, 5).every(isAnnotationObject);
}

function isAnnotationObject(v: unknown): boolean {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  const keys = new Set(Object.keys(v).map(fieldKey));
  return keys.has('annotationid') && (keys.has('text') || keys.has('symbol'));
}

/**
 * Import a UHRI bulk export in JSON (an array of annotation objects). The file is not
 * parsed as one string: the whole export (~270k annotations, hundreds of MB) would come
 * near V8's string length limit and hold every raw object at once. Instead a byte scanner
 * finds each top-level element and JSON.parse reads it, so only the converted records stay
 * in memory. Only UPR recommendations are kept; the rest are counted in a warning.
 */
export function importUhriJson(bytes: Uint8Array, file: string): ImportResult {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const collector = new UhriCollector(file, UHRI_JSON_IMPORTER);
  const fail = (offset: number, what: string): never => {
    const { line, column } = lineColumn(buf, offset);
    throw new ImportError(file, `invalid JSON at line ${line}, column ${column} (byte ${offset}): ${what}`);
  };

  let i = 0;
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) i = 3;
  i = skipWs(buf, i);
  if (i >= buf.length) throw new ImportError(file, 'empty file');
  if (buf[i] !== 0x5b /* [ */) {
    if (buf[i] === 0x7b /* { */) throw new ImportError(file, 'expected an array of UHRI annotations, found an object');
    // Something else: a JSON scalar, or not JSON at all.
    const text = buf.toString('utf8', i, Math.min(buf.length, i + 1_000_000));
    try {
      const v: unknown = JSON.parse(text);
      throw new ImportError(file, `expected an array of UHRI annotations, found ${v === null ? 'null' : typeof v}`);
    } catch (e) {
      if (e instanceof ImportError) throw e;
      locateError(buf, i, i + text.length, fail);
      fail(i, 'not JSON');
    }
  }

  let line = lineColumn(buf, i).line;
  let lineScan = i;
  let index = 0;
  i = skipWs(buf, i + 1);
  if (buf[i] === 0x5d /* ] */) {
    i = skipWs(buf, i + 1);
    if (i < buf.length) fail(i, 'unexpected content after the array');
    const r = collector.result();
    r.warnings.push(`${file}: no annotations in the file`);
    return r;
  }
  for (;;) {
    if (i >= buf.length) fail(i, 'unexpected end of file (truncated?)');
    const start = i;
    const end = valueEnd(buf, start);
    if (end < 0) fail(buf.length, 'unexpected end of file (truncated?)');
    // Line of this element, counted incrementally.
    for (; lineScan < start; lineScan++) if (buf[lineScan] === 0x0a) line++;
    let value: unknown;
    try {
      value = JSON.parse(buf.toString('utf8', start, end));
    } catch {
      locateError(buf, start, end, fail);
      fail(start, 'invalid value');
    }
    if (!isAnnotationObject(value)) {
      if (index === 0) {
        throw new ImportError(file, `expected an array of UHRI annotations (objects with AnnotationId, Symbol, Text, …); the first element is ${describe(value)}`);
      }
      collector.note(`${file}: line ${line}: element ${index + 1} is not a UHRI annotation (${describe(value)}); skipped`);
    } else {
      collector.add(annotationFromObject(value as Record<string, unknown>), `line ${line}`, line);
    }
    index++;
    i = skipWs(buf, end);
    if (buf[i] === 0x2c /* , */) {
      i = skipWs(buf, i + 1);
      continue;
    }
    if (buf[i] === 0x5d /* ] */) {
      i = skipWs(buf, i + 1);
      if (i < buf.length) fail(i, 'unexpected content after the array');
      break;
    }
    if (i >= buf.length) fail(i, "unexpected end of file (truncated?): expected ',' or ']'");
    fail(i, "expected ',' or ']' after an array element");
  }
  return collector.result();
}

function skipWs(buf: Buffer, i: number): number {
  while (i < buf.length) {
    const c = buf[i]!;
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
    i++;
  }
  return i;
}

/**
 * End offset (exclusive) of the JSON value starting at `start`, tracking only strings
 * and bracket depth; -1 when the buffer ends first. Validity is left to JSON.parse.
 */
function valueEnd(buf: Buffer, start: number): number {
  const first = buf[start]!;
  if (first !== 0x7b && first !== 0x5b && first !== 0x22) {
    // Scalar: runs to the next delimiter.
    let i = start;
    while (i < buf.length) {
      const c = buf[i]!;
      if (c === 0x2c || c === 0x5d || c === 0x7d || c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) break;
      i++;
    }
    return i;
  }
  let depth = 0;
  let inString = false;
  for (let i = start; i < buf.length; i++) {
    const c = buf[i]!;
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22) {
        inString = false;
        if (depth === 0) return i + 1;
      }
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/** Finds the first syntax error in buf[start, end) with jsonc-parser (strict JSON) and fails there. */
function locateError(buf: Buffer, start: number, end: number, fail: (offset: number, what: string) => never): void {
  const text = buf.toString('utf8', start, end);
  const errors: ParseError[] = [];
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const e = errors[0];
  if (e) fail(start + Buffer.byteLength(text.slice(0, e.offset), 'utf8'), describeParseError(e));
}

function describeParseError(e: ParseError): string {
  // "ValueExpected" → "value expected"
  return printParseErrorCode(e.error)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
}

/** 1-based line and column (in characters) of a byte offset. */
function lineColumn(buf: Buffer, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const stop = Math.min(offset, buf.length);
  for (let i = buf.indexOf(0x0a); i >= 0 && i < stop; i = buf.indexOf(0x0a, i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: buf.toString('utf8', lineStart, stop).length + 1 };
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') {
    const keys = Object.keys(v as object);
    return `an object with ${keys.length ? keys.slice(0, 4).join(', ') : 'no keys'}${keys.length > 4 ? ', …' : ''}`;
  }
  return `a ${typeof v}`;
}
