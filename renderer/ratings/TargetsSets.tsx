import { contract, mayCall } from '../../shared/contract';
import type { RatingTargetSet } from '../../shared/ratings/ratingTargets';
import type { SessionUser } from '../../shared/session/sessionSchemas';
import { useLanguage } from '../i18n/LanguageContext';
import { TargetsSetsEditor } from './TargetsSetsEditor';
import { TargetsSetsList } from './TargetsSetsList';

/**
 * The district's target sets: the administrator edits them (the core refuses anyone else), the
 * head reads them. The editor starts from the sets as loaded and, once it saves, from what the
 * core saved; it is the only place they change.
 */
export function TargetsSets({
  user,
  year,
  sets,
}: {
  user: SessionUser;
  year: number;
  sets: readonly RatingTargetSet[];
}) {
  const { t } = useLanguage();
  const editing = mayCall(contract['ratings.setTargetSets'].access, user.role);
  return (
    <section aria-labelledby="targets-sets-heading">
      <h3 id="targets-sets-heading">{t('targets.setsHeading')}</h3>
      <p className="note">{t(editing ? 'targets.setsHint' : 'targets.setsReadOnly')}</p>
      {editing ? <TargetsSetsEditor sets={sets} year={year} /> : <TargetsSetsList sets={sets} />}
    </section>
  );
}
