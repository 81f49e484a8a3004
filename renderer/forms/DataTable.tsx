import type { ReactNode } from 'react';
import { TableHead } from './TableHead';

/** A data table: an optional caption, one column header per label, and the rows given as children. */
export function DataTable({
  labels,
  className,
  caption,
  children,
}: {
  labels: readonly string[];
  /** Classes beside "data-table", for tables styled or found on their own. */
  className?: string;
  caption?: ReactNode;
  children: ReactNode;
}) {
  return (
    <table className={className ? `data-table ${className}` : 'data-table'}>
      {caption ? <caption>{caption}</caption> : null}
      <TableHead labels={labels} />
      <tbody>{children}</tbody>
    </table>
  );
}
