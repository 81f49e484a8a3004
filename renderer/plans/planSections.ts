import { contract } from '../../shared/contract';
import type { AreaSection, AreaSectionProps } from '../app/SectionedArea';
import { remediationSections } from '../remediation/remediationSections';
import { OverdueSection } from './OverdueSection';
import { PlansSection } from './PlansSection';

/** What a section of the area is given (see renderer/app/SectionedArea.tsx). */
export type PlanSectionProps = AreaSectionProps;

/** The sections of #/plans, in the order of its navigation; the first the user may see is the area's start. */
export const planSections: readonly AreaSection[] = [
  { id: 'list', label: 'plans.listTab', access: contract['plans.list'].access, Screen: PlansSection },
  { id: 'overdue', label: 'plans.overdueTab', access: contract['plans.overdue'].access, Screen: OverdueSection },
  ...remediationSections,
];
