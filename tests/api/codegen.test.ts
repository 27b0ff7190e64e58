import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from '@jest/globals';
import config from '../../apps/web/codegen.js';

const run = promisify(execFile);
const GENERATED = 'apps/web/src/generated/';

describe('web GraphQL types', () => {
  it('are what codegen makes from schema.gql and the documents (run `npm run codegen` when they are not)', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'nlc-codegen-'));
    try {
      const fresh = { ...config, generates: { [`${dir}/`]: (config.generates as Record<string, unknown>)[GENERATED] } };
      await writeFile(path.join(dir, 'codegen.json'), JSON.stringify(fresh));
      await run(process.execPath, ['node_modules/@graphql-codegen/cli/cjs/bin.js', '--config', path.join(dir, 'codegen.json')], {
        cwd: process.cwd(),
      });
      const files = (await readdir(dir)).filter((f) => f.endsWith('.ts')).sort();
      expect(files).toEqual((await readdir(GENERATED)).filter((f) => f.endsWith('.ts')).sort());
      for (const file of files) {
        const made = await readFile(path.join(dir, file), 'utf8');
        const committed = await readFile(path.join(GENERATED, file), 'utf8');
        expect({ file, committed }).toEqual({ file, committed: made });
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
