import type { CallOutput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { BackupOperation } from '../../shared/backup/backupSchemas';
import type { ProgressListener } from '../base/handlers';
import type { BackupProgress } from './backupProgress';

type ProgressState = CallOutput<'backup.progress'>;

const idle: ProgressState = { running: false, operation: null, phase: null, done: 0, total: 0 };

/**
 * How far the one backup, verification or restore under way has got, for the screens to poll
 * while the long call runs. One at a time: a second is refused rather than interleaved.
 */
export class BackupProgressTracker {
  private state: ProgressState = idle;

  current(): ProgressState {
    return this.state;
  }

  /** Runs one long task; `listener` (the caller's own, if any) hears each step as the screens' poll would. */
  async run<T>(
    operation: BackupOperation,
    work: (report: BackupProgress) => Promise<T>,
    listener?: ProgressListener,
  ): Promise<T> {
    if (this.state.running) throw new AppError('BACKUP_BUSY');
    this.state = { running: true, operation, phase: null, done: 0, total: 0 };
    try {
      return await work((done, total, phase) => {
        this.state = { running: true, operation, phase, done, total };
        listener?.(done, total, phase);
      });
    } finally {
      this.state = idle;
    }
  }
}
