import sanitize from 'sanitize-filename';
import { FILE_LIMITS, type FileTypeInfo } from '#domain';

/** Invisible characters that could disguise a name ("canvas‮fdp.exe"): bidi controls, zero-width spaces. */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

/**
 * A safe file name for storing and for Content-Disposition: no path, control or reserved characters
 * (sanitize-filename), Unicode letters kept (NFC), spaces collapsed, at most FILE_LIMITS.fileName.max
 * characters, never empty, and ending in the extension of the type found in the content (a wrong
 * known extension is replaced, any other suffix kept before it).
 */
export function safeFileName(original: string | undefined, type: FileTypeInfo): string {
  const cleaned = sanitize((original ?? '').normalize('NFC').replace(INVISIBLE, ''), { replacement: '' })
    .replace(/\s+/g, ' ')
    .trim();
  const dot = cleaned.lastIndexOf('.');
  const extension = dot >= 0 ? cleaned.slice(dot + 1).toLowerCase() : '';
  const known = [type.extension, ...(type.alsoExtensions ?? [])];
  let base = cleaned;
  let suffix = type.extension;
  if (known.includes(extension)) {
    base = cleaned.slice(0, dot);
    suffix = cleaned.slice(dot + 1);
  } else if (/^(pdf|docx?|pptx?|xlsx?|odt|odp|ods|png|jpe?g|gif|html?|svg|txt)$/.test(extension)) {
    base = cleaned.slice(0, dot);
  }
  // No hidden files ("…/.pdf"), no trailing dots before the extension.
  base = base.replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');
  const room = FILE_LIMITS.fileName.max - suffix.length - 1;
  base = [...base].slice(0, room).join('').trim();
  return `${base || 'bestand'}.${suffix}`;
}
