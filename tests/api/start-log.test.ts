import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { freePort, startApiProcess, type ApiProcess } from '../support/api-process.js';

/** The built app as `npm start` runs it, on an embedded PostgreSQL of its own; stopped and removed after. */
async function started(env: Record<string, string>): Promise<{ api: ApiProcess; dir: string }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'nlc-start-log-'));
  await fs.chmod(dir, 0o755);
  const api = await startApiProcess({
    DATABASE_URL: '',
    EMBEDDED_POSTGRES_DIR: path.join(dir, 'pg'),
    EMBEDDED_POSTGRES_PORT: String(await freePort()),
    ...env,
  });
  return { api, dir };
}

const running: { api: ApiProcess; dir: string }[] = [];
afterAll(async () => {
  for (const { api, dir } of running) {
    api.child.kill('SIGTERM');
    await api.exited;
    await fs.rm(dir, { recursive: true, force: true });
  }
});

describe('the start log', () => {
  it('in development: a few readable lines, no JSON and none of Nest’s module loading', async () => {
    const run = await started({ NODE_ENV: 'development' });
    running.push(run);
    const lines = run.api.output;
    expect(lines.some((line) => /INFO: Instrumentencatalogus klaar: http:\/\/localhost:\d+\//.test(line))).toBe(true);
    expect(lines.some((line) => /PostgreSQL started on 127\.0\.0\.1/.test(line))).toBe(true);
    expect(lines.filter((line) => line.trimStart().startsWith('{'))).toEqual([]);
    expect(lines.filter((line) => /InstanceLoader|RouterExplorer|dependencies initialized|Mapped \{/.test(line))).toEqual([]);
    // Database, example data, demo accounts (four lines) and the address: well under 30 lines.
    expect(lines.length).toBeLessThanOrEqual(12);
  });

  it('with LOG_FORMAT=json (production’s default): one JSON object per line', async () => {
    const run = await started({ NODE_ENV: 'development', LOG_FORMAT: 'json' });
    running.push(run);
    const entries = run.api.output.map((line) => JSON.parse(line) as { level: number; msg: string });
    expect(entries.some((entry) => /Instrumentencatalogus klaar/.test(entry.msg))).toBe(true);
    expect(entries.every((entry) => typeof entry.level === 'number')).toBe(true);
    expect(entries.some((entry) => /dependencies initialized/.test(entry.msg))).toBe(false);
  });
});
