import { useCallback, useState } from 'react';
import { contract, mayCall } from '../../shared/contract';
import type { RosterOrganisation } from '../../shared/ratings/ratingSchemas';
import { ErrorNotice } from '../forms/ErrorNotice';
import { Field } from '../forms/Field';
import { useLoaded } from '../forms/useLoaded';
import { useLanguage } from '../i18n/LanguageContext';
import { useSession } from '../session/SessionContext';
import type { RatingSectionProps } from './ratingSections';
import { RosterExport } from './RosterExport';
import { RosterImport } from './RosterImport';
import { RosterTable } from './RosterTable';

/**
 * #/ratings/roster — the organisations, their leadership collectives and members: imported from a
 * file (the administrator), saved back to one, and searched by the core (word starts of names,
 * diacritics optional), so a district's hundreds of members stay one search away.
 */
export function RosterSection({ user }: RatingSectionProps) {
  const { t } = useLanguage();
  const session = useSession();
  const [search, setSearch] = useState('');
  const load = useCallback(() => session.call('ratings.roster', { search }), [session, search]);
  const roster = useLoaded<RosterOrganisation[]>(load, []);
  const searching = search.trim() !== '';
  const members = roster.value.reduce((sum, organisation) => sum + organisation.members.length, 0);

  return (
    <section aria-labelledby="roster-heading">
      <h2 id="roster-heading">{t('roster.heading')}</h2>
      {mayCall(contract['ratings.importRoster'].access, user.role) ? <RosterImport onImported={roster.reload} /> : null}
      <RosterExport />
      <ErrorNotice error={roster.error} />
      <Field
        id="roster-search"
        label={t('roster.search')}
        narrow
        type="search"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      {roster.value.length === 0 ? (
        <p role="status">{searching ? t('roster.noMatch', { search: search.trim() }) : t('roster.empty')}</p>
      ) : (
        <>
          <p role="status" className="table-count">
            {t('roster.count', { organisations: roster.value.length, members })}
          </p>
          <RosterTable organisations={roster.value} />
        </>
      )}
    </section>
  );
}
