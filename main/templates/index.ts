export { createTemplatesHandlers } from './templatesHandlers';
export { blankBallotSource } from './blankBallot';
