import { execFile } from 'node:child_process';
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

/**
 * The browser of the web tests and the bench: `CHROMIUM_PATH` when set, else Debian's Chromium when
 * it is installed, else the Chromium that `npm install` brings in `@sparticuz/chromium`, so a fresh
 * machine needs nothing else (see ../shared/STACK.md).
 */
export interface ChromiumLaunch {
  executablePath: string;
  args: string[];
  /** Extra environment for the browser process (fonts of the packaged Chromium). */
  env: Record<string, string>;
  source: 'CHROMIUM_PATH' | 'debian' | 'npm';
}

/** Headless and quiet on the closed network; without the background-networking flags Chromium floods it. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const require = createRequire(import.meta.url);

let resolved: Promise<ChromiumLaunch> | undefined;

export function chromiumLaunch(): Promise<ChromiumLaunch> {
  resolved ??= resolveChromium();
  return resolved;
}

async function resolveChromium(): Promise<ChromiumLaunch> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH names ${fromEnv}, which does not exist`);
    return { executablePath: fromEnv, args: CHROMIUM_ARGS, env: {}, source: 'CHROMIUM_PATH' };
  }
  if (isExecutableFile(DEBIAN_CHROMIUM)) return { executablePath: DEBIAN_CHROMIUM, args: CHROMIUM_ARGS, env: {}, source: 'debian' };
  const dir = await unpackedPackagedChromium();
  return {
    executablePath: path.join(dir, 'chromium'),
    args: CHROMIUM_ARGS,
    env: { FONTCONFIG_FILE: path.join(dir, 'nlc-fonts.conf') },
    source: 'npm',
  };
}

/** A regular file we may run (a CI step covers Debian's with /dev/null to prove the tests need it not). */
function isExecutableFile(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * Unpacks @sparticuz/chromium's Brotli archives once into a folder of its version under the system
 * temp folder. The package unpacks into `os.tmpdir()`, so a child process does it with TMPDIR set to a
 * private staging folder, which is then renamed into place: test workers that start at the same time
 * never see a half-written binary.
 */
async function unpackedPackagedChromium(): Promise<string> {
  // The package exports only its entry (build/index.js); its package.json is one folder up.
  const packageJson = path.join(path.dirname(require.resolve('@sparticuz/chromium')), '..', 'package.json');
  const { version } = JSON.parse(await fs.readFile(packageJson, 'utf8')) as { version: string };
  const target = path.join(os.tmpdir(), `nlc-chromium-${version}`);
  if (existsSync(path.join(target, 'nlc-fonts.conf'))) return target;

  const staging = await fs.mkdtemp(path.join(os.tmpdir(), `nlc-chromium-${version}-staging-`));
  try {
    const script = "const { default: c } = await import('@sparticuz/chromium'); await c.executablePath();";
    await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
      cwd: path.dirname(packageJson),
      env: { ...process.env, TMPDIR: staging },
    });
    // The package's own fonts (Open Sans) and the machine's, with a cache beside them.
    await fs.writeFile(
      path.join(staging, 'nlc-fonts.conf'),
      `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n` +
        `  <dir>${path.join(target, 'fonts', 'fonts')}</dir>\n  <dir>/usr/share/fonts</dir>\n` +
        `  <cachedir>${path.join(target, 'fonts-cache')}</cachedir>\n</fontconfig>\n`,
    );
    await fs.rename(staging, target);
  } catch (error) {
    await fs.rm(staging, { recursive: true, force: true });
    // Another worker renamed its copy into place first.
    if (existsSync(path.join(target, 'nlc-fonts.conf'))) return target;
    throw error;
  }
  return target;
}
