import type { CampaignRef } from '../../shared/remediation/remediationSchemas';
import { navigate } from '../app/navigate';
import { SelectField } from '../forms/Field';
import { useLanguage } from '../i18n/LanguageContext';
import { sectionHref, type RemediationSectionId } from './remediationRoutes';

/**
 * The campaign a section shows, newest first. Arrow keys move through the campaigns and the section
 * follows (its address names the campaign); the focus stays on the drop-down.
 */
export function CampaignSelect({
  section,
  campaigns,
  campaignId,
}: {
  section: RemediationSectionId;
  campaigns: readonly CampaignRef[];
  campaignId: string;
}) {
  const { t } = useLanguage();
  return (
    <SelectField
      id={`${section}-campaign`}
      label={t('remediation.campaign')}
      narrow
      value={campaignId}
      onChange={(event) => navigate(sectionHref(section, event.target.value))}
    >
      {campaigns.map((campaign) => (
        <option key={campaign.id} value={campaign.id}>
          {campaign.name}
        </option>
      ))}
    </SelectField>
  );
}
