// A QR code drawn as one SVG path in the browser (no image request, nothing sent elsewhere).
import { create } from 'qrcode';
import { useMemo } from 'react';
import { qrPath } from '../lib/qr-path';

export default function QrCode({
  text,
  label,
  size = 220,
}: {
  text: string;
  label: string;
  size?: number;
}) {
  const { d, modules } = useMemo(() => {
    const qr = create(text, { errorCorrectionLevel: 'M' });
    const n = qr.modules.size;
    return { d: qrPath(n, (row, col) => qr.modules.get(row, col) === 1), modules: n };
  }, [text]);
  const quiet = 4;
  const box = modules + quiet * 2;
  return (
    <svg
      className="qr"
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`${-quiet} ${-quiet} ${box} ${box}`}
      shapeRendering="crispEdges"
    >
      <rect x={-quiet} y={-quiet} width={box} height={box} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
