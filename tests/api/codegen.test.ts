import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from '@jest/globals';

const run = promisify(execFile);

describe('web GraphQL types', () => {
  it('are what codegen makes from schema.gql and the *.graphql documents (run `npm run codegen` when they are not)', async () => {
    // --check generates in memory and fails, naming the files, when a committed one differs.
    const result = await run(process.execPath, ['node_modules/@graphql-codegen/cli/cjs/bin.js', '--config', 'apps/web/codegen.ts', '--check'], {
      cwd: process.cwd(),
    }).then(
      () => ({ ok: true, stale: '' }),
      (error: { stdout?: string; stderr?: string }) => ({ ok: false, stale: `${error.stdout ?? ''}${error.stderr ?? ''}` }),
    );
    expect(result).toEqual({ ok: true, stale: '' });
  });
});
