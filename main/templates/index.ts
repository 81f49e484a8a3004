export { createTemplatesHandlers } from './templatesHandlers';
export { blankBallotSource } from './blankBallot';
export { freezeTemplateVersions } from './templateStore';
export { importTemplateVersion, templateVersion, type ImportedTemplateVersion } from './templateStore';
