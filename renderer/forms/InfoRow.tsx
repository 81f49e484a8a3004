import type { ReactNode } from 'react';

/** One term and its value in an info list (<dl className="info-list">). */
export function InfoRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="info-row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
