export { createPlansHandlers } from './plansHandlers';
