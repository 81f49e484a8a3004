import { useCallback, useState } from 'react';
import { campaignStatusLabels, type Campaign } from '../../shared/campaigns/campaignSchemas';
import { contract, mayCall } from '../../shared/contract';
import { OpenDeskKit } from '../desks/OpenDeskKit';
import type { SessionUser } from '../../shared/session/sessionSchemas';
import { formatVietnameseDate } from '../../shared/campaigns/calendar';
import { useLoaded } from '../forms/useLoaded';
import { useLanguage } from '../i18n/LanguageContext';
import { ErrorNotice } from '../forms/ErrorNotice';
import { useSession } from '../session/SessionContext';
import { CampaignForm } from './CampaignForm';
import { navigate } from '../app/navigate';
import { DataTable } from '../forms/DataTable';

export function CampaignList({ user }: { user: SessionUser }) {
  const { t, pick } = useLanguage();
  const session = useSession();
  const [creating, setCreating] = useState(false);
  const load = useCallback(() => session.call('campaigns.list', {}), [session]);
  const { value: campaigns, error } = useLoaded<Campaign[]>(load, []);
  const mayCreate = mayCall(contract['campaigns.create'].access, user.role);

  if (creating) {
    return (
      <CampaignForm
        onCancel={() => setCreating(false)}
        onSaved={(campaign) => {
          navigate(`#/campaigns/${campaign.id}`);
        }}
      />
    );
  }

  return (
    <section aria-labelledby="campaign-list-heading">
      <h2 id="campaign-list-heading">{t('campaigns.listTab')}</h2>
      <ErrorNotice error={error} />
      {mayCreate ? (
        <p>
          <button type="button" onClick={() => setCreating(true)}>
            {t('campaigns.new')}
          </button>
        </p>
      ) : null}
      {campaigns.length === 0 ? (
        <p>{t('campaigns.none')}</p>
      ) : (
        <DataTable
          labels={[
            t('campaigns.name'),
            t('campaigns.planNumber'),
            t('campaigns.year'),
            t('campaigns.status'),
            t('campaigns.units'),
            t('campaigns.contests'),
          ]}
        >
          {campaigns.map((campaign) => (
            <tr key={campaign.id}>
              <td>
                <a href={`#/campaigns/${campaign.id}`}>{campaign.name}</a>
              </td>
              <td>
                {campaign.planNumber}
                {campaign.planNumber ? `, ${formatVietnameseDate(campaign.planDate)}` : ''}
              </td>
              <td>{campaign.year}</td>
              <td>{pick(campaignStatusLabels[campaign.status])}</td>
              <td>{campaign.unitCount}</td>
              <td>{campaign.contestCount}</td>
            </tr>
          ))}
        </DataTable>
      )}
      {mayCall(contract['desks.openKit'].access, user.role) ? <OpenDeskKit /> : null}
    </section>
  );
}
