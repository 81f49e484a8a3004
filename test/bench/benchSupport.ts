import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))]!;
}

export interface Timing {
  readonly label: string;
  readonly samplesMs: number[];
}

/** p50, p99, mean in ms and the ratio of p50 to the baseline (the first timing). */
export function report(title: string, timings: readonly Timing[], note = ''): void {
  const rows = timings.map((timing) => {
    const sorted = [...timing.samplesMs].sort((a, b) => a - b);
    return {
      label: timing.label,
      n: sorted.length,
      p50: percentile(sorted, 0.5),
      p99: percentile(sorted, 0.99),
      mean: sorted.reduce((sum, value) => sum + value, 0) / sorted.length,
    };
  });
  const base = rows[0]!;
  console.log(`\n${title}`);
  console.log(
    `${'what'.padEnd(58)} ${'n'.padStart(6)} ${'p50 ms'.padStart(9)} ${'p99 ms'.padStart(9)} ${'mean ms'.padStart(9)} ${'× base p50'.padStart(11)}`,
  );
  for (const row of rows) {
    console.log(
      `${row.label.padEnd(58)} ${String(row.n).padStart(6)} ${row.p50.toFixed(3).padStart(9)} ${row.p99.toFixed(3).padStart(9)} ${row.mean.toFixed(3).padStart(9)} ${(row.p50 / base.p50).toFixed(2).padStart(11)}`,
    );
  }
  if (note) console.log(note);
}

export function scratchFolder(name: string): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), `kiem-phieu-bench-${name}-`));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** Waits for the event loop's turn (lets deferred work such as the header anchor run between samples). */
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface TargetLine {
  readonly what: string;
  readonly measured: string;
  /** The same work's floor or comparison, measured in the same run. */
  readonly baseline: string;
  readonly target: string;
  readonly met: boolean;
}

/** One table per benchmark: each figure beside its baseline, its target, and whether it is met. */
export function targetTable(title: string, lines: readonly TargetLine[]): void {
  const widths = {
    what: Math.max(4, ...lines.map((line) => line.what.length)),
    measured: Math.max(8, ...lines.map((line) => line.measured.length)),
    baseline: Math.max(8, ...lines.map((line) => line.baseline.length)),
    target: Math.max(6, ...lines.map((line) => line.target.length)),
  };
  console.log(`\n${title}`);
  console.log(
    `${'what'.padEnd(widths.what)}  ${'measured'.padStart(widths.measured)}  ${'baseline'.padEnd(widths.baseline)}  ${'target'.padEnd(widths.target)}  verdict`,
  );
  for (const line of lines)
    console.log(
      `${line.what.padEnd(widths.what)}  ${line.measured.padStart(widths.measured)}  ${line.baseline.padEnd(widths.baseline)}  ${line.target.padEnd(widths.target)}  ${line.met ? 'met' : 'NOT met'}`,
    );
}
