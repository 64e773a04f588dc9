/**
 * `upr-draft`: the command-line face of the engine (same code as the language server).
 *   upr-draft check FILE|GLOB… [--format text|json|sarif]
 *   upr-draft search "QUERY" [--state AZE] [--review A/HRC/24/13] [--format json]
 *   upr-draft import FILE… [--out FILE]
 *   upr-draft export FILE --docx [-o OUT.docx]
 * Exit codes: 0 success, 1 the command failed on its input, 2 bad usage.
 */
import { runCheck, VERSION } from './checkCommand';
import { runExport } from './exportCommand';
import { runImport } from './importCommand';
import { runSearch } from './searchCommand';
import { UsageError, type CliIo } from './cliIo';

const USAGE = `Usage:
  upr-draft check FILE|GLOB… [--format text|json|sarif] [--dataset FILE.upr.json …]
                   [--config SETTINGS.json] [--max-warnings N] [--exit-zero] [--no-bundled]
  upr-draft search "QUERY" [--state STATE] [--review SYMBOL] [--cycle N]
                   [--recommending-state STATE] [--response supported|noted|pending|unknown]
                   [--theme THEME] [--action 1-5] [--limit N] [--format text|json]
                   [--dataset FILE.upr.json …] [--no-bundled]
  upr-draft import FILE… [--out FILE.upr.json] [--format text|json]
  upr-draft export FILE.md --docx [-o OUT.docx]
  upr-draft --help | --version`;

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'check':
        return await runCheck(rest, io);
      case 'search':
        return await runSearch(rest, io);
      case 'import':
        return await runImport(rest, io);
      case 'export':
        return await runExport(rest, io);
      case '--version':
      case '-v':
        io.out(`${VERSION}\n`);
        return 0;
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.out(USAGE + '\n');
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`upr-draft: ${e.message}\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
}

if (require.main === module) {
  main(process.argv.slice(2), {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`upr-draft: internal error: ${(e as Error).stack ?? String(e)}\n`);
      process.exitCode = 3;
    },
  );
}
