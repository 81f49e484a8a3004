import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useLanguage } from '../i18n/LanguageContext';
import { EntryPanel, type DecisionReference } from './EntryPanel';
import { countEntries, filterRoundGroups, groupRoundEntries, nextShownEntry } from './roundEntries';
import { RoundEntriesTable } from './RoundEntriesTable';
import { RoundFilters } from './RoundFilters';
import type { RoundTabProps } from './roundTabs';

/**
 * #/ratings/rounds/<roundId>/entries[/<subjectId>] — the round's entries by organisation, filtered,
 * and beside them the chosen entry's panel: self-assessment and proposal, decision, records.
 */
export function RoundEntries({ round, entries, user, rest }: RoundTabProps) {
  const { t } = useLanguage();
  const [search, setSearch] = useState('');
  const [onlyUndecided, setOnlyUndecided] = useState(false);
  // A round's decisions often share one number and date: the last one recorded is offered for the next.
  const [lastDecision, setLastDecision] = useState<DecisionReference | null>(null);
  const groups = useMemo(() => groupRoundEntries(entries), [entries]);
  // The field shows each keystroke at once; the list follows as soon as it can.
  const deferredSearch = useDeferredValue(search);
  const shown = useMemo(
    () => filterRoundGroups(groups, { search: deferredSearch, onlyUndecided }),
    [groups, deferredSearch, onlyUndecided],
  );
  const chosenId = rest[0] ?? null;
  const chosen = entries.find((entry) => entry.subjectId === chosenId) ?? null;

  // Closing the panel puts the focus back on the entry it was opened from.
  const previous = useRef<string | null>(chosenId);
  useEffect(() => {
    if (previous.current && !chosenId) document.getElementById(`entry-link-${previous.current}`)?.focus();
    previous.current = chosenId;
  }, [chosenId]);

  return (
    <div className={chosen ? 'round-layout with-panel' : 'round-layout'}>
      <div className="round-entries-column">
        <RoundFilters
          search={search}
          onlyUndecided={onlyUndecided}
          onSearch={setSearch}
          onOnlyUndecided={setOnlyUndecided}
        />
        <p role="status" className="table-count">
          {t('round.shown', { shown: countEntries(shown), total: entries.length })}
        </p>
        {shown.length === 0 ? (
          <p>{t('round.noMatch')}</p>
        ) : (
          <RoundEntriesTable roundId={round.id} groups={shown} chosenId={chosenId} />
        )}
      </div>
      {chosen ? (
        <EntryPanel
          key={chosen.subjectId}
          round={round}
          entry={chosen}
          user={user}
          next={nextShownEntry(groups, shown, chosen.subjectId)}
          lastDecision={lastDecision}
          onDecided={setLastDecision}
        />
      ) : null}
    </div>
  );
}
