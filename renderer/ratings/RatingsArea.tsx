import type { AreaProps } from '../app/areas';
import { SectionedArea } from '../app/SectionedArea';
import { ratingSections } from './ratingSections';
import './ratings.css';

/**
 * #/ratings — the yearly quality rating (issue 17): #/ratings/roster, the organisations and
 * members; further sections as `ratingSections` lists them.
 */
export function RatingsArea(props: AreaProps) {
  return (
    <SectionedArea
      {...props}
      areaId="ratings"
      heading="ratings.heading"
      navigationLabel="ratings.sections"
      notAllowed="ratings.notAllowed"
      sections={ratingSections}
    />
  );
}
