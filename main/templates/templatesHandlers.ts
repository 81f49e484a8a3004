import type { templatesCalls } from '../../shared/contract/templatesCalls';
import { type Handlers, signedInUser } from '../base/handlers';
import {
  copyToNewVersion,
  createTemplate,
  listTemplates,
  templateVersion,
  updateTemplateVersion,
} from './templateStore';
import type { VaultStore } from '../vault';

export function createTemplatesHandlers(store: VaultStore): Handlers<typeof templatesCalls> {
  const now = () => new Date().toISOString();
  return {
    'templates.list': () => store.read(listTemplates),
    'templates.get': ({ versionId }) => store.read((db) => templateVersion(db, versionId)),
    'templates.create': ({ name, content }, context) =>
      store.write(
        signedInUser(context),
        'template.created',
        { name, scale: content.scale, rows: content.criteria.length },
        (db) => createTemplate(db, name, content, now()),
      ),
    // The frozen check runs inside the transaction, so a version frozen a moment ago is refused too.
    'templates.update': ({ versionId, name, content }, context) =>
      store.write(
        signedInUser(context),
        'template.updated',
        { versionId, name, scale: content.scale, rows: content.criteria.length },
        (db) => updateTemplateVersion(db, versionId, name, content),
      ),
    'templates.newVersion': ({ versionId }, context) =>
      store.write(signedInUser(context), 'template.versionCreated', { from: versionId }, (db) =>
        copyToNewVersion(db, versionId, now()),
      ),
  };
}
