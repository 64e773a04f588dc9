import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Output sinks, injected so tests can run commands in-process. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

/** Wrong arguments: reported with the usage text and exit code 2. */
export class UsageError extends Error {}

/** node:util parseArgs with positionals allowed, its errors turned into UsageError (exit 2). */
export function parseCommandArgs<O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}
