export { createDesksHandlers } from './desksHandlers';
export { mergedKeyings } from './deskStore';
