/** The header row of a table: one column header per label. */
export function TableHead({ labels }: { labels: readonly string[] }) {
  return (
    <thead>
      <tr>
        {/* Labels may repeat or be empty (a column of buttons): the position is the key. */}
        {labels.map((label, index) => (
          <th scope="col" key={index}>
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
