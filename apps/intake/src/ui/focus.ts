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
