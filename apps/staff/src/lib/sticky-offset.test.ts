import { describe, expect, it } from 'vitest';
import { scrollPaddingFor, STICKY_GAP } from './sticky-offset';

describe('scroll padding under the sticky banners', () => {
  it('keeps what is scrolled to below the banners, with a small gap', () => {
    expect(scrollPaddingFor(91.2)).toBe(`${92 + STICKY_GAP}px`);
  });

  it('leaves the page alone when no banner shows', () => {
    expect(scrollPaddingFor(0)).toBe('');
  });
});
