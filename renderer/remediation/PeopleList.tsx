import { useCallback, useState } from 'react';
import { remediationStatuses, remediationStatusLabels } from '../../shared/remediation/remediationSchemas';
import type { RemediationPerson } from '../../shared/remediation/remediationSchemas';
import { ErrorNotice } from '../forms/ErrorNotice';
import { SelectField } from '../forms/Field';
import { useLoaded } from '../forms/useLoaded';
import { useLanguage } from '../i18n/LanguageContext';
import { useSession } from '../session/SessionContext';
import { PeopleTable } from './PeopleTable';
import { filterPeople, type PeopleStatusFilter } from './remediationPeopleFilter';

/** A campaign's people with where their result and plan stand, filtered by the plan's status. */
export function PeopleList({ campaignId }: { campaignId: string }) {
  const { t, pick } = useLanguage();
  const session = useSession();
  const load = useCallback(() => session.call('remediation.people', { campaignId }), [session, campaignId]);
  const people = useLoaded<RemediationPerson[] | null>(load, null);
  const [filter, setFilter] = useState<PeopleStatusFilter>('all');
  if (people.error) return <ErrorNotice error={people.error} />;
  if (!people.value) return <p role="status">{t('overview.loading')}</p>;
  const shown = filterPeople(people.value, filter);
  return (
    <>
      <div className="filters">
        <SelectField
          id="remediation-status-filter"
          label={t('remediationList.filter')}
          value={filter}
          onChange={(event) => setFilter(event.target.value as PeopleStatusFilter)}
        >
          <option value="all">{t('remediationList.all')}</option>
          {remediationStatuses.map((status) => (
            <option key={status} value={status}>
              {pick(remediationStatusLabels[status])}
            </option>
          ))}
          <option value="unsealed">{t('remediation.unsealed')}</option>
        </SelectField>
      </div>
      <p role="status" className="table-count">
        {t('remediationList.shown', { shown: shown.length, total: people.value.length })}
      </p>
      {shown.length > 0 ? <PeopleTable campaignId={campaignId} people={shown} /> : null}
    </>
  );
}
