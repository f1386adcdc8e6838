import { describe, expect, it } from 'vitest';
import { qrPath } from './qr-path';

describe('qrPath', () => {
  it('merges a run of dark modules into one rectangle per row', () => {
    const grid = [
      [1, 1, 0],
      [0, 1, 0],
      [0, 0, 0],
    ];
    expect(qrPath(3, (r, c) => grid[r]![c] === 1)).toBe('M0 0h2v1h-2zM1 1h1v1h-1z');
  });
  it('draws nothing for an empty matrix', () => {
    expect(qrPath(2, () => false)).toBe('');
  });
});
