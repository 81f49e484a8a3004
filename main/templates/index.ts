export { createTemplatesHandlers } from './templatesHandlers';
export { blankBallotSource } from './blankBallot';
export { createTemplate, freezeTemplateVersions } from './templateStore';
export { importTemplateVersion, templateVersion, type ImportedTemplateVersion } from './templateStore';
