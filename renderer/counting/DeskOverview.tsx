import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { contract, mayCall } from '../../shared/contract';
import type { SessionUser } from '../../shared/session/sessionSchemas';
import { deskStates, unitProgress, type DeskState, type DeskUnit } from '../../shared/counting/deskProgress';
import { matchesWordStarts } from '../../shared/text/vietnamese';
import { navigate } from '../app/navigate';
import { useUnitTypes } from '../campaigns/useUnitTypes';
import { DataTable } from '../forms/DataTable';
import { ErrorNotice } from '../forms/ErrorNotice';
import { Field, SelectField } from '../forms/Field';
import { useLoaded } from '../forms/useLoaded';
import { useLanguage } from '../i18n/LanguageContext';
import type { MessageKey } from '../i18n/messages';
import { useSession } from '../session/SessionContext';
import { deskPlaces } from './deskPlaces';
import { FieldsToRekey } from './FieldsToRekey';
import { OperatorStats } from './OperatorStats';
import { DeskExchange } from '../desks/DeskExchange';

interface DeskFilter {
  readonly search: string;
  readonly unitType: string;
  readonly state: DeskState | '';
  /** The unit last opened from here: coming back puts the focus on its row. */
  readonly lastUnitId: string | null;
}

const noFilter: DeskFilter = { search: '', unitType: '', state: '', lastUnitId: null };
/** Per campaign, the filter and place of this session, so "back" returns to the same list. */
const remembered = new Map<string, DeskFilter>();

export const deskStateLabels: Readonly<Record<DeskState, MessageKey>> = {
  noConference: 'desk.state.noConference',
  counting: 'desk.state.counting',
  keying: 'desk.state.keying',
  reconciling: 'desk.state.reconciling',
  reconciled: 'desk.state.reconciled',
  sealed: 'desk.state.sealed',
};

/**
 * The counting desk of a campaign at a glance: one compact row per unit, filtered by type and
 * state, and a search that jumps to a unit by the starts of its words (Enter opens the first).
 */
