// Scales for the small vitals chart: time across, mmHg and beats/min up one shared axis.

export interface ChartPoint {
  at: number;
  systolic: number;
  diastolic: number;
  heartRate: number;
  source: 'patient' | 'staff';
}

export interface Scale {
  (value: number): number;
  domain: [number, number];
}

export function linearScale(domain: [number, number], range: [number, number]): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  const scale = ((value: number) => r0 + ((value - d0) / span) * (r1 - r0)) as Scale;
  scale.domain = domain;
  return scale;
}

/** A value axis from the lowest to the highest reading, widened to whole steps of 20. */
export function valueDomain(points: readonly ChartPoint[], step = 20): [number, number] {
  if (points.length === 0) return [40, 200];
  const values = points.flatMap((p) => [p.systolic, p.diastolic, p.heartRate]);
  const low = Math.floor((Math.min(...values) - 5) / step) * step;
  const high = Math.ceil((Math.max(...values) + 5) / step) * step;
  return [Math.max(0, low), high];
}

/** A time axis over the readings; a single reading gets five minutes either side. */
export function timeDomain(points: readonly ChartPoint[]): [number, number] {
  if (points.length === 0) return [0, 1];
  const times = points.map((p) => p.at);
  const first = Math.min(...times);
  const last = Math.max(...times);
  if (first === last) return [first - 5 * 60_000, last + 5 * 60_000];
  const pad = (last - first) * 0.05;
  return [first - pad, last + pad];
}

export function ticks([low, high]: [number, number], step = 20): number[] {
  const out: number[] = [];
  for (let v = Math.ceil(low / step) * step; v <= high; v += step) out.push(v);
  return out;
}

export interface AxisLabel {
  x: number;
  text: string;
}

/**
 * The time axis's labels that fit: each kept inside `[min, max]` (the last reading's is not cut
 * off at the edge), none over another or repeating the one before (two readings in one minute),
 * and the last reading's kept over those before it so the axis says where the readings end. Widths
 * are estimated at `charWidth` per character; the readings table below the chart lists every time.
 */
export function axisLabels(
  labels: readonly AxisLabel[],
  [min, max]: [number, number],
  charWidth = 6.8,
  gap = 12,
): AxisLabel[] {
  const placed = labels.map(({ x, text }) => {
    const half = (text.length * charWidth) / 2;
    return { x: Math.min(Math.max(x, min + half), max - half), text, half };
  });
  type Placed = (typeof placed)[number];
  const apart = (a: Placed, b: Placed) => b.x - b.half >= a.x + a.half + gap;
  const kept: Placed[] = [];
  for (const label of placed) {
    const before = kept.at(-1);
    if (!before || (label.text !== before.text && apart(before, label))) kept.push(label);
  }
  const last = placed.at(-1);
  if (last && !kept.includes(last) && kept.at(-1)!.text !== last.text) {
    while (kept.length > 1 && !apart(kept.at(-1)!, last)) kept.pop();
    if (apart(kept.at(-1)!, last)) kept.push(last);
  }
  return kept.map(({ x, text }) => ({ x, text }));
}
