import { TableHead } from '../forms/TableHead';
import { useLanguage } from '../i18n/LanguageContext';
import type { RoundEntryGroup } from './roundEntries';
import { RoundEntryRow } from './RoundEntryRow';

/** One table for the whole round (its columns line up), one row group per organisation, headed by its name. */
export function RoundEntriesTable({
  roundId,
  groups,
  chosenId,
}: {
  roundId: string;
  groups: readonly RoundEntryGroup[];
  chosenId: string | null;
}) {
  const { t } = useLanguage();
  return (
    <table className="data-table round-entries">
      <TableHead
        labels={[t('round.subject'), t('round.selfLevel'), t('round.proposedLevel'), t('round.decidedLevel')]}
      />
      {groups.map((group) => (
        <tbody key={group.id} data-organisation={group.name}>
          <tr className="group-row">
            <th scope="rowgroup" colSpan={4}>
              {group.name}
            </th>
          </tr>
          {group.entries.map((entry) => (
            <RoundEntryRow
              key={entry.subjectId}
              roundId={roundId}
              entry={entry}
              chosen={entry.subjectId === chosenId}
            />
          ))}
        </tbody>
      ))}
    </table>
  );
}
