import { Readable } from 'node:stream';
import { fileTypeFromBuffer } from 'file-type';
import { fileTypeOf, type FileTypeInfo } from '#domain';

/** Bytes looked at to recognise a type: enough for Office files' first zip entries. */
const SAMPLE_BYTES = 64 * 1024;

/**
 * Reads the first bytes of a stream to recognise its type from the content (file-type), and gives
 * back a stream of all the bytes, the sample first; backpressure is kept (nothing is read ahead).
 * The type is undefined when it is none of the allowed ones.
 */
export async function sniffType(source: Readable): Promise<{ type: FileTypeInfo | undefined; body: Readable }> {
  const iterator = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const head: Buffer[] = [];
  let size = 0;
  let done = false;
  while (size < SAMPLE_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    head.push(next.value);
    size += next.value.length;
  }
  const sample = Buffer.concat(head);
  const found = await fileTypeFromBuffer(sample.subarray(0, SAMPLE_BYTES));
  const type = found ? fileTypeOf(found.mime) : undefined;
  async function* all(): AsyncGenerator<Buffer> {
    if (sample.length) yield sample;
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { type, body: Readable.from(all(), { objectMode: false }) };
}
