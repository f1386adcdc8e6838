import { describe, expect, it } from 'vitest';
import {
  axisLabels,
  linearScale,
  ticks,
  timeDomain,
  valueDomain,
  type ChartPoint,
} from './chart-scale';

const point = (at: number, systolic: number, diastolic: number, heartRate: number): ChartPoint => ({
  at,
  systolic,
  diastolic,
  heartRate,
  source: 'patient',
});

describe('chart scales', () => {
  it('maps the domain ends onto the range ends, inverted for an SVG y axis', () => {
    const y = linearScale([40, 200], [300, 0]);
    expect(y(40)).toBe(300);
    expect(y(200)).toBe(0);
    expect(y(120)).toBe(150);
  });

  it('fits every value inside whole steps of 20 with room to spare', () => {
    expect(valueDomain([point(0, 185, 125, 88), point(1, 150, 95, 70)])).toEqual([60, 200]);
  });

  it('never starts the value axis below zero', () => {
    expect(valueDomain([point(0, 60, 30, 4)])[0]).toBe(0);
  });

  it('gives a single reading a ten-minute window around it', () => {
    expect(timeDomain([point(600_000, 120, 80, 70)])).toEqual([300_000, 900_000]);
  });

  it('puts ticks on the steps inside the domain', () => {
    expect(ticks([60, 200], 40)).toEqual([80, 120, 160, 200]);
  });

  it('does not divide by zero on a flat domain', () => {
    expect(Number.isFinite(linearScale([5, 5], [0, 100])(5))).toBe(true);
  });

  it('keeps the time labels inside the chart, one per minute, none over another', () => {
    // 8 characters at 5 units each: 40 wide, 20 either side of its point.
    const label = (x: number, text: string) => ({ x, text });
    expect(axisLabels([label(5, '09:00 AM'), label(195, '09:30 AM')], [0, 200], 5, 10)).toEqual([
      label(20, '09:00 AM'),
      label(180, '09:30 AM'),
    ]);
    // Two readings in the same minute: its time once.
    expect(
      axisLabels(
        [label(50, '09:00 AM'), label(150, '09:05 AM'), label(152, '09:05 AM')],
        [0, 200],
        5,
        10,
      ),
    ).toEqual([label(50, '09:00 AM'), label(150, '09:05 AM')]);
    // Crowded: the first and the last reading's times, not those between.
    expect(
      axisLabels(
        [
          label(20, '09:00 AM'),
          label(60, '09:01 AM'),
          label(100, '09:02 AM'),
          label(120, '09:03 AM'),
        ],
        [0, 200],
        5,
        10,
      ),
    ).toEqual([label(20, '09:00 AM'), label(120, '09:03 AM')]);
  });
});
