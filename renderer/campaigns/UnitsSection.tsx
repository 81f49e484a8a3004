import { useCallback, useState } from 'react';
import type { SubjectView, UnitView } from '../../shared/campaigns/campaignSchemas';
import { formatVietnameseDate } from '../../shared/campaigns/calendar';
import { matchesWordStarts } from '../../shared/text/vietnamese';
import { downloadBase64 } from '../files/fileTransfer';
import { useLoaded } from '../forms/useLoaded';
import { useSubmission } from '../forms/useSubmission';
import { useLanguage } from '../i18n/LanguageContext';
import { ErrorNotice } from '../forms/ErrorNotice';
import { Field, FormActions } from '../forms/Field';
import { useSession } from '../session/SessionContext';
import type { CampaignSectionProps } from './CampaignPage';
import { UnitImport } from './UnitImport';
import { DataTable } from '../forms/DataTable';

export function UnitsSection({ campaign, editable, reload }: CampaignSectionProps) {
  const { t } = useLanguage();
  const session = useSession();
  const [search, setSearch] = useState('');
  const load = useCallback(() => session.call('campaigns.units', { campaignId: campaign.id }), [session, campaign.id]);
  const units = useLoaded<UnitView[]>(load, []);
  const exporting = useSubmission();

  const exportAs = async (format: 'csv' | 'xlsx') => {
    const result = await exporting.submit(() =>
      session.call('campaigns.exportUnits', { campaignId: campaign.id, format }),
    );
    if (result.ok) downloadBase64(result.value.fileName, result.value.contentBase64);
  };

  const shown = units.value.filter((unit) =>
    matchesWordStarts(
      [unit.name, unit.parentBody, ...unit.subjects.map((subject) => subject.fullName)].join(' '),
      search,
    ),
  );

  return (
    <section aria-labelledby="units-heading">
      <h3 id="units-heading">{t('campaigns.unitsTab')}</h3>
      {editable ? (
        <UnitImport
          campaignId={campaign.id}
          onImported={() => {
            units.reload();
            reload();
          }}
        />
      ) : null}
      <FormActions>
        <button type="button" className="secondary" onClick={() => void exportAs('csv')} disabled={exporting.pending}>
          {t('units.exportCsv')}
        </button>
        <button type="button" className="secondary" onClick={() => void exportAs('xlsx')} disabled={exporting.pending}>
          {t('units.exportXlsx')}
        </button>
      </FormActions>
      <ErrorNotice error={exporting.error} />
      <ErrorNotice error={units.error} />
      {units.value.length === 0 ? (
        <p>{t('units.empty')}</p>
      ) : (
        <>
          <Field
            id="unit-search"
            label={t('units.search')}
            narrow
            type="search"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
          <DataTable
            className="units-table"
            labels={[
              t('units.unit'),
              t('units.person'),
              t('units.positions'),
              t('units.startedAt'),
              t('units.eligibility'),
            ]}
          >
            {shown.flatMap((unit) =>
              (unit.subjects.length > 0 ? unit.subjects : [null]).map((subject, index) => (
                <tr key={`${unit.id}-${subject?.id ?? 'none'}`} data-unit={unit.name}>
                  {index === 0 ? (
                    <td rowSpan={Math.max(1, unit.subjects.length)}>
                      <strong>{unit.name}</strong>
                      {unit.parentBody ? <div className="note">{unit.parentBody}</div> : null}
                      {unit.convened !== null ? (
                        <div className="note">
                          {t('units.convened')}: {unit.convened}
                        </div>
                      ) : null}
                    </td>
                  ) : null}
                  {subject ? (
                    <SubjectCells subject={subject} editable={editable} onChanged={units.reload} />
                  ) : (
                    <td colSpan={4} className="note">
                      {t('units.notEligible')}
                    </td>
                  )}
                </tr>
              )),
            )}
          </DataTable>
        </>
      )}
    </section>
  );
}

function SubjectCells({
  subject,
  editable,
  onChanged,
}: {
  subject: SubjectView;
  editable: boolean;
  onChanged: () => void;
}) {
  const { t, pick } = useLanguage();
  const session = useSession();
  const [overriding, setOverriding] = useState(false);
  const [reason, setReason] = useState('');
  const saving = useSubmission();

  const decide = async (value: string | null) => {
    const result = await saving.submit(() =>
      session.call('campaigns.setEligibilityOverride', { subjectId: subject.id, reason: value }),
    );
    if (result.ok) {
      setOverriding(false);
      onChanged();
    }
  };

  return (
    <>
      <td>{subject.fullName}</td>
      <td>{subject.positions.join('; ')}</td>
      <td>{subject.startedAt ? formatVietnameseDate(subject.startedAt) : '—'}</td>
      <td data-eligible={subject.eligible}>
        <strong>{subject.eligible ? t('units.eligible') : t('units.notEligible')}</strong>
        {subject.eligibilityNote ? <div className="note">{pick(subject.eligibilityNote)}</div> : null}
        {editable && !subject.eligible && !overriding ? (
          <button type="button" className="secondary" onClick={() => setOverriding(true)}>
            {t('units.override')}
          </button>
        ) : null}
        {editable && subject.eligibilityOverride ? (
          <button type="button" className="secondary" onClick={() => void decide(null)}>
            {t('units.overrideWithdraw')}
          </button>
        ) : null}
        {overriding ? (
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              void decide(reason);
            }}
          >
            <Field
              id={`override-${subject.id}`}
              label={t('units.overrideReason')}
              autoFocus
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
            <button type="submit" disabled={saving.pending}>
              {t('units.overrideSave')}
            </button>
            <button type="button" className="secondary" onClick={() => setOverriding(false)}>
              {t('campaigns.cancel')}
            </button>
          </form>
        ) : null}
        <ErrorNotice error={saving.error} />
      </td>
    </>
  );
}
