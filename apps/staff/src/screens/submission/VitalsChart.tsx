// Blood pressure and heart rate over time, drawn as inline SVG. Patient readings are circles,
// staff readings are squares (shape, not only colour, tells them apart); a table carries the
// same numbers for screen readers and for print. The time axis says its zone once, under the times,
// as every other recorded moment in the staff app carries its zone; a reading not taken today says
// its date too.
import { useId } from 'react';
import {
  axisLabels,
  linearScale,
  ticks,
  timeDomain,
  valueDomain,
  type ChartPoint,
} from '../../lib/chart-scale';
import { formatMoment, zoneName } from '../../lib/format';
import { useNow } from '../../lib/use-now';

const WIDTH = 560;
const HEIGHT = 256;
const M = { top: 16, right: 16, bottom: 52, left: 44 };

const SERIES = [
  { key: 'systolic', label: 'Systolic', color: '#a1221b' },
  { key: 'diastolic', label: 'Diastolic', color: '#0b57d0' },
  { key: 'heartRate', label: 'Heart rate', color: '#1d6b38' },
] as const;

export default function VitalsChart({ points }: { points: ChartPoint[] }) {
  const titleId = useId();
  const sorted = [...points].sort((a, b) => a.at - b.at);
  const x = linearScale(timeDomain(sorted), [M.left, WIDTH - M.right]);
  const yDomain = valueDomain(sorted);
  const y = linearScale(yDomain, [HEIGHT - M.bottom, M.top]);
  const now = useNow(60_000);
  const iso = (at: number) => new Date(at).toISOString();
  // One zone said once; readings either side of a clock change say theirs on each time.
  const zones = [...new Set(sorted.map((p) => zoneName(iso(p.at))))];
  const oneZone = zones.length === 1 ? zones[0] : null;
  const times = axisLabels(
    sorted.map((p) => ({
      x: x(p.at),
      text: formatMoment(iso(p.at), now, { zone: oneZone === null }),
    })),
    [0, WIDTH],
  );
  return (
    <figure className="vitals-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={titleId}
        width="100%"
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={titleId}>
          Blood pressure (mmHg) and heart rate (per minute) over time; circles are the patient’s
          readings, squares are staff readings.
        </title>
        {ticks(yDomain).map((v) => (
          <g key={v}>
            <line x1={M.left} x2={WIDTH - M.right} y1={y(v)} y2={y(v)} stroke="#d0d4d9" />
            <text x={M.left - 6} y={y(v) + 4} textAnchor="end" fontSize="11" fill="#3d4349">
              {v}
            </text>
          </g>
        ))}
        <g data-testid="time-axis">
          {times.map((label, i) => (
            <text
              key={`t${i}`}
              x={label.x}
              y={HEIGHT - M.bottom + 16}
              textAnchor="middle"
              fontSize="11"
              fill="#3d4349"
            >
              {label.text}
            </text>
          ))}
          {oneZone && (
            <text
              x={(M.left + WIDTH - M.right) / 2}
              y={HEIGHT - M.bottom + 34}
              textAnchor="middle"
              fontSize="11"
              fill="#3d4349"
            >
              Time ({oneZone})
            </text>
          )}
        </g>
        {SERIES.map((series) => (
          <g key={series.key}>
            <polyline
              fill="none"
              stroke={series.color}
              strokeWidth="1.5"
              points={sorted.map((p) => `${x(p.at)},${y(p[series.key])}`).join(' ')}
            />
            {sorted.map((p, i) =>
              p.source === 'patient' ? (
                <circle
                  key={i}
                  cx={x(p.at)}
                  cy={y(p[series.key])}
                  r="4.5"
                  fill="#fff"
                  stroke={series.color}
                  strokeWidth="2"
                />
              ) : (
                <rect
                  key={i}
                  x={x(p.at) - 4.5}
                  y={y(p[series.key]) - 4.5}
                  width="9"
                  height="9"
                  fill={series.color}
                />
              ),
            )}
          </g>
        ))}
      </svg>
      <figcaption className="chart-legend">
        {SERIES.map((series) => (
          <span key={series.key} className="legend-item">
            <svg width="18" height="10" aria-hidden="true">
              <line x1="0" x2="18" y1="5" y2="5" stroke={series.color} strokeWidth="2" />
            </svg>
            {series.label}
          </span>
        ))}
        <span className="legend-item">
          <svg width="12" height="12" aria-hidden="true">
            <circle cx="6" cy="6" r="4.5" fill="#fff" stroke="#3d4349" strokeWidth="2" />
          </svg>
          Patient reading
        </span>
        <span className="legend-item">
          <svg width="12" height="12" aria-hidden="true">
            <rect x="1.5" y="1.5" width="9" height="9" fill="#3d4349" />
          </svg>
          Staff reading
        </span>
      </figcaption>
    </figure>
  );
}
