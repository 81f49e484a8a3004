import type { RemediationView } from '../../shared/remediation/remediationSchemas';
import { remediationStatusLabels } from '../../shared/remediation/remediationSchemas';
import { DataTable } from '../forms/DataTable';
import { dateText } from '../forms/dayMonthYear';
import { useLanguage } from '../i18n/LanguageContext';

type FollowUpNote = NonNullable<RemediationView['plan']>['notes'][number];

/** The plan's follow-up notes, oldest first: the day, the status it records, the note, who wrote it and when. */
export function NotesTable({ notes }: { notes: readonly FollowUpNote[] }) {
  const { t, pick, when } = useLanguage();
  return (
    <DataTable
      className="remediation-notes"
      caption={t('remediationNotes.caption')}
      labels={[
        t('remediationNotes.on'),
        t('remediationNotes.status'),
        t('remediationNotes.note'),
        t('remediationNotes.by'),
        t('remediationNotes.at'),
      ]}
    >
      {notes.map((note, index) => (
        <tr key={`${note.at}-${index}`} data-status={note.status}>
          <td className="nowrap">{dateText(note.on)}</td>
          <td>{pick(remediationStatusLabels[note.status])}</td>
          <td className="note-text">{note.note}</td>
          <td>{note.by}</td>
          <td className="nowrap">{when(note.at)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
