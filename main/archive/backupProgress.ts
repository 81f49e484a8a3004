/**
 * How far the one backup, verification or restore under way has got, for the screens to poll
 * while the long call runs. One at a time: a second is refused rather than interleaved.
 */
export interface ProgressState {
  readonly running: boolean;
  readonly operation: string | null;
  readonly phase: string | null;
  readonly done: number;
  readonly total: number;
}

export type ProgressReport = (done: number, total: number, phase: string) => void;

export class BackupProgressTracker {
  private state: ProgressState = { running: false, operation: null, phase: null, done: 0, total: 0 };

  current(): ProgressState {
    return this.state;
  }

  get busy(): boolean {
    return this.state.running;
  }

  async run<T>(operation: string, work: (report: ProgressReport) => Promise<T>): Promise<T> {
    this.state = { running: true, operation, phase: null, done: 0, total: 0 };
    try {
      return await work((done, total, phase) => {
        this.state = { running: true, operation, phase, done, total };
      });
    } finally {
      this.state = { running: false, operation: null, phase: null, done: 0, total: 0 };
    }
  }
}
