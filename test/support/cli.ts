/** Runs the built `sightline` CLI (dist/cli.js) as a real child process. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const cliPath = join(repoRoot, 'dist', 'cli.js');
/** OTLP receivers on free loopback ports, so tests never collide with each other or a real collector. */
export const LOOPBACK_OTLP = ['--otlp.http-listen-address', '127.0.0.1:0', '--otlp.grpc-listen-address', '127.0.0.1:0'];

/** The environment of a user's shell: without the test runner's variables, which change logging. */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env, ...extra };
  for (const key of Object.keys(env)) if (key.startsWith('VITEST') || key === 'NODE_ENV') delete env[key];
  return env;
}

function assertBuilt(): void {
  if (!existsSync(cliPath)) throw new Error(`${cliPath} is missing: run 'npm run build' (make test does) before the e2e tests`);
}

export function runCli(args: string[], env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  assertBuilt();
  const res = spawnSync(process.execPath, [cliPath, ...args], { encoding: 'utf8', env: childEnv(env), timeout: 60_000 });
  return { status: res.status, stdout: res.stdout, stderr: res.stderr };
}

export class SightlineProcess {
  readonly output: string[] = [];
  readonly exited: Promise<number | null>;

  private constructor(
    readonly proc: ChildProcess,
    readonly url: string,
  ) {
    proc.stdout?.on('data', (d: Buffer) => this.output.push(d.toString()));
    proc.stderr?.on('data', (d: Buffer) => this.output.push(d.toString()));
    this.exited = new Promise((resolve) => proc.on('exit', (code) => resolve(code)));
  }

  /** `nodeArgs` go to node itself, e.g. --cpu-prof (not allowed in NODE_OPTIONS). */
  static start(args: string[], port: number, env: Record<string, string> = {}, nodeArgs: string[] = []): SightlineProcess {
    assertBuilt();
    const proc = spawn(process.execPath, [...nodeArgs, cliPath, ...args, '--web.listen-address', `127.0.0.1:${port}`], {
      env: childEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new SightlineProcess(proc, `http://127.0.0.1:${port}`);
  }

  logs(): string {
    return this.output.join('');
  }

  /** Resolves once GET path answers with the status, failing early if the process exits. */
  async waitFor(path: string, status = 200, timeoutMs = 60_000): Promise<Response> {
    const deadline = Date.now() + timeoutMs;
    let exited = false;
    void this.exited.then(() => (exited = true));
    for (;;) {
      if (exited) throw new Error(`sightline exited before ${path} answered ${status}:\n${this.logs()}`);
      try {
        const res = await fetch(this.url + path);
        if (res.status === status) return res;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${path} to answer ${status}:\n${this.logs()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
    if (this.proc.exitCode === null) this.proc.kill(signal);
    return this.exited;
  }
}
