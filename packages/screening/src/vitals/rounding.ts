/** Half-up rounding to a whole number, as the spec asks for displayed and compared means. */
export function roundHalfUp(value: number): number {
  return Math.floor(value + 0.5);
}

/**
 * Mean of whole numbers rounded half up, in integer arithmetic so 140.5 never becomes 140.49999.
 * Returns undefined for an empty list.
 */
export function roundedMean(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const n = values.length;
  const sum = values.reduce((a, b) => a + b, 0);
  if (values.every(Number.isInteger)) return Math.floor((2 * sum + n) / (2 * n));
  return roundHalfUp(sum / n);
}

/** One decimal, half up (for kg shown to staff). */
export function roundToTenth(value: number): number {
  return Math.floor(value * 10 + 0.5 + 1e-9) / 10;
}
