// The staff screens' tables: a caption for screen readers (the heading above says it for everyone
// else) and a heading per column; each screen writes only its rows.
import type { ReactNode } from 'react';

export function Table({
  caption,
  columns,
  className,
  busy,
  children,
}: {
  /** Omitted where the table sits in a section its heading already names. */
  caption?: ReactNode;
  columns: readonly ReactNode[];
  className?: string;
  /** Rows still loading (the queue, the audit log). */
  busy?: boolean;
  children: ReactNode;
}) {
  return (
    <table className={className}>
      {caption !== undefined && <caption className="sr-only">{caption}</caption>}
      <thead>
        <tr>
          {columns.map((column, i) => (
            <th key={i} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody aria-busy={busy}>{children}</tbody>
    </table>
  );
}
