/** Moves focus to the first field marked invalid (after React has drawn the errors). */
export function focusFirstError(root: ParentNode = document): void {
  requestAnimationFrame(() => {
    const invalid = root.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (!invalid) return;
    const target = invalid.matches('input, textarea, select, button')
      ? invalid
      : invalid.querySelector<HTMLElement>('input, textarea, select, button');
    target?.focus();
    (target ?? invalid).scrollIntoView({ block: 'center', behavior: 'auto' });
  });
}

/**
 * Runs once the next frame is on screen (cancellable): at the start of the frame after it, so
 * nothing run here competes with that frame's paint, raster or display.
 */
export function afterPaint(run: () => void): { cancel: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(() => {
      timer = setTimeout(run, 0);
    });
  });
  return {
    cancel: () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    },
  };
}

/**
 * To the top of the page before the next screen is drawn: scrolling the page that is already laid
 * out is cheap, scrolling the new one would force its layout before the first paint. Both offsets
 * given and zero: Chrome needs no layout for that (reading `scrollY` would force one).
 */
export function toTop(): void {
  window.scrollTo({ top: 0, left: 0 });
}
