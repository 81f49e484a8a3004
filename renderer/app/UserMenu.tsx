import { roleLabels } from '../../shared/roles';
import type { SessionUser } from '../../shared/session/sessionSchemas';
import { useLanguage } from '../i18n/LanguageContext';
import { useSession } from '../session/SessionContext';

/** Who is signed in, and the two ways to leave the desk: lock (everyone) or sign out (switch user). */
export function UserMenu({ user }: { user: SessionUser }) {
  const { t, pick } = useLanguage();
  const session = useSession();
  const leave = async (name: 'session.lock' | 'session.signOut') => {
    await session.call(name, {});
    await session.refresh();
  };
  return (
    <div className="user-menu">
      <span className="user-name">
        {t('frame.signedInAs', { name: user.fullName, role: pick(roleLabels[user.role]) })}
      </span>
      <button type="button" onClick={() => void leave('session.lock')}>
        {t('frame.lock')}
      </button>
      <button type="button" onClick={() => void leave('session.signOut')}>
        {t('frame.signOut')}
      </button>
    </div>
  );
}
