import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Polls `check` every 50 ms until it holds; fails after `timeoutMs`. For what a test cannot be told as an event. */
export async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export interface ApiProcess {
  child: ChildProcessWithoutNullStreams;
  origin: string;
  url: string;
  /** Every line the process wrote, stdout and stderr. */
  output: string[];
  /** Resolves with the exit code (or the signal's name). */
  exited: Promise<number | string>;
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<void>;
}

/**
 * The built app (dist/…/main.js, as `npm start` runs it) in a process of its own. Its database
 * is the caller's `DATABASE_URL` when one is given; otherwise an embedded PostgreSQL of its own
 * (never the test run's DATABASE_URL server): in `EMBEDDED_POSTGRES_DIR` when given, else in a
 * fresh folder under the system temp folder that is removed when the process has exited.
 */
export async function startApiProcess(env: Record<string, string>, options: { waitForReady?: boolean } = {}): Promise<ApiProcess> {
  const port = env.PORT ?? String(await freePort());
  const database: Record<string, string> = {};
  let ownDir: string | undefined;
  if (!env.DATABASE_URL) {
    database.DATABASE_URL = '';
    if (!env.EMBEDDED_POSTGRES_DIR) {
      ownDir = await fs.mkdtemp(path.join(os.tmpdir(), 'nlc-api-process-'));
      // As root the server runs as the postgres user, who must reach the folder.
      await fs.chmod(ownDir, 0o755);
      database.EMBEDDED_POSTGRES_DIR = path.join(ownDir, 'pg');
    }
    if (!env.EMBEDDED_POSTGRES_PORT) database.EMBEDDED_POSTGRES_PORT = String(await freePort());
  }
  const child = spawn(process.execPath, [path.resolve('dist/apps/api/src/main.js')], {
    env: { ...process.env, NODE_ENV: 'development', OUTBOX_INTERVAL_MS: '0', LOG_LEVEL: 'info', ...database, ...env, PORT: port },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const listeners = new Set<() => void>();
  const collect = (chunk: Buffer) => {
    output.push(...chunk.toString().split('\n').filter(Boolean));
    for (const listener of listeners) listener();
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise<number | string>((resolve) =>
    child.on('exit', (code, signal) => {
      if (!ownDir) return resolve(code ?? signal ?? -1);
      void removeDatabase(ownDir).finally(() => resolve(code ?? signal ?? -1));
    }),
  );
  const origin = `http://127.0.0.1:${port}`;
  const api: ApiProcess = {
    child,
    origin,
    url: `${origin}/graphql`,
    output,
    exited,
    waitFor: (pattern, timeoutMs = 60_000) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (output.some((line) => pattern.test(line))) {
            listeners.delete(check);
            clearTimeout(timer);
            resolve();
          }
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`Timed out waiting for ${pattern}; output:\n${output.join('\n')}`));
        }, timeoutMs);
        listeners.add(check);
        void exited.then((code) => {
          if (!listeners.has(check)) return;
          listeners.delete(check);
          clearTimeout(timer);
          reject(new Error(`Exited (${code}) while waiting for ${pattern}; output:\n${output.join('\n')}`));
        });
        check();
      }),
  };
  if (options.waitForReady !== false) await api.waitFor(/Instrumentencatalogus klaar/);
  return api;
}

/** An embedded PostgreSQL left running by a killed process is stopped before its folder goes. */
async function removeDatabase(dir: string): Promise<void> {
  try {
    const pid = Number(readFileSync(path.join(dir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
    if (pid > 0) process.kill(pid, 'SIGQUIT');
  } catch {
    // No server left (the app stopped it), or none was started.
  }
  await fs.rm(dir, { recursive: true, force: true });
}
