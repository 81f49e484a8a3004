import { useEffect, useState } from 'react';
import type { CallOutput } from '../../shared/contract';
import type { MessageKey } from '../i18n/messages';
import { useLanguage } from '../i18n/LanguageContext';
import { useSession } from '../session/SessionContext';

type Progress = CallOutput<'backup.progress'>;

/**
 * While a backup, verification or restore runs (one long call), asks the core how far it has
 * got a few times a second and shows it as a progress bar with the step in words.
 */
export function BackupProgress({ active }: { active: boolean }) {
  const { t } = useLanguage();
  const session = useSession();
  const [progress, setProgress] = useState<Progress | null>(null);
  useEffect(() => {
    if (!active) return;
    let live = true;
    const poll = async () => {
      const result = await session.call('backup.progress', {});
      if (live && result.ok) setProgress(result.value);
    };
    const timer = window.setInterval(() => void poll(), 300);
    void poll();
    return () => {
      live = false;
      window.clearInterval(timer);
      setProgress(null);
    };
  }, [active, session]);
  if (!active) return null;
  const phase = progress?.phase ? t(`archive.phase.${progress.phase}` as MessageKey) : t('archive.phase.start');
  const percent = progress && progress.total > 0 ? Math.floor((100 * progress.done) / progress.total) : null;
  return (
    <div role="status" className="backup-progress">
      <label htmlFor="backup-progress-bar">
        {phase}
        {percent === null ? '' : ` — ${percent} %`}
      </label>
      <progress id="backup-progress-bar" max={100} value={percent ?? undefined} />
    </div>
  );
}
