/**
 * `upr-draft export FILE [--docx] [-o OUT.docx]`: writes the submission as a Word
 * document, by default next to FILE with the extension .docx. Warnings (an endnote
 * referred to but not defined, front matter problems) go to stderr as FILE:LINE lines;
 * they do not fail the export. Exit 0 written, 2 bad usage, unreadable input or
 * unwritable output.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { exportDocx } from '../engine/export/exportDocx';
import { parseCommandArgs, UsageError, type CliIo } from './cliIo';

export async function runExport(argv: string[], io: CliIo): Promise<number> {
  const { values: v, positionals } = parseCommandArgs(argv, {
    // The only format so far; the flag is accepted so scripts can say what they want.
    docx: { type: 'boolean', default: true },
    out: { type: 'string', short: 'o' },
  });
  if (positionals.length !== 1) throw new UsageError(`export takes one Markdown file, not ${positionals.length}`);
  const input = positionals[0]!;
  const out = v.out ?? path.join(path.dirname(input), `${path.basename(input, path.extname(input))}.docx`);
  if (path.extname(out).toLowerCase() !== '.docx') throw new UsageError(`-o should end in .docx, not "${out}"`);
  if (path.resolve(out) === path.resolve(input)) throw new UsageError(`the output ${out} would replace the input`);

  let text: string;
  try {
    text = fs.readFileSync(input, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    io.err(`upr-draft: ${input}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n`);
    return 2;
  }
  const result = await exportDocx(text);
  for (const w of result.warnings) io.err(`${input}${w.line === undefined ? '' : `:${w.line}`}: warning: ${w.message}\n`);
  try {
    fs.writeFileSync(out, result.bytes);
  } catch (e) {
    io.err(`upr-draft: ${out}: cannot be written (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n`);
    return 2;
  }
  io.err(`wrote ${out} (${Math.ceil(result.bytes.length / 1024)} KB, ${result.warnings.length} warning(s))\n`);
  return 0;
}
