import { useLanguage } from '../i18n/LanguageContext';
import { runsByParent, type RoundOrganisation } from './voteChoices';

/**
 * The options of an organisation drop-down in the round's order, those under one parent grouped
 * under its name ("Trực thuộc …"), after an option for "none chosen" (value "") when one is given.
 */
export function OrganisationOptions({
  organisations,
  none,
}: {
  organisations: readonly RoundOrganisation[];
  none?: string;
}) {
  const { t } = useLanguage();
  const option = (organisation: RoundOrganisation) => (
    <option key={organisation.id} value={organisation.id}>
      {organisation.name}
    </option>
  );
  return (
    <>
      {none !== undefined ? <option value="">{none}</option> : null}
      {runsByParent(organisations).map((run, index) =>
        run.parentName === null ? (
          run.organisations.map(option)
        ) : (
          <optgroup key={`${index}-${run.parentName}`} label={t('votes.under', { parent: run.parentName })}>
            {run.organisations.map(option)}
          </optgroup>
        ),
      )}
    </>
  );
}
