import type { RosterOrganisation } from '../../shared/ratings/ratingSchemas';
import { ratedSubjectKindInfo } from '../../shared/ratings/ratingLevels';
import { DataTable } from '../forms/DataTable';
import { useLanguage } from '../i18n/LanguageContext';

/** The roster, one row per organisation (named in its row header), its members listed in it, heads marked. */
export function RosterTable({ organisations }: { organisations: readonly RosterOrganisation[] }) {
  const { t, pick } = useLanguage();
  return (
    <DataTable
      className="roster-table"
      labels={[
        t('roster.organisation'),
        t('roster.kind'),
        t('roster.code'),
        t('roster.parent'),
        t('roster.unit'),
        t('roster.collective'),
        t('roster.members'),
      ]}
    >
      {organisations.map((organisation) => (
        <tr key={organisation.id} data-code={organisation.code}>
          <th scope="row">{organisation.name}</th>
          <td>{pick(ratedSubjectKindInfo[organisation.kind].label)}</td>
          <td>{organisation.code}</td>
          <td>{organisation.parentName ?? '—'}</td>
          <td>{organisation.unitName ?? '—'}</td>
          <td>{organisation.collective?.name ?? '—'}</td>
          <td>
            {organisation.members.length === 0 ? (
              '—'
            ) : (
              <ul className="roster-members">
                {organisation.members.map((member) => (
                  <li key={member.id} data-head={member.isHead || undefined}>
                    {member.fullName}
                    {member.position ? <span className="note"> — {member.position}</span> : null}
                    {member.isHead ? <strong> ({t('roster.head')})</strong> : null}
                  </li>
                ))}
              </ul>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
