// A finger on a submit button submits its form as soon as it lifts. Chrome otherwise makes the
// click only after the page has answered the touch's end, in a later task: a frame or two later
// on a slow tablet. The click Chrome would still make is cancelled, so nothing is submitted twice.
import { useRef, type PointerEvent, type TouchEvent } from 'react';

/** How far a finger may move and still be a tap, not the start of a scroll (CSS px). */
export const TAP_SLOP_PX = 10;

type Press = { pointerId: number; x: number; y: number };

/** Whether a lifted finger ends a tap begun by this press (the same finger, barely moved). */
export function endsTap(
  press: Press | null,
  lift: { pointerId: number; clientX: number; clientY: number },
): boolean {
  return (
    press !== null &&
    press.pointerId === lift.pointerId &&
    Math.hypot(lift.clientX - press.x, lift.clientY - press.y) <= TAP_SLOP_PX
  );
}

/** Props for a submit button (`type="submit"`, in or tied to its form). Mouse, pen and keyboard
 * keep the ordinary click. `submit`, if given, is called instead of the form's submit event (which
 * Chrome and React each dispatch through the page, inside the tap). */
export function useSubmitOnLift(submit?: (button: HTMLButtonElement) => void) {
  const press = useRef<Press | null>(null);
  const submitted = useRef(false);
  return {
    onPointerDown: (event: PointerEvent<HTMLButtonElement>) => {
      press.current =
        event.pointerType === 'touch' && event.isPrimary
          ? { pointerId: event.pointerId, x: event.clientX, y: event.clientY }
          : null;
    },
    // The finger started a scroll: not a tap.
    onPointerCancel: () => {
      press.current = null;
    },
    onPointerUp: (event: PointerEvent<HTMLButtonElement>) => {
      const tapped = endsTap(press.current, event);
      press.current = null;
      const button = event.currentTarget;
      submitted.current = tapped && !button.disabled && button.form !== null;
      if (!submitted.current) return;
      if (submit) submit(button);
      else button.form?.requestSubmit(button);
    },
    // Same task as the pointerup: no click follows (it would submit the next step's form).
    onTouchEnd: (event: TouchEvent<HTMLButtonElement>) => {
      if (!submitted.current) return;
      submitted.current = false;
      if (event.cancelable) event.preventDefault();
    },
  };
}
