export { createDesksHandlers } from './desksHandlers';
