import { describe, expect, it } from 'vitest';
import { endsTap, TAP_SLOP_PX } from './submit-on-lift';

const press = { pointerId: 3, x: 100, y: 200 };

describe('a finger lifted from the Next button', () => {
  it('ends a tap where it went down, or barely moved', () => {
    expect(endsTap(press, { pointerId: 3, clientX: 100, clientY: 200 })).toBe(true);
    expect(endsTap(press, { pointerId: 3, clientX: 106, clientY: 206 })).toBe(true);
  });

  it('does not when it moved like a scroll, or is another finger, or never pressed here', () => {
    expect(endsTap(press, { pointerId: 3, clientX: 100, clientY: 200 + TAP_SLOP_PX + 1 })).toBe(
      false,
    );
    expect(endsTap(press, { pointerId: 4, clientX: 100, clientY: 200 })).toBe(false);
    expect(endsTap(null, { pointerId: 3, clientX: 100, clientY: 200 })).toBe(false);
  });
});
