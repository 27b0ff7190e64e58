import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { PdfPreviewError, renderPdfPreview } from '../../apps/api/src/files/storage/pdf-preview.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Width and height from a PNG's IHDR chunk. */
const sizeOf = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

// tests/fixtures/one-page.pdf: one 400 × 300 pt page, a blue band and a line of Helvetica.
const onePage = () => readFile(path.resolve('tests/fixtures/one-page.pdf'));

describe('renderPdfPreview', () => {
  it('renders page 1 as a PNG, 600 px wide by default, the height following the page', async () => {
    const png = await renderPdfPreview(await onePage());
    expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(sizeOf(png)).toEqual({ width: 600, height: 450 });
  });

  it('renders at the width asked for, and draws the page (not only white)', async () => {
    const png = await renderPdfPreview(await onePage(), { width: 200 });
    expect(sizeOf(png)).toEqual({ width: 200, height: 150 });
    const { createCanvas, loadImage } = await import('@napi-rs/canvas');
    const image = await loadImage(png);
    const context = createCanvas(200, 150).getContext('2d');
    context.drawImage(image, 0, 0);
    // The blue band across the top, white below it.
    expect([...context.getImageData(100, 5, 1, 1).data]).toEqual([51, 102, 204, 255]);
    expect([...context.getImageData(5, 140, 1, 1).data]).toEqual([255, 255, 255, 255]);
    // The line of text (baseline at 75 px): dark pixels just above it.
    const row = context.getImageData(15, 70, 150, 1).data;
    expect(row.some((value, i) => i % 4 === 0 && value < 100)).toBe(true);
  });

  it('rejects a broken PDF with a clear error, without crashing or hanging', async () => {
    const started = Date.now();
    await expect(renderPdfPreview(Buffer.from('%PDF-1.4\nthis is not really a PDF\n%%EOF\n'))).rejects.toThrow(PdfPreviewError);
    await expect(renderPdfPreview(Buffer.from('not a pdf at all'))).rejects.toThrow(/^The PDF could not be rendered: /);
    const truncated = (await onePage()).subarray(0, 300);
    await expect(renderPdfPreview(truncated)).rejects.toThrow(PdfPreviewError);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('renders several at once in turn; a broken one does not hold up the others', async () => {
    const pdf = await onePage();
    const results = await Promise.allSettled([
      renderPdfPreview(pdf, { width: 100 }),
      renderPdfPreview(Buffer.from('kapot')),
      renderPdfPreview(pdf, { width: 120 }),
      renderPdfPreview(pdf, { width: 140, timeoutMs: 1 }),
      renderPdfPreview(pdf, { width: 160 }),
    ]);
    expect(results.map((r) => (r.status === 'fulfilled' ? sizeOf(r.value).width : r.reason.name))).toEqual([100, 'PdfPreviewError', 120, 'PdfPreviewError', 160]);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('gives up after the time limit', async () => {
    await expect(renderPdfPreview(await onePage(), { timeoutMs: 1 })).rejects.toThrow(/took longer than 1 ms/);
  });
});
