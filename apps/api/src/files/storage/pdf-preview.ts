export interface PdfPreviewOptions {
  /** Width of the PNG in pixels; the height follows the page. Default 600. */
  width?: number;
}

/** A PNG of the first page of `pdf`; rejects with a clear error when the PDF cannot be read. */
export async function renderPdfPreview(pdf: Buffer, options: PdfPreviewOptions = {}): Promise<Buffer> {
  void pdf;
  void options;
  throw new Error('renderPdfPreview is not implemented yet');
}
