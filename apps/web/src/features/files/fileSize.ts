const KIB = 1024;
const MIB = 1024 * 1024;

/** The unit a size is written in, and its number (the API counts a megabyte as 1024 × 1024 bytes, like FILES_MAX_MB). */
export function sizeParts(bytes: number): { unit: 'bytes' | 'kb' | 'mb'; value: number } {
  if (bytes < KIB) return { unit: 'bytes', value: bytes };
  // Whole kilobytes read easier than "340,2 kB"; "1,2 MB" needs its decimal.
  if (bytes < MIB) return { unit: 'kb', value: Math.max(1, Math.round(bytes / KIB)) };
  return { unit: 'mb', value: Math.round((bytes / MIB) * 10) / 10 };
}
