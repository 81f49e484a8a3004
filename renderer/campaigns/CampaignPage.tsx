import { useCallback, useState } from 'react';
import { campaignStatusLabels, nextStatus, type Campaign } from '../../shared/campaigns/campaignSchemas';
import { formatVietnameseDate } from '../../shared/campaigns/calendar';
import { contract, mayCall } from '../../shared/contract';
import type { SessionUser } from '../../shared/session/sessionSchemas';
import { ConfirmAction } from '../forms/ConfirmAction';
import { useLoaded } from '../forms/useLoaded';
import { useSubmission } from '../forms/useSubmission';
import { InfoRow } from '../forms/InfoRow';
import { useUnitTypes } from './useUnitTypes';
import { useLanguage } from '../i18n/LanguageContext';
import type { MessageKey } from '../i18n/messages';
import { ErrorNotice } from '../forms/ErrorNotice';
import { FormActions } from '../forms/Field';
import { useSession } from '../session/SessionContext';
import { CampaignForm } from './CampaignForm';
import { ContestsSection } from './ContestsSection';
import { CopyCampaignForm } from './CopyCampaignForm';
import { DrawSection } from '../draws/DrawSection';
import { UnitsSection } from './UnitsSection';

const tabs: ReadonlyArray<{ id: string; label: MessageKey }> = [
  { id: 'info', label: 'campaigns.infoTab' },
  { id: 'units', label: 'campaigns.unitsTab' },
  { id: 'draw', label: 'campaigns.drawTab' },
  { id: 'contests', label: 'campaigns.contestsTab' },
];

export interface CampaignSectionProps {
  readonly campaign: Campaign;
  /** Setup can change: the campaign is a draft and the user may set it up. */
  readonly editable: boolean;
  readonly reload: () => void;
}

/** What moving to each status freezes, as the question before advancing says it (nothing moves back to draft). */
const frozenBy = {
  draft: 'campaigns.frozen.open',
  open: 'campaigns.frozen.open',
  counting: 'campaigns.frozen.counting',
  closed: 'campaigns.frozen.closed',
} as const;

export function CampaignPage({ campaignId, tab, user }: { campaignId: string; tab: string; user: SessionUser }) {
  const { t, pick } = useLanguage();
  const session = useSession();
  const load = useCallback(() => session.call('campaigns.get', { campaignId }), [session, campaignId]);
  const { value: campaign, error, reload } = useLoaded<Campaign | null>(load, null);
  const advancing = useSubmission();
  const [copying, setCopying] = useState(false);

  if (error) return <ErrorNotice error={error} />;
  if (!campaign) return <p role="status">{t('overview.loading')}</p>;

  const mayManage = mayCall(contract['campaigns.update'].access, user.role);
  const editable = mayManage && campaign.status === 'draft';
  const next = nextStatus[campaign.status];
  const current = tabs.find((candidate) => candidate.id === tab) ?? tabs[0]!;
  const advance = async () => {
    if (!next) return;
    const result = await advancing.submit(() => session.call('campaigns.advance', { campaignId, to: next }));
    if (result.ok) reload();
  };
  const sectionProps: CampaignSectionProps = { campaign, editable, reload };

  return (
    <article aria-labelledby="campaign-heading">
      <p>
        <a href="#/campaigns">← {t('campaigns.back')}</a>
      </p>
      <h2 id="campaign-heading">{campaign.name}</h2>
      <p className="campaign-meta">
        {campaign.planNumber ? `${campaign.planNumber}, ${formatVietnameseDate(campaign.planDate)} · ` : ''}
        {t('campaigns.status')}:{' '}
        <strong data-testid="campaign-status">{pick(campaignStatusLabels[campaign.status])}</strong>
      </p>
      {mayManage ? (
        <FormActions>
          {next ? (
            <ConfirmAction
              label={t('campaigns.advanceTo', { status: pick(campaignStatusLabels[next]) })}
              question={t('campaigns.advanceQuestion', {
                status: pick(campaignStatusLabels[next]),
                frozen: t(frozenBy[next]),
              })}
              confirmLabel={t('campaigns.advanceConfirm', { status: pick(campaignStatusLabels[next]) })}
              disabled={advancing.pending}
              onConfirm={advance}
            />
          ) : null}
          <button type="button" className="secondary" onClick={() => setCopying(!copying)}>
            {t('campaigns.copy')}
          </button>
        </FormActions>
      ) : null}
      <ErrorNotice error={advancing.error} />
      {copying ? <CopyCampaignForm campaign={campaign} /> : null}
      {!editable && mayManage ? <p className="note">{t('campaigns.lockedNote')}</p> : null}
      <nav aria-label={t('campaigns.sections')} className="section-nav">
        <ul>
          {tabs.map((candidate) => (
            <li key={candidate.id}>
              <a
                href={`#/campaigns/${campaign.id}/${candidate.id}`}
                aria-current={candidate.id === current.id ? 'page' : undefined}
              >
                {t(candidate.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {current.id === 'info' ? (
        editable ? (
          <CampaignForm campaign={campaign} onSaved={reload} />
        ) : (
          <CampaignSummary campaign={campaign} />
        )
      ) : current.id === 'units' ? (
        <UnitsSection {...sectionProps} />
      ) : current.id === 'draw' ? (
        <DrawSection {...sectionProps} />
      ) : (
        <ContestsSection {...sectionProps} />
      )}
    </article>
  );
}

/** A campaign no longer editable, read back; unit types by their names, never their internal codes. */
function CampaignSummary({ campaign }: { campaign: Campaign }) {
  const { t } = useLanguage();
  const { nameOf } = useUnitTypes();
  return (
    <dl className="info-list">
      <InfoRow label={t('campaigns.issuingBody')}>{campaign.issuingBody}</InfoRow>
      <InfoRow label={t('campaigns.locality')}>{campaign.locality}</InfoRow>
      <InfoRow label={t('campaigns.year')}>{campaign.year}</InfoRow>
      {campaign.schedule.map((entry) => (
        <InfoRow key={entry.unitType} label={nameOf(entry.unitType)}>
          {formatVietnameseDate(entry.pollDate)}
        </InfoRow>
      ))}
    </dl>
  );
}
