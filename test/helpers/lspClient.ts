import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-languageserver-protocol/node';
import { InitializeRequest, InitializedNotification, ShutdownRequest, ExitNotification, type InitializeResult } from 'vscode-languageserver-protocol';
import { after } from 'node:test';
import { REPO } from './paths';

// A failed test must not leave a server running and the test file waiting on it: every
// server still alive when the file's tests end is killed.
const live = new Set<ChildProcess>();
after(() => {
  for (const child of live) child.kill();
});

/** The real, built language server (dist/server.js) driven over stdio, as an editor would. */
export class StdioLspClient {
  readonly connection: MessageConnection;
  private readonly child: ChildProcess;
  readonly stderr: string[] = [];

  constructor(extraArgs: string[] = []) {
    this.child = spawn(process.execPath, [path.join(REPO, 'dist', 'server.js'), '--stdio', ...extraArgs], { stdio: ['pipe', 'pipe', 'pipe'] });
    live.add(this.child);
    this.child.once('exit', () => live.delete(this.child));
    this.child.stderr!.on('data', (d: Buffer) => this.stderr.push(d.toString()));
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.listen();
  }

  async initialize(rootUri: string | null = null): Promise<InitializeResult> {
    const result = await this.connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri, capabilities: {}, workspaceFolders: null });
    await this.connection.sendNotification(InitializedNotification.type, {});
    return result;
  }

  /** Shuts the server down the LSP way and resolves with its exit code. */
  async shutdown(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.child.once('exit', (code) => resolve(code)));
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    const code = await exited;
    this.connection.dispose();
    return code;
  }
}
