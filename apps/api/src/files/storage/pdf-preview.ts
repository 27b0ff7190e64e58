import { createRequire } from 'node:module';
import path from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

export interface PdfPreviewOptions {
  /** Width of the PNG in pixels; the height follows the page (at most 3 × the width). Default 600. */
  width?: number;
  /** Rendering longer than this rejects with PdfPreviewError. Default 15 s. */
  timeoutMs?: number;
}

/** The PDF could not be rendered (unreadable, no pages, too slow); the message says which. */
export class PdfPreviewError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PdfPreviewError';
  }
}

interface Job {
  pdfPreview: true;
  pdf: Uint8Array;
  width: number;
}

const DEFAULT_WIDTH = 600;
const MAX_WIDTH = 2000;

/**
 * Previews rendered at once in this process; the others wait their turn. Each holds a copy of its
 * PDF and pdf.js in a worker thread (tens of MB), so ten uploads of PDFs at once must not mean ten
 * renderers at once.
 */
const MAX_RENDERING = 1;
let rendering = 0;
const waiting: (() => void)[] = [];

async function inTurn<T>(work: () => Promise<T>): Promise<T> {
  if (rendering >= MAX_RENDERING) await new Promise<void>((resolve) => waiting.push(resolve));
  else rendering++;
  try {
    return await work();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else rendering--;
  }
}

/**
 * A PNG of the first page of `pdf`. Rendering runs in a worker thread of its own, one at a time
 * per process, so a PDF that hangs or blows up pdf.js is ended (timeout, memory limit) without
 * touching the API; it rejects with PdfPreviewError. The time limit counts from the start of the
 * rendering, not the wait for its turn.
 */
export function renderPdfPreview(pdf: Buffer, options: PdfPreviewOptions = {}): Promise<Buffer> {
  const width = options.width ?? DEFAULT_WIDTH;
  if (!Number.isInteger(width) || width < 1 || width > MAX_WIDTH) {
    return Promise.reject(new RangeError(`A preview is 1 to ${MAX_WIDTH} pixels wide (got ${width})`));
  }
  return inTurn(() => renderInWorker(pdf, width, options.timeoutMs ?? 15_000));
}

function renderInWorker(pdf: Buffer, width: number, timeoutMs: number): Promise<Buffer> {
  // One copy, handed over to the worker (transferred, not cloned again).
  const job: Job = { pdfPreview: true, pdf: new Uint8Array(pdf), width };
  const worker = new Worker(new URL(import.meta.url), {
    workerData: job,
    transferList: [job.pdf.buffer as ArrayBuffer],
    // pdf.js reconstructing a large broken PDF would take what it can get; page 1 of a real one needs far less.
    resourceLimits: { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 16 },
  });
  return new Promise<Buffer>((resolve, reject) => {
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(() => settle(() => reject(new PdfPreviewError(`Rendering the PDF took longer than ${timeoutMs} ms`))), timeoutMs);
    worker.once('message', (message: { png?: Uint8Array; error?: string }) =>
      settle(() =>
        message.png ? resolve(Buffer.from(message.png)) : reject(new PdfPreviewError(`The PDF could not be rendered: ${message.error ?? 'unknown error'}`)),
      ),
    );
    worker.once('error', (error) => settle(() => reject(new PdfPreviewError(`The PDF could not be rendered: ${error.message}`))));
    worker.once('exit', (code) => settle(() => reject(new PdfPreviewError(`The PDF renderer stopped (exit code ${code})`))));
  });
}

/** In the worker: page 1 on a white canvas, as PNG. */
async function render({ pdf, width }: Job): Promise<Uint8Array> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const { createCanvas } = await import('@napi-rs/canvas');
  const pdfjsDir = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const document = await getDocument({
    data: pdf,
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
    // A folder path: pdf.js reads it with fs in Node (a file:// string would not be found).
    standardFontDataUrl: path.join(pdfjsDir, 'standard_fonts') + path.sep,
  }).promise;
  try {
    const page = await document.getPage(1);
    const scale = width / page.getViewport({ scale: 1 }).width;
    const viewport = page.getViewport({ scale });
    const height = Math.min(Math.max(Math.round(viewport.height), 1), 3 * width);
    const canvas = createCanvas(width, height);
    const context = canvas.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
    // pdf.js is typed for the browser's canvas; @napi-rs/canvas is its Node stand-in.
    type Render = Parameters<typeof page.render>[0];
    await page.render({ canvas: canvas as unknown as Render['canvas'], canvasContext: context as unknown as Render['canvasContext'], viewport }).promise;
    return await canvas.encode('png');
  } finally {
    await document.destroy();
  }
}

if (!isMainThread && (workerData as Job | undefined)?.pdfPreview) {
  render(workerData as Job).then(
    (png) => parentPort?.postMessage({ png }),
    (error: unknown) => parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) }),
  );
}
