import type { AreaProps } from '../app/areas';
import { SectionedArea } from '../app/SectionedArea';
import { planSections } from './planSections';
import './plans.css';

/**
 * #/plans — following a plan's appendix of tasks through (issue 18): #/plans/list, the plans and
 * each plan's page with its tasks and their occurrences; #/plans/overdue, what is late across plans;
 * and the remediation after the sealed results (renderer/remediation/): #/plans/remediation,
 * #/plans/matches, #/plans/district.
 */
export function PlansArea(props: AreaProps) {
  return (
    <SectionedArea
      {...props}
      areaId="plans"
      heading="plans.heading"
      navigationLabel="plans.sections"
      notAllowed="plans.notAllowed"
      sections={planSections}
    />
  );
}
