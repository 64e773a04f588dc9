/** Output sinks, injected so tests can run commands in-process. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

/** Wrong arguments: reported with the usage text and exit code 2. */
export class UsageError extends Error {}
