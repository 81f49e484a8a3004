import { Fragment, useCallback, useEffect, useState } from 'react';
import type { LanAddresses, LanStatus } from '../../shared/kiosk/kioskSchemas';
import { defaultLanPort } from '../../shared/kiosk/kioskSchemas';
import { ConfirmAction } from '../forms/ConfirmAction';
import { ErrorNotice } from '../forms/ErrorNotice';
import { Field, FormActions, SelectField } from '../forms/Field';
import { useLoaded } from '../forms/useLoaded';
import { useSubmission } from '../forms/useSubmission';
import { useLanguage } from '../i18n/LanguageContext';
import { useSession } from '../session/SessionContext';
import { lanAddressChoices, typedPort } from './lanAddresses';

/** How often the panel asks again, for the refusals counted while it stays on screen. */
const lanPollMs = 5000;

/**
 * "Điện thoại trong hội trường" in the head's kiosk panel: off by default. Opening it (after a
 * question) starts the hall network's listener on one of this machine's addresses for this
 * conference; while open, the address phones type, the certificate's fingerprint they check, and
 * the requests refused for too many attempts. The app has one listener, whichever conference.
 */
export function LanPanel({
  unitId,
  unitName,
  kioskClosed,
}: {
  unitId: string;
  unitName: string;
  kioskClosed: boolean;
}) {
  const { t, when } = useLanguage();
  const session = useSession();
  const loadStatus = useCallback(() => session.call('kiosk.lanStatus', { unitId }), [session, unitId]);
  const status = useLoaded<LanStatus | null>(loadStatus, null);
  const loadAddresses = useCallback(() => session.call('kiosk.lanAddresses', {}), [session]);
  const addresses = useLoaded<LanAddresses | null>(loadAddresses, null);
  const opening = useSubmission();
  const closing = useSubmission();
  const [address, setAddress] = useState('');
  const [port, setPort] = useState(String(defaultLanPort));

  const { reload } = status;
  useEffect(() => {
    const timer = window.setInterval(reload, lanPollMs);
    return () => window.clearInterval(timer);
  }, [reload]);

  const choices = lanAddressChoices(addresses.value?.addresses ?? []);
  const chosen = choices.some((choice) => choice.address === address) ? address : (choices[0]?.address ?? '');
  const listener = status.value?.listener ?? null;
  const openHere = listener?.unitId === unitId;
  const fingerprint = status.value?.fingerprint ?? null;
  const headingId = `kiosk-lan-${unitId}`;

  const open = async () => {
    await opening.submit(() => session.call('kiosk.openLan', { unitId, address: chosen, port: typedPort(port) }));
  };
  const close = async () => {
    await closing.submit(() => session.call('kiosk.closeLan', { unitId }));
  };

  return (
    <section className="kiosk-lan" aria-labelledby={headingId}>
      <h4 id={headingId}>
        {t('kiosk.lanHeading')}{' '}
        {status.value ? (
          <span className={openHere ? 'kiosk-lan-state on' : 'kiosk-lan-state'} data-testid="kiosk-lan-state">
            {openHere ? t('kiosk.lanOnBadge') : t('kiosk.lanOffBadge')}
          </span>
        ) : null}
      </h4>
      <p className="note">{t('kiosk.lanIntro')}</p>
      <ErrorNotice error={status.error} />
      {openHere ? (
        <dl className="kiosk-lan-facts">
          <dt>{t('kiosk.lanUrl')}</dt>
          <dd>
            <code className="kiosk-lan-url" data-testid="kiosk-lan-url">
              {listener.url}
            </code>
          </dd>
        </dl>
      ) : null}
      {fingerprint ? (
        <dl className="kiosk-lan-facts">
          <dt>{t('kiosk.lanFingerprint')}</dt>
          <dd>
            <code className="kiosk-lan-fingerprint" data-testid="kiosk-lan-fingerprint">
              {fingerprint.split(/(?<=:)/).map((group, index) => (
                // A line may break between the groups, never inside one.
                <Fragment key={index}>
                  {group}
                  <wbr />
                </Fragment>
              ))}
            </code>
            <p className="note">{t('kiosk.lanFingerprintHint')}</p>
          </dd>
        </dl>
      ) : null}
      {openHere ? (
        <>
          <p data-testid="kiosk-lan-throttled">
            {t('kiosk.lanOpenedAt', { when: when(listener.openedAt) })}{' '}
            {t('kiosk.lanThrottled', { count: listener.throttled })}
          </p>
          <p className="note">{t('kiosk.lanSlipsHint')}</p>
          <FormActions>
            <button type="button" className="secondary" disabled={closing.pending} onClick={() => void close()}>
              {t('kiosk.lanClose')}
            </button>
          </FormActions>
          <ErrorNotice error={closing.error} />
        </>
      ) : listener ? (
        <p data-testid="kiosk-lan-other">{t('kiosk.lanOtherUnit', { unit: listener.unitName, url: listener.url })}</p>
      ) : kioskClosed ? (
        <p className="note">{t('kiosk.lanKioskClosed')}</p>
      ) : status.value ? (
        <div className="kiosk-lan-open">
          <ErrorNotice error={addresses.error} />
          {choices.length > 0 ? (
            <>
              <SelectField
                label={t('kiosk.lanAddress')}
                hint={t('kiosk.lanAddressHint')}
                narrow
                value={chosen}
                onChange={(event) => setAddress(event.target.value)}
              >
                {choices.map((choice) => (
                  <option key={`${choice.interfaceName}-${choice.address}`} value={choice.address}>
                    {t(choice.internal ? 'kiosk.lanLoopbackOption' : 'kiosk.lanAddressOption', {
                      address: choice.address,
                      interfaceName: choice.interfaceName,
                    })}
                  </option>
                ))}
              </SelectField>
              <Field
                label={t('kiosk.lanPort')}
                hint={t('kiosk.lanPortHint', { port: defaultLanPort })}
                inputMode="numeric"
                autoComplete="off"
                maxLength={5}
                narrow
                value={port}
                onChange={(event) => setPort(event.target.value)}
              />
              <FormActions>
                <ConfirmAction
                  label={t('kiosk.lanOpen')}
                  question={t('kiosk.lanOpenQuestion', { address: chosen, port: port.trim(), unit: unitName })}
                  confirmLabel={t('kiosk.lanOpenConfirm')}
                  disabled={opening.pending}
                  onConfirm={open}
                />
              </FormActions>
            </>
          ) : addresses.value ? (
            <p className="note">{t('kiosk.lanNoAddresses')}</p>
          ) : null}
          <ErrorNotice error={opening.error} />
        </div>
      ) : null}
    </section>
  );
}
