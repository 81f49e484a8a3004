import type { PersonMatch } from '../../shared/remediation/remediationSchemas';
import { DataTable } from '../forms/DataTable';
import { useLanguage } from '../i18n/LanguageContext';
import { personText } from './personText';

/** The matches that stand: certain ones taken without review, and those confirmed or rejected. */
export function DecidedMatches({ people }: { people: readonly PersonMatch[] }) {
  const { t } = useLanguage();
  return (
    <section aria-labelledby="matches-decided-heading">
      <h3 id="matches-decided-heading">{t('remediationMatches.decidedHeading')}</h3>
      {people.length === 0 ? (
        <p>{t('remediationMatches.noneDecided')}</p>
      ) : (
        <DataTable
          className="decided-matches"
          labels={[
            t('remediationMatches.person'),
            t('remediationMatches.kindColumn'),
            t('remediationMatches.decisionColumn'),
            t('remediationMatches.lastYear'),
          ]}
        >
          {people.map((person) => (
            <tr key={person.subjectId} data-subject={person.subjectId} data-decision={person.decision}>
              <th scope="row">{personText(person)}</th>
              <td>{t(`remediationMatches.kind.${person.kind}`)}</td>
              <td>{t(`remediationMatches.decision.${person.decision}`)}</td>
              <td>{person.matched ? personText(person.matched) : t('remediationMatches.nobodyLastYear')}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
