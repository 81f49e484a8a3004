import type { AppContract } from '../../shared/contract';
import type { Handlers } from '../core/dispatcher';
import {
  copyToNewVersion,
  createTemplate,
  listTemplates,
  templateVersion,
  updateTemplateVersion,
} from './templateStore';
import type { Vault } from '../vault/vault';
import { signedInUser } from '../base/signedInUser';

type TemplateHandlers = Pick<
  Handlers<AppContract>,
  'templates.list' | 'templates.get' | 'templates.create' | 'templates.update' | 'templates.newVersion'
>;

export function createTemplateService(vault: Vault): TemplateHandlers {
  const now = () => new Date().toISOString();
  return {
    'templates.list': () => vault.read(listTemplates),
    'templates.get': ({ versionId }) => vault.read((db) => templateVersion(db, versionId)),
    'templates.create': ({ name, content }, context) =>
      vault.write(
        signedInUser(context),
        'template.created',
        { name, scale: content.scale, rows: content.criteria.length },
        (db) => createTemplate(db, name, content, now()),
      ),
    // The frozen check runs inside the transaction, so a version frozen a moment ago is refused too.
    'templates.update': ({ versionId, name, content }, context) =>
      vault.write(
        signedInUser(context),
        'template.updated',
        { versionId, name, scale: content.scale, rows: content.criteria.length },
        (db) => updateTemplateVersion(db, versionId, name, content),
      ),
    'templates.newVersion': ({ versionId }, context) =>
      vault.write(signedInUser(context), 'template.versionCreated', { from: versionId }, (db) =>
        copyToNewVersion(db, versionId, now()),
      ),
  };
}
