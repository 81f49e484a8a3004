import type { DeskUnit } from '../../shared/counting/deskProgress';
import { useLanguage } from '../i18n/LanguageContext';
import { deskPlaces } from './deskPlaces';

/** The batches whose differing fields the head sent back to the signed-in keyer: each a link to key them again. */
export function FieldsToRekey({ campaignId, units }: { campaignId: string; units: readonly DeskUnit[] }) {
  const { t } = useLanguage();
  const places = deskPlaces(campaignId);
  const mine = units.flatMap((unit) =>
    unit.contests.flatMap((contest) =>
      contest.batches.flatMap((batch) =>
        batch.openReturn && batch.keyings.some((keying) => keying.mine && keying.pass === batch.openReturn?.pass)
          ? [{ unit, contest, batch, fields: batch.openReturn.fields }]
          : [],
      ),
    ),
  );
  if (mine.length === 0) return null;
  return (
    <ul className="fields-to-rekey" role="status">
      {mine.map(({ unit, contest, batch, fields }) => (
        <li key={batch.id}>
          <a href={places.returned(unit.unitId, batch.id)}>
            {t('counting.fieldsToRekey', { batch: batch.number, count: fields })}
          </a>{' '}
          — {unit.unitName}, {contest.subjectName}
        </li>
      ))}
    </ul>
  );
}
