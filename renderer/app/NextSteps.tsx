import { useCallback } from 'react';
import type { NextStep, NextStepKind } from '../../shared/app/nextSteps';
import { useLoaded } from '../forms/useLoaded';
import { useLanguage } from '../i18n/LanguageContext';
import type { MessageKey } from '../i18n/messages';
import { useSession } from '../session/SessionContext';

/** Each kind of step: what it says and where it is done. */
const places: Readonly<Record<NextStepKind, { text: MessageKey; href: (campaignId: string | null) => string }>> = {
  noHead: { text: 'next.noHead', href: () => '#/administration/users' },
  tooFewCounters: { text: 'next.tooFewCounters', href: () => '#/administration/users' },
  campaignWithoutUnits: { text: 'next.campaignWithoutUnits', href: (id) => `#/campaigns/${id}/units` },
  campaignWithoutContests: { text: 'next.campaignWithoutContests', href: (id) => `#/campaigns/${id}/contests` },
  backupFolderUnset: { text: 'next.backupFolderUnset', href: () => '#/archive' },
  conferencesMissing: { text: 'next.conferencesMissing', href: (id) => `#/counting/${id}` },
  countsMissing: { text: 'next.countsMissing', href: (id) => `#/counting/${id}` },
  batchesToKey: { text: 'next.batchesToKey', href: (id) => `#/counting/${id}` },
  keyingsToFinish: { text: 'next.keyingsToFinish', href: (id) => `#/counting/${id}` },
  differencesToSettle: { text: 'next.differencesToSettle', href: (id) => `#/counting/${id}` },
  readyToClose: { text: 'next.readyToClose', href: (id) => `#/counting/${id}` },
  resultsToSeal: { text: 'next.resultsToSeal', href: (id) => `#/results/${id}` },
  resultsToSign: { text: 'next.resultsToSign', href: (id) => `#/results/${id}` },
};

/** What the signed-in user has left to do, each step a link to where it is done. */
export function NextSteps() {
  const { t } = useLanguage();
  const session = useSession();
  const load = useCallback(() => session.call('app.nextSteps', {}), [session]);
  const steps = useLoaded<NextStep[] | null>(load, null);
  if (!steps.value) return null;
  return (
    <section aria-labelledby="next-steps-heading" className="next-steps">
      <h2 id="next-steps-heading">{t('next.heading')}</h2>
      {steps.value.length === 0 ? (
        <p>{t('next.nothing')}</p>
      ) : (
        <ul>
          {steps.value.map((step) => {
            const place = places[step.kind];
            return (
              <li key={`${step.kind}-${step.campaignId ?? ''}`} data-step={step.kind}>
                <a href={place.href(step.campaignId)}>{t(place.text, { count: step.count })}</a>
                {step.campaignName ? <span className="note"> — {step.campaignName}</span> : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
