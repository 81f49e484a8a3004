import type { RemediationPerson } from '../../shared/remediation/remediationSchemas';
import { DataTable } from '../forms/DataTable';
import { dateText } from '../forms/dayMonthYear';
import { useLanguage } from '../i18n/LanguageContext';
import { planPageHref } from './remediationRoutes';
import { RemediationStatusText } from './RemediationStatusText';

/** One row a person: the way to their plan's page, their result in short, and their plan's progress. */
export function PeopleTable({ campaignId, people }: { campaignId: string; people: readonly RemediationPerson[] }) {
  const { t } = useLanguage();
  return (
    <DataTable
      className="remediation-people"
      caption={t('remediationList.caption')}
      labels={[
        t('remediationList.person'),
        t('remediationList.positions'),
        t('remediationList.unit'),
        t('remediationList.sealed'),
        t('remediationList.flagged'),
        t('remediationList.lowPrestige'),
        t('remediationList.status'),
        t('remediationList.submittedOn'),
        t('remediationList.measures'),
        t('remediationList.overdueMeasures'),
      ]}
    >
      {people.map((person) => (
        <tr key={person.contestId} data-contest={person.contestId}>
          <th scope="row">
            <a href={planPageHref(campaignId, person.contestId)}>{person.subjectName}</a>
          </th>
          <td>{person.positions.join('; ')}</td>
          <td>{person.unitName}</td>
          <td>{person.sealed ? t('remediation.yes') : t('remediation.no')}</td>
          <td className="figure">{person.sealed ? person.flagged : '—'}</td>
          <td>{person.lowPrestige ? t('remediation.yes') : ''}</td>
          <td>
            <RemediationStatusText status={person.status} />
          </td>
          <td className="nowrap">{dateText(person.submittedOn)}</td>
          <td className="figure">{person.measures}</td>
          <td className="figure" data-overdue={person.overdueMeasures}>
            {person.overdueMeasures}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
