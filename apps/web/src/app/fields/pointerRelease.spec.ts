import { afterAll, describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const globals = globalThis as Record<string, unknown>;
afterAll(() => {
  delete globals.document;
  delete globals.window;
});

function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? tsxFiles(file) : file.endsWith('.tsx') ? [file] : [];
  });
}

describe('errors shown on blur (#19, point 4)', () => {
  it('wait while a pointer is down, and come after the click that its release makes', async () => {
    // The browser's two event targets, enough for the module's listeners.
    globals.document = new EventTarget();
    globals.window = new EventTarget();
    const { afterPointerRelease } = await import('./pointerRelease');
    const document = globals.document as EventTarget;
    const seen: string[] = [];
    afterPointerRelease(() => seen.push('keyboard blur'));
    document.dispatchEvent(new Event('pointerdown'));
    afterPointerRelease(() => seen.push('blur error'));
    expect(seen).toEqual(['keyboard blur']);
    document.dispatchEvent(new Event('pointerup'));
    // The browser dispatches mouseup and click in the same task as pointerup.
    seen.push('click');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toEqual(['keyboard blur', 'click', 'blur error']);
  });

  it('are never set straight from an onBlur handler in the web app', () => {
    // A heuristic guard: `onBlur={() => setX(...)}` is the shape that moved the submit button.
    const direct = tsxFiles(path.resolve('apps/web/src')).filter((file) => /onBlur=\{\(\) => set[A-Z]\w*\(/.test(readFileSync(file, 'utf8')));
    expect(direct).toEqual([]);
  });
});
