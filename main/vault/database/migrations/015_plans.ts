import type { VaultDatabase } from '../openDatabase';

/**
 * A plan's appendix of tasks (issue 18): the plan, its tasks in the appendix's order with their
 * deadline as written, and a recorded status per occurrence of a deadline. The occurrences
 * themselves are not stored: they follow from the deadline and the plan's period
 * (shared/plans/taskDeadlines.ts), and an occurrence's key ('2021-07', '2023-Q3', '2022') names
 * the period it stands for, so a status stays with its period.
 */
export function up(db: VaultDatabase): void {
  db.exec(`
    CREATE TABLE plans (
      id TEXT PRIMARY KEY,
      title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
      number TEXT NOT NULL,
      issued_on TEXT NOT NULL,
      issuer TEXT NOT NULL,
      from_date TEXT NOT NULL,
      to_date TEXT NOT NULL CHECK (to_date >= from_date),
      created_at TEXT NOT NULL
    );

    CREATE TABLE plan_tasks (
      id TEXT PRIMARY KEY,
      plan_id TEXT NOT NULL REFERENCES plans (id),
      position INTEGER NOT NULL,
      number TEXT,
      content TEXT NOT NULL,
      lead_body TEXT NOT NULL,
      coordinating_bodies TEXT NOT NULL,
      deadline_text TEXT NOT NULL,
      leader TEXT NOT NULL,
      UNIQUE (plan_id, position)
    );

    CREATE TABLE plan_task_statuses (
      task_id TEXT NOT NULL REFERENCES plan_tasks (id),
      occurrence_key TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('notStarted', 'inProgress', 'done')),
      note TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL REFERENCES users (id),
      PRIMARY KEY (task_id, occurrence_key)
    ) WITHOUT ROWID;
  `);
}
