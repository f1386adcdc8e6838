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
