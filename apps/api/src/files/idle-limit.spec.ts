import { PassThrough } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import { idleLimited } from './idle-limit.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const stalled = () => new Error('stalled');

describe('idleLimited', () => {
  it('fails when the source gives nothing for the limit, and lets go of it', async () => {
    const source = new PassThrough();
    source.write(Buffer.from('begin'));
    const pieces: string[] = [];
    const reading = (async () => {
      for await (const piece of idleLimited(source, 100, stalled)) pieces.push(String(piece));
    })();
    await expect(reading).rejects.toThrow('stalled');
    expect(pieces).toEqual(['begin']);
    expect(source.destroyed).toBe(true);
  });

  it('does not count the time the reader takes with a piece', async () => {
    const source = new PassThrough();
    const writing = (async () => {
      for (let i = 0; i < 3; i++) {
        source.write(Buffer.alloc(100_000, i));
        await sleep(10);
      }
      source.end();
    })();
    let bytes = 0;
    for await (const piece of idleLimited(source, 100, stalled)) {
      bytes += (piece as Buffer).length;
      // A slow store: far longer than the limit per piece.
      await sleep(250);
    }
    await writing;
    expect(bytes).toBe(300_000);
  });
});
