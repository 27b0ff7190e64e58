import { describe, expect, it } from '@jest/globals';
import { fileTypeOf } from '#domain';
import { safeFileName } from './file-name.js';

const pdf = fileTypeOf('application/pdf')!;
const jpeg = fileTypeOf('image/jpeg')!;

describe('safeFileName', () => {
  it.each([
    ['canvas.pdf', 'canvas.pdf'],
    ['Canvas.PDF', 'Canvas.PDF'],
    ['../../etc/passwd', 'etcpasswd.pdf'],
    ['C:\\Users\\ada\\rubric.pdf', 'CUsersadarubric.pdf'],
    ['canvas.docx', 'canvas.pdf'],
    ['canvas.html', 'canvas.pdf'],
    ['rapport.v2', 'rapport.v2.pdf'],
    ['.pdf', 'bestand.pdf'],
    ['...', 'bestand.pdf'],
    [undefined, 'bestand.pdf'],
    ['  zelf   scan  .pdf', 'zelf scan.pdf'],
    ['Zelfscan één – overzicht.pdf', 'Zelfscan één – overzicht.pdf'],
    ['factuur\u202Efdp.exe.pdf', 'factuurfdp.exe.pdf'],
    // A name Windows reserves (sanitize-filename drops it whole).
    ['con.pdf', 'bestand.pdf'],
  ])('%j as a PDF is %j', (name, expected) => {
    expect(safeFileName(name, pdf)).toBe(expected);
  });

  it('keeps .jpeg for a JPEG and gives a PNG-named JPEG .jpg', () => {
    expect(safeFileName('foto.jpeg', jpeg)).toBe('foto.jpeg');
    expect(safeFileName('foto.png', jpeg)).toBe('foto.jpg');
  });

  it('cuts long names to 120 characters, the extension kept', () => {
    const name = safeFileName(`${'é'.repeat(300)}.pdf`, pdf);
    expect([...name]).toHaveLength(120);
    expect(name.endsWith('é.pdf')).toBe(true);
  });
});
