import { describe, expect, it } from '@jest/globals';
import { sizeParts } from './fileSize';

describe('sizeParts', () => {
  it('writes small files in bytes, middle ones in whole kilobytes, larger ones in megabytes with one decimal', () => {
    expect(sizeParts(12)).toEqual({ unit: 'bytes', value: 12 });
    expect(sizeParts(1023)).toEqual({ unit: 'bytes', value: 1023 });
    expect(sizeParts(1024)).toEqual({ unit: 'kb', value: 1 });
    expect(sizeParts(348_300)).toEqual({ unit: 'kb', value: 340 });
    expect(sizeParts(1_258_291)).toEqual({ unit: 'mb', value: 1.2 });
    expect(sizeParts(25 * 1024 * 1024)).toEqual({ unit: 'mb', value: 25 });
  });
});
