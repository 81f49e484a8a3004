import { useCallback, useState } from 'react';
import type { DeskUnit } from '../../shared/counting/deskProgress';
import type { DeskListEntry } from '../../shared/desks/deskStatus';
import { digestGroups } from '../../shared/results/digestGroups';
import { downloadBase64 } from '../files/fileTransfer';
import { DataTable } from '../forms/DataTable';
import { ErrorNotice } from '../forms/ErrorNotice';
import { Field, FormActions } from '../forms/Field';
import { useLoaded } from '../forms/useLoaded';
import { useSubmission } from '../forms/useSubmission';
import { useLanguage } from '../i18n/LanguageContext';
import { useSession } from '../session/SessionContext';
import { MergeDeskPackage } from './MergeDeskPackage';

/**
 * The other desks of a campaign (bàn phụ): those registered, and a kit for a new one with the
 * contests of the units the overview shows now (filter the overview first), none already given.
 */
export function DeskKits({ campaignId, shownUnits }: { campaignId: string; shownUnits: readonly DeskUnit[] }) {
  const { t, when } = useLanguage();
  const session = useSession();
  const load = useCallback(() => session.call('desks.list', { campaignId }), [session, campaignId]);
  const desks = useLoaded<DeskListEntry[]>(load, []);
  const making = useSubmission();
  const [deskName, setDeskName] = useState('');
  const [fingerprint, setFingerprint] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [secondEntryAtMain, setSecondEntry] = useState(false);
  const [made, setMade] = useState<string | null>(null);

  const given = new Set(desks.value.flatMap((desk) => desk.contestIds));
  const contestIds = shownUnits
    .flatMap((unit) => unit.contests)
    .filter((contest) => !contest.closed && !contest.sealed && !given.has(contest.contestId))
    .map((contest) => contest.contestId);

  const make = async () => {
    setMade(null);
    const result = await making.submit(() =>
      session.call('desks.makeKit', {
        campaignId,
        deskName,
        deskFingerprint: fingerprint,
        contestIds,
        passphrase,
        secondEntryAtMain,
      }),
    );
    setPassphrase('');
    if (!result.ok) return;
    downloadBase64(result.value.fileName, result.value.contentBase64);
    setMade(t('desks.made', { desk: deskName, contests: contestIds.length }));
    setDeskName('');
    setFingerprint('');
  };

  return (
    <details className="desk-kits">
      <summary>{t('desks.heading', { count: desks.value.length })}</summary>
      <ErrorNotice error={desks.error} />
      {desks.value.length > 0 ? (
        <DataTable labels={[t('desks.name'), t('desks.fingerprint'), t('desks.contests'), t('desks.mergedColumn')]}>
          {desks.value.map((desk) => (
            <tr key={desk.kitId}>
              <th scope="row">{desk.deskName}</th>
              <td>
                <code>{digestGroups(desk.fingerprint).join(' ')}</code>
              </td>
              <td>
                {desk.contestIds.length}
                {desk.secondEntryAtMain ? ` — ${t('desks.secondEntryShort')}` : ''}
              </td>
              <td>
                {desk.lastMergedAt
                  ? t('desks.mergedCell', {
                      batches: desk.mergedBatches,
                      ballots: desk.mergedBallots,
                      at: when(desk.lastMergedAt),
                    })
                  : t('desks.notMerged')}
              </td>
            </tr>
          ))}
        </DataTable>
      ) : null}
      {desks.value.length > 0 ? <MergeDeskPackage /> : null}
      <form
        noValidate
        className="narrow-form"
        aria-label={t('desks.new')}
        onSubmit={(event) => {
          event.preventDefault();
          void make();
        }}
      >
        <h3>{t('desks.new')}</h3>
        <p className="note">{t('desks.newHint', { units: shownUnits.length, contests: contestIds.length })}</p>
        <Field
          id="desk-name"
          label={t('desks.name')}
          value={deskName}
          onChange={(event) => setDeskName(event.target.value)}
        />
        <Field
          id="desk-fingerprint"
          label={t('desks.fingerprintTyped')}
          hint={t('desks.fingerprintHint')}
          value={fingerprint}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => setFingerprint(event.target.value)}
        />
        <div className="checkbox">
          <input
            id="desk-second-entry"
            type="checkbox"
            checked={secondEntryAtMain}
            aria-describedby="desk-second-entry-hint"
            onChange={(event) => setSecondEntry(event.target.checked)}
          />
          <label htmlFor="desk-second-entry">{t('desks.secondEntry')}</label>
        </div>
        <p id="desk-second-entry-hint" className="field-hint">
          {t('desks.secondEntryHint')}
        </p>
        <Field
          id="desk-passphrase"
          label={t('desks.passphrase')}
          type="password"
          autoComplete="off"
          value={passphrase}
          onChange={(event) => setPassphrase(event.target.value)}
        />
        <FormActions>
          <button type="submit" disabled={making.pending || contestIds.length === 0}>
            {t('desks.make', { contests: contestIds.length })}
          </button>
        </FormActions>
        <ErrorNotice error={making.error} />
        {made ? (
          <p role="status" className="notice">
            {made}
          </p>
        ) : null}
      </form>
    </details>
  );
}
