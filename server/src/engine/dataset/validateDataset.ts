import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import { findNodeAtLocation, parseTree, type Node, type ParseError } from 'jsonc-parser';
import schema from '../../../../schemas/upr-dataset.schema.json';
import type { Dataset, Recommendation, Review } from '../model/recommendation';

/** One problem found in a dataset file, with the place it is at. */
export interface DatasetProblem {
  file: string;
  /** JSON pointer of the offending value, e.g. "/recommendations/12/id". */
  pointer: string;
  /** 1-based line and column in the file, when the file text was given. */
  line?: number;
  column?: number;
  message: string;
}

export interface ValidatedDataset {
  dataset: Dataset;
  /** Records dropped because they failed validation; the rest are kept. */
  dropped: { reviews: number; recommendations: number };
  problems: DatasetProblem[];
}

/** Thrown when the file as a whole is not a dataset (not JSON, wrong top-level shape). */
export class DatasetError extends Error {
  constructor(
    readonly file: string,
    readonly problems: DatasetProblem[],
  ) {
    // One line, as a terminal and the editor's notification show it: the first problem
    // with its place, then the others.
    const [first, ...rest] = problems;
    const more = rest.map((p) => `${p.pointer || '/'} ${p.message}`).join('; ');
    super(first ? `${formatProblem(first)}${more ? `; also ${more}` : ''}` : `${file}: not a dataset file`);
    this.name = 'DatasetError';
  }
}

export function formatProblem(p: DatasetProblem): string {
  const where = p.line !== undefined ? `${p.file}:${p.line}:${p.column ?? 1}` : p.file;
  return `${where}: ${p.pointer || '/'} ${p.message}`;
}

let compiled: ValidateFunction | undefined;
function validator(): ValidateFunction {
  // Compiled once: ajv compilation costs a few milliseconds and the schema never changes.
  compiled ??= new Ajv2020({ allErrors: true, strict: true }).compile(schema);
  return compiled;
}

/**
 * Validates a dataset file against the JSON Schema. A file whose top level is wrong is
 * rejected whole (DatasetError); a bad review or recommendation is dropped and reported,
 * and the good ones are kept, so one typo in a 5,000-record file costs one record.
 */
export function validateDatasetText(text: string, file: string): ValidatedDataset {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const tree = parseWithPosition(text);
    throw new DatasetError(file, [{ file, pointer: '', ...tree, message: `is not valid JSON (${(e as Error).message})` }]);
  }
  return validateDatasetValue(value, file, text);
}

export function validateDatasetValue(value: unknown, file: string, text?: string): ValidatedDataset {
  const validate = validator();
  if (validate(value)) {
    return { dataset: value as unknown as Dataset, dropped: { reviews: 0, recommendations: 0 }, problems: [] };
  }
  const errors = validate.errors ?? [];
  const locate = locator(text);
  const problems = errors.map((e) => ({ file, pointer: e.instancePath, ...locate(e.instancePath), message: describe(e) }));
  const badItems = { reviews: new Set<number>(), recommendations: new Set<number>() };
  let topLevelBroken = false;
  for (const e of errors) {
    const m = /^\/(reviews|recommendations)\/(\d+)(\/|$)/.exec(e.instancePath);
    if (m) badItems[m[1] as 'reviews' | 'recommendations'].add(Number(m[2]));
    else topLevelBroken = true;
  }
  if (topLevelBroken) throw new DatasetError(file, problems);
  const v = value as Dataset;
  const dataset: Dataset = {
    ...v,
    reviews: v.reviews.filter((_: Review, i: number) => !badItems.reviews.has(i)),
    recommendations: v.recommendations.filter((_: Recommendation, i: number) => !badItems.recommendations.has(i)),
  };
  return {
    dataset,
    dropped: { reviews: badItems.reviews.size, recommendations: badItems.recommendations.size },
    problems,
  };
}

function describe(e: ErrorObject): string {
  if (e.keyword === 'additionalProperties') return `has unknown property "${String(e.params.additionalProperty)}"`;
  if (e.keyword === 'required') return `is missing "${String(e.params.missingProperty)}"`;
  if (e.keyword === 'enum') return `${e.message}: ${(e.params.allowedValues as unknown[]).map((x) => JSON.stringify(x)).join(', ')}`;
  return e.message ?? e.keyword;
}

/** Maps a JSON pointer to a line/column, parsing the text only when there are errors. */
function locator(text: string | undefined): (pointer: string) => { line?: number; column?: number } {
  if (text === undefined) return () => ({});
  let root: Node | undefined;
  const lineStarts = computeLineStarts(text);
  return (pointer) => {
    root ??= parseTree(text);
    if (!root) return {};
    const path = pointer
      .split('/')
      .slice(1)
      .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
      .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    const node = findNodeAtLocation(root, path);
    return node ? offsetToPosition(lineStarts, node.offset) : {};
  };
}

function parseWithPosition(text: string): { line?: number; column?: number } {
  const errors: ParseError[] = [];
  parseTree(text, errors);
  const first = errors[0];
  return first ? offsetToPosition(computeLineStarts(text), first.offset) : {};
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function offsetToPosition(lineStarts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
}
