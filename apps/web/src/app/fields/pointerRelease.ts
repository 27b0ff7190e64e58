/**
 * Runs a change of layout only once no mouse button or finger is down.
 *
 * Why: a form that shows a field's error when the field loses focus (on blur) moves everything
 * below that field. Pressing a button blurs the field on mousedown; the error appears and pushes
 * the button down before mouseup, so mouseup lands beside the button and no click happens: the
 * first click on "Voorstel indienen" did nothing (#19, point 4). Deferring what blur shows until
 * the press is over (and the click it makes has been handled) keeps the button where it was
 * pressed. Keyboard blurs (Tab) are not deferred.
 */
let pressed = false;
let listening = false;
const waiting: (() => void)[] = [];

function flush() {
  // After the pointerup's own mouseup and click: those are dispatched in the same task.
  setTimeout(() => {
    for (const run of waiting.splice(0)) run();
  });
}

function listen() {
  if (listening || typeof document === 'undefined') return;
  listening = true;
  document.addEventListener('pointerdown', () => (pressed = true), true);
  const release = () => {
    if (!pressed) return;
    pressed = false;
    flush();
  };
  document.addEventListener('pointerup', release, true);
  document.addEventListener('pointercancel', release, true);
  // A press released outside the window never sends pointerup here.
  window.addEventListener('blur', release);
}

/** Runs `change` now, or right after the pointer that is down now is released. */
export function afterPointerRelease(change: () => void): void {
  listen();
  if (pressed) waiting.push(change);
  else change();
}

listen();
