import type { ComponentType } from 'react';
import { contract, type Access } from '../../shared/contract';
import type { SessionUser } from '../../shared/session/sessionSchemas';
import type { MessageKey } from '../i18n/messages';
import { OverdueSection } from './OverdueSection';
import { PlansSection } from './PlansSection';

/** What a section of the plans area is given: who is signed in, and the route after its id. */
export interface PlanSectionProps {
  readonly user: SessionUser;
  /** What follows #/plans/<section>/, e.g. [planId, "tasks", taskId]. */
  readonly rest: readonly string[];
}

export interface PlanSection {
  /** The route's part after #/plans/. */
  readonly id: string;
  readonly label: MessageKey;
  /** The section appears only to the roles the contract lets make its main call. */
  readonly access: Access;
  readonly Screen: ComponentType<PlanSectionProps>;
}

/** The sections of #/plans, in the order of its navigation; the first the user may see is the area's start. */
export const planSections: readonly PlanSection[] = [
  { id: 'list', label: 'plans.listTab', access: contract['plans.list'].access, Screen: PlansSection },
  { id: 'overdue', label: 'plans.overdueTab', access: contract['plans.overdue'].access, Screen: OverdueSection },
];