export function DeskOverview({ campaignId, user }: { campaignId: string; user: SessionUser }) {
  const { t } = useLanguage();
  const session = useSession();
  const load = useCallback(() => session.call('counting.desk', { campaignId }), [session, campaignId]);
  const desk = useLoaded<DeskUnit[]>(load, []);
  const { types, nameOf } = useUnitTypes();
  const [filter, setFilterState] = useState<DeskFilter>(() => remembered.get(campaignId) ?? noFilter);
  const setFilter = (change: Partial<DeskFilter>) =>
    setFilterState((current) => {
      const next = { ...current, ...change };
      remembered.set(campaignId, next);
      return next;
    });
  const places = deskPlaces(campaignId);
  const table = useRef<HTMLTableElement>(null);
  const search = useRef<HTMLInputElement>(null);

  const rows = desk.value.map((unit) => ({ unit, progress: unitProgress(unit) }));
  // Units found by their own name come before those found by a person's name, so Enter opens the unit meant.
  const shown = rows
    .filter(
      ({ unit, progress }) =>
        (!filter.unitType || unit.unitType === filter.unitType) && (!filter.state || progress.state === filter.state),
    )
    .map((row) => ({ ...row, byName: matchesWordStarts(row.unit.unitName, filter.search) }))
    .filter(
      ({ unit, byName }) =>
        byName || unit.contests.some((contest) => matchesWordStarts(contest.subjectName, filter.search)),
    )
    .sort((a, b) => Number(b.byName) - Number(a.byName));

  // Back from a unit, the focus is on that unit's row; otherwise on the search box.
  const loaded = desk.value.length > 0;
  useEffect(() => {
    if (!loaded) return;
    const back = filter.lastUnitId
      ? table.current?.querySelector<HTMLAnchorElement>(`a[data-unit-id="${filter.lastUnitId}"]`)
      : null;
    (back ?? search.current)?.focus();
    // Only when the list first arrives: later reloads keep the focus where the user put it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded]);

  const open = (unitId: string) => {
    setFilter({ lastUnitId: unitId });
    navigate(places.unit(unitId));
  };

  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    const first = shown[0];
    if (event.key === 'Enter' && first) {
      event.preventDefault();
      open(first.unit.unitId);
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      table.current?.querySelector<HTMLAnchorElement>('tbody a')?.focus();
    }
  };

  // Up and down move between the rows' links, as in a list.
  const onRowKey = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...(table.current?.querySelectorAll<HTMLAnchorElement>('tbody a') ?? [])];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? links[at + 1] : links[at - 1];
    (next ?? (event.key === 'ArrowUp' ? search.current : null))?.focus();
  };

  const fraction = (done: number, of: number) => `${done}/${of}`;

  return (
    <>
      <p className="desk-links">
        <a href={places.board}>{t('desk.openBoard')}</a>
        {mayCall(contract['counting.keyingQuality'].access, user.role) ? (
          <>
            {' · '}
            <a href={places.quality}>{t('keyingAudit.openQuality')}</a>
          </>
        ) : null}
      </p>
      <ErrorNotice error={desk.error} />
      <FieldsToRekey campaignId={campaignId} units={desk.value} />
      <div className="desk-filters" role="search">
        <Field
          ref={search}
          id="desk-search"
          type="search"
          label={t('desk.search')}
          hint={t('desk.searchHint')}
          value={filter.search}
          autoComplete="off"
          onChange={(event) => setFilter({ search: event.target.value })}
          onKeyDown={onSearchKey}
        />
        <SelectField
          id="desk-unit-type"
          label={t('desk.unitType')}
          value={filter.unitType}
          onChange={(event) => setFilter({ unitType: event.target.value })}
        >
          <option value="">{t('desk.all')}</option>
          {types.map((type) => (
            <option key={type.code} value={type.code}>
              {type.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="desk-state"
          label={t('desk.stateFilter')}
          value={filter.state}
          onChange={(event) => setFilter({ state: event.target.value as DeskState | '' })}
        >
          <option value="">{t('desk.all')}</option>
          {deskStates.map((state) => (
            <option key={state} value={state}>
              {t(deskStateLabels[state])}
            </option>
          ))}
        </SelectField>
      </div>
      <p className="note" role="status" data-testid="desk-shown">
        {t('desk.shown', { shown: shown.length, total: rows.length })}
      </p>
      <DataTable
        className="desk-overview"
        labels={[
          t('desk.unit'),
          t('desk.unitType'),
          t('counting.conference'),
          t('desk.counts'),
          t('desk.batches'),
          t('desk.ballots'),
          t('desk.reconciled'),
          t('desk.sealed'),
          t('desk.stateFilter'),
        ]}
      >
        {shown.map(({ unit, progress }) => (
          <tr key={unit.unitId} data-unit={unit.unitName} data-state={progress.state}>
            <th scope="row">
              <a
                href={places.unit(unit.unitId)}
                data-unit-id={unit.unitId}
                onClick={(event) => {
                  event.preventDefault();
                  open(unit.unitId);
                }}
                onKeyDown={onRowKey}
              >
                {unit.unitName}
              </a>
            </th>
            <td>{nameOf(unit.unitType)}</td>
            <td>{progress.conference ? t('desk.yes') : '—'}</td>
            <td>{fraction(progress.counted, progress.contests)}</td>
            <td>{fraction(progress.batchesVerified, progress.batches)}</td>
            <td>
              {t('desk.ballotsCell', {
                keyed: progress.keyed,
                verified: progress.verified,
                returned: progress.returned,
              })}
            </td>
            <td>{fraction(progress.reconciled, progress.contests)}</td>
            <td>{fraction(progress.sealed, progress.contests)}</td>
            <td>
              <span className={`badge state-${progress.state}`}>{t(deskStateLabels[progress.state])}</span>
            </td>
          </tr>
        ))}
      </DataTable>
      {/* Kits, exports and merges are the head's (desks.makeKit, exportPackage, mergePackage). */}
      {mayCall(contract['desks.makeKit'].access, user.role) ? (
        <DeskExchange campaignId={campaignId} shownUnits={shown.map((row) => row.unit)} />
      ) : null}
      {mayCall(contract['counting.operatorStats'].access, user.role) ? <OperatorStats campaignId={campaignId} /> : null}
    </>
  );
}
