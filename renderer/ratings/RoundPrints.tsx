import { useMemo, useState } from 'react';
import { SelectField } from '../forms/Field';
import { useLanguage } from '../i18n/LanguageContext';
import { PrintPanel } from '../print/PrintPanel';
import { OrganisationOptions } from './OrganisationOptions';
import type { RoundTabProps } from './roundTabs';
import { roundOrganisations } from './voteChoices';
import './roundParts.css';

/**
 * #/ratings/rounds/<roundId>/prints — the round's documents: the summary for the district, the
 * summary of one organisation (and those under it), and the targets report of the round's year.
 * Each opens its preview and saves its A4 PDF (PrintPanel). The vote minutes are with each vote.
 */
export function RoundPrints({ round, entries }: RoundTabProps) {
  const { t } = useLanguage();
  const organisations = useMemo(() => roundOrganisations(entries), [entries]);
  const [organisationId, setOrganisationId] = useState(organisations[0]?.id ?? '');
  const chosen = organisations.find((organisation) => organisation.id === organisationId) ?? null;
  return (
    <section className="round-prints" aria-labelledby="round-prints-heading">
      <h3 id="round-prints-heading">{t('roundPrints.heading')}</h3>
      <p className="field-hint">{t('roundPrints.hint')}</p>
      <PrintPanel
        document={{ kind: 'ratingRound', roundId: round.id, organisationId: null }}
        label={t('roundPrints.district')}
      />
      {organisations.length > 0 ? (
        <>
          <SelectField
            id="round-print-organisation"
            label={t('roundPrints.organisation')}
            hint={t('roundPrints.organisationHint')}
            value={organisationId}
            onChange={(event) => setOrganisationId(event.target.value)}
          >
            <OrganisationOptions organisations={organisations} />
          </SelectField>
          {chosen ? (
            <PrintPanel
              document={{ kind: 'ratingRound', roundId: round.id, organisationId: chosen.id }}
              label={t('roundPrints.ofOrganisation')}
            />
          ) : null}
        </>
      ) : null}
      <PrintPanel
        document={{ kind: 'ratingTargets', year: round.year }}
        label={t('roundPrints.targets', { year: round.year })}
      />
    </section>
  );
}
