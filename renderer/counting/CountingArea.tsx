import type { AreaProps } from '../app/areas';
import { CampaignChoice } from '../campaigns/CampaignChoice';
import { useLanguage } from '../i18n/LanguageContext';
import { deskPlaces } from './deskPlaces';
import { DeskOverview } from './DeskOverview';
import { DifferencesScreen } from './DifferencesScreen';
import { EntryScreen } from './EntryScreen';
import { KeyingAuditScreen } from './KeyingAuditScreen';
import { KeyingQualityPanel } from './KeyingQualityPanel';
import { ProgressBoard } from './ProgressBoard';
import { ReturnedFieldsScreen } from './ReturnedFieldsScreen';
import { UnitDeskPage } from './UnitDeskPage';

/**
 * #/counting — campaigns being counted; #/counting/<campaign> — the desk's overview, one row a
 * unit; …/board — the progress board; …/unit/<unit> — one unit's page; …/unit/<unit>/key/<batch>
 * — keying; …/unit/<unit>/differences/<batch> — the head settles; …/unit/<unit>/returned/<batch> —
 * the keyer keys again the fields sent back; …/unit/<unit>/audit/<batch> — the batch's keying-quality
 * audit, …/audit-key/<batch> its blind keying; …/quality — the campaign's keying quality.
 */
export function CountingArea({ user, section, rest }: AreaProps) {
  const { t } = useLanguage();
  return (
    <section aria-labelledby="counting-heading">
      <h1 id="counting-heading">{t('counting.heading')}</h1>
      {section ? (
        <CampaignDesk campaignId={section} rest={rest} user={user} />
      ) : (
        <CampaignChoice
          area="counting"
          statuses={['open', 'counting']}
          heading="counting.chooseCampaign"
          empty="counting.noCampaign"
        />
      )}
    </section>
  );
}

function CampaignDesk({
  campaignId,
  rest,
  user,
}: {
  campaignId: string;
  rest: AreaProps['rest'];
  user: AreaProps['user'];
}) {
  const [place, unitId, step, batchId] = rest;
  if (place === 'board') return <ProgressBoard key={campaignId} campaignId={campaignId} />;
  if (place === 'quality') return <KeyingQualityPanel key={campaignId} campaignId={campaignId} />;
  if (place !== 'unit' || !unitId) return <DeskOverview key={campaignId} campaignId={campaignId} user={user} />;
  const unitHref = deskPlaces(campaignId).unit(unitId);
  if (step === 'key' && batchId) return <EntryScreen key={batchId} deskHref={unitHref} batchId={batchId} />;
  if (step === 'differences' && batchId)
    return <DifferencesScreen key={batchId} deskHref={unitHref} batchId={batchId} />;
  if (step === 'returned' && batchId)
    return <ReturnedFieldsScreen key={batchId} deskHref={unitHref} batchId={batchId} />;
  if (step === 'audit' && batchId)
    return <KeyingAuditScreen key={batchId} campaignId={campaignId} unitId={unitId} batchId={batchId} user={user} />;
  if (step === 'audit-key' && batchId)
    return (
      <EntryScreen key={batchId} deskHref={deskPlaces(campaignId).audit(unitId, batchId)} batchId={batchId} audit />
    );
  return <UnitDeskPage key={unitId} campaignId={campaignId} unitId={unitId} user={user} />;
}
