import busboy from 'busboy';
import type { Request } from 'express';
import { FILE_LIMITS } from '#domain';
import { badInput } from '../common/domain-error.js';
import { uploadErrors } from './file-upload-error.js';
import type { IncomingFile } from './file-upload.service.js';

/** Room for the text fields and the multipart boundaries beside the file. */
const ENVELOPE_BYTES = 64 * 1024;

/**
 * Reads a multipart/form-data upload with busboy and hands the part `file` to `handle` as a stream,
 * with the text fields that came before it; nothing is buffered. The file is cut after
 * `maxBytes` + 1 bytes (the store then refuses it), and a body whose declared length is far past
 * the limit is refused before it is read. Whatever `handle` leaves unread is drained.
 */
export function receiveFile<T>(req: Request, maxBytes: number, handle: (file: IncomingFile) => Promise<T>): Promise<T> {
  if (!req.is('multipart/form-data')) {
    return Promise.reject(badInput('Send the file as multipart/form-data with the part "file".', 'file'));
  }
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes + ENVELOPE_BYTES) return Promise.reject(uploadErrors.tooLarge(maxBytes));
  return new Promise<T>((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        // File names as browsers send them: UTF-8.
        defParamCharset: 'utf8',
        limits: { files: 1, fields: 10, parts: 12, fieldSize: FILE_LIMITS.changeNote.max * 4, fileSize: maxBytes + 1 },
      });
    } catch {
      reject(badInput('The multipart body cannot be read (boundary missing).', 'file'));
      return;
    }
    const fields: Record<string, string> = {};
    let started = false;
    parser.on('field', (name, value) => {
      fields[name] = value;
    });
    parser.on('file', (name, stream, info) => {
      if (name !== 'file' || started) {
        stream.resume();
        return;
      }
      started = true;
      handle({ fields: { ...fields }, fileName: info.filename, body: stream }).then(resolve, (error: unknown) => {
        stream.resume();
        reject(error);
      });
    });
    parser.on('close', () => {
      if (!started) reject(uploadErrors.noFile());
    });
    parser.on('error', () => reject(badInput('The multipart body cannot be read.', 'file')));
    req.on('aborted', () => parser.destroy(new Error('upload aborted')));
    req.pipe(parser);
  });
}
