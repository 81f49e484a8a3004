export { createPlansHandlers } from './plansHandlers';
export { planAppendixSource } from './documents/planAppendix';
export { overdueOccurrences } from './planViews';
