import { localIsoDay } from '../../shared/campaigns/calendar';
import { useCallback } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from '../../shared/schema/z';
import type { drawCandidatesSchema, heldDrawSchema } from '../../shared/draws/drawSchemas';
import { drawRecordFile } from '../../shared/draws/drawRecordFile';
import { checkSeed } from '../../shared/draws/drawSeed';
import { downloadBytes } from '../files/fileTransfer';
import { dateInputProps, dateRules, dateText, isoDay } from '../forms/dayMonthYear';
import { Field, FormActions, TextAreaField } from '../forms/Field';
import { SubmitActions } from '../forms/SubmitActions';
import { useLoaded } from '../forms/useLoaded';
import { useSubmission } from '../forms/useSubmission';
import { useLanguage } from '../i18n/LanguageContext';
import { PrintPanel } from '../print/PrintPanel';
import { ErrorNotice } from '../forms/ErrorNotice';
import { useSession } from '../session/SessionContext';
import type { CampaignSectionProps } from '../campaigns/CampaignPage';
import { DataTable } from '../forms/DataTable';

type Candidates = z.infer<typeof drawCandidatesSchema>;
type HeldDraw = z.infer<typeof heldDrawSchema>;

interface DrawValues {
  seed: string;
  counts: Record<string, string>;
  heldOn: string;
  place: string;
  chair: string;
  witnesses: string;
}

export function DrawSection({ campaign, editable, reload }: CampaignSectionProps) {
  const { t } = useLanguage();
  const session = useSession();
  const loadDraw = useCallback(() => session.call('draws.get', { campaignId: campaign.id }), [session, campaign.id]);
  const loadCandidates = useCallback(
    () => session.call('draws.candidates', { campaignId: campaign.id }),
    [session, campaign.id],
  );
  const draw = useLoaded<HeldDraw | null>(loadDraw, null);
  const candidates = useLoaded<Candidates>(loadCandidates, []);

  return (
    <section aria-labelledby="draw-heading">
      <h3 id="draw-heading">{t('draw.heading')}</h3>
      <p>{t('draw.intro')}</p>
      <ErrorNotice error={draw.error} />
      {draw.value ? (
        <DrawResult draw={draw.value} campaignId={campaign.id} />
      ) : (
        <>
          <CandidateLists candidates={candidates.value} />
          {editable && candidates.value.length > 0 ? (
            <DrawForm
              campaignId={campaign.id}
              candidates={candidates.value}
              onHeld={() => {
                draw.reload();
                reload();
              }}
            />
          ) : null}
        </>
      )}
    </section>
  );
}

function CandidateLists({ candidates }: { candidates: Candidates }) {
  const { t, pick } = useLanguage();
  return (
    <div className="draw-groups">
      {candidates.map((group) => (
        <section key={group.unitType} aria-label={group.label} className="draw-group">
          <h4>
            {group.label} — {t('draw.candidates', { count: group.candidates.length })}
          </h4>
          <ol>
            {group.candidates.map((candidate) => (
              <li key={candidate.unitId}>{candidate.name}</li>
            ))}
          </ol>
          {group.excluded.length > 0 ? (
            <>
              <h5>{t('draw.excluded')}</h5>
              <ul className="excluded">
                {group.excluded.map((unit) => (
                  <li key={unit.unitId}>
                    {unit.name}: <span className="note">{pick(unit.reason)}</span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ))}
    </div>
  );
}

function DrawForm({
  campaignId,
  candidates,
  onHeld,
}: {
  campaignId: string;
  candidates: Candidates;
  onHeld: () => void;
}) {
  const { t, pick } = useLanguage();
  const session = useSession();
  const { pending, error, submit } = useSubmission();
  const { register, handleSubmit, formState } = useForm<DrawValues>({
    defaultValues: {
      counts: Object.fromEntries(candidates.map((group) => [group.unitType, ''])),
      heldOn: dateText(localIsoDay(new Date())),
    },
  });

  const hold = handleSubmit(async (values) => {
    const counts = candidates
      .filter((group) => values.counts[group.unitType]?.trim())
      .map((group) => ({ unitType: group.unitType, count: Number(values.counts[group.unitType]) }));
    const result = await submit(() =>
      session.call('draws.hold', {
        campaignId,
        seed: values.seed,
        counts,
        meeting: {
          heldOn: isoDay(values.heldOn),
          place: values.place,
          chair: values.chair,
          witnesses: values.witnesses
            .split('\n')
            .map((line) => line.trim())
            .filter(Boolean),
        },
      }),
    );
    if (result.ok) onHeld();
  });

  return (
    <form noValidate onSubmit={hold} aria-busy={pending} className="narrow-form">
      {candidates.map((group) => (
        <Field
          key={group.unitType}
          label={`${t('draw.count')}: ${group.label}`}
          hint={t('draw.notDrawn')}
          type="number"
          min={0}
          max={group.candidates.length}
          {...register(`counts.${group.unitType}`)}
        />
      ))}
      <Field
        label={t('draw.seed')}
        autoComplete="off"
        error={formState.errors.seed}
        {...register('seed', {
          required: t('form.required'),
          // The same check the draw makes, shown before sending: an unseen character is never cleaned away.
          validate: (seed) => {
            const checked = checkSeed(seed);
            return checked.ok || pick(checked.reason);
          },
        })}
      />
      <Field
        label={t('draw.heldOn')}
        {...dateInputProps}
        error={formState.errors.heldOn}
        {...register('heldOn', dateRules(t, true))}
      />
      <Field label={t('draw.place')} {...register('place')} />
      <Field label={t('draw.chair')} {...register('chair')} />
      <TextAreaField id="draw-witnesses" label={t('draw.witnesses')} rows={4} {...register('witnesses')} />
      <ErrorNotice error={error} />
      <SubmitActions label={t('draw.hold')} disabled={pending} />
    </form>
  );
}

function DrawResult({ draw, campaignId }: { draw: HeldDraw; campaignId: string }) {
  const { t } = useLanguage();
  return (
    <section aria-labelledby="draw-result-heading" data-testid="draw-result">
      <h4 id="draw-result-heading">{t('draw.result')}</h4>
      <p>
        <code>{t('draw.seedWas', { seed: draw.record.seed })}</code>
      </p>
      {draw.record.groups.map((group) => (
        <section key={group.unitType} aria-label={group.label}>
          <h5>{group.label}</h5>
          <DataTable labels={[t('draw.drawnOrder'), t('draw.number'), t('units.unit')]}>
            {group.drawn.map((position, index) => (
              <tr key={position}>
                <td>{index + 1}</td>
                <td>{position}</td>
                <td>{group.candidates[position - 1]}</td>
              </tr>
            ))}
          </DataTable>
        </section>
      ))}
      <p className="note">{t('draw.verifyHint')}</p>
      <FormActions>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            const file = drawRecordFile(draw.record, draw.meeting.heldOn);
            downloadBytes(file.fileName, new TextEncoder().encode(file.text));
          }}
        >
          {t('draw.downloadRecord')}
        </button>
      </FormActions>
      <PrintPanel document={{ kind: 'drawMinutes', campaignId }} label={t('draw.printMinutes')} />
    </section>
  );
}
