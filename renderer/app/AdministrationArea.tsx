import type { ComponentType } from 'react';
import { contract, mayCall, type Access } from '../../shared/contract';
import type { SessionUser } from '../../shared/session/sessionSchemas';
import { useLanguage } from '../i18n/LanguageContext';
import type { AreaProps } from './areas';
import type { MessageKey } from '../i18n/messages';
import { AccountSection } from '../users/AccountSection';
import { AuditSection } from '../audit/AuditSection';
import { SettingsSection } from '../vault/SettingsSection';
import { UsersSection } from '../users/UsersSection';

interface Section {
  readonly id: string;
  readonly label: MessageKey;
  readonly access: Access;
  readonly Screen: ComponentType<{ user: SessionUser }>;
}

/** Each section appears only to the roles the contract lets make its calls. */
const sections: readonly Section[] = [
  { id: 'users', label: 'admin.users', access: contract['users.list'].access, Screen: UsersSection },
  { id: 'audit', label: 'admin.audit', access: contract['audit.list'].access, Screen: AuditSection },
  { id: 'settings', label: 'admin.settings', access: contract['vault.settings'].access, Screen: SettingsSection },
  { id: 'account', label: 'admin.account', access: contract['users.changeOwnPassword'].access, Screen: AccountSection },
];

export function AdministrationArea({ user, section }: Pick<AreaProps, 'user' | 'section'>) {
  const { t } = useLanguage();
  const visible = sections.filter((candidate) => mayCall(candidate.access, user.role));
  const current = visible.find((candidate) => candidate.id === section) ?? visible[0];
  return (
    <section aria-labelledby="administration-heading">
      <h1 id="administration-heading">{t('admin.heading')}</h1>
      <nav aria-label={t('admin.sections')} className="section-nav">
        <ul>
          {visible.map((candidate) => (
            <li key={candidate.id}>
              <a
                href={`#/administration/${candidate.id}`}
                aria-current={candidate.id === current?.id ? 'page' : undefined}
              >
                {t(candidate.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {current ? <current.Screen user={user} /> : <p>{t('admin.notAllowed')}</p>}
    </section>
  );
}
