import { Readable } from 'node:stream';

/**
 * `source` again, failing with `stalled()` when it gives nothing for `idleMs` while it is being
 * read. Only the time spent waiting for the source counts: while the reader is busy (a slow store)
 * the source is not asked, so a slow backend never looks like a stalled client.
 */
export function idleLimited(source: Readable, idleMs: number, stalled: () => Error): Readable {
  const iterator = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  async function* pieces(): AsyncGenerator<Buffer> {
    for (;;) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          // The rest is not wanted: let go of the source (the multipart parser drains or drops it).
          source.destroy();
          reject(stalled());
        }, idleMs);
      });
      let next: IteratorResult<Buffer>;
      try {
        next = await Promise.race([iterator.next(), timeout]);
      } finally {
        // Before the yield: while the reader holds the piece, the client is not waited for.
        clearTimeout(timer);
      }
      if (next.done) return;
      yield next.value;
    }
  }
  return Readable.from(pieces(), { objectMode: false });
}
