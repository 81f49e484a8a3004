import { Readable, Writable } from 'node:stream';
import { runCli } from '../../main/cli/runCli';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** What was asked at the prompts, in order. */
  readonly questions: string;
}

/** Runs the command line in-process; `answers` are what a person would type, one per line. */
export async function runCommandLine(
  argv: readonly string[],
  answers: readonly string[] = [],
  env: NodeJS.ProcessEnv = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  let questions = '';
  const code = await runCli(argv, {
    stdin: Readable.from(answers.map((line) => `${line}\n`)),
    questions: new Writable({
      write(chunk, _encoding, done) {
        questions += String(chunk);
        done();
      },
    }),
    stdout: { write: (text) => void (stdout += text) },
    stderr: { write: (text) => void (stderr += text) },
    // The machine running the tests may well be online (CI is): the command line's air-gap check says offline.
    env: { KIEM_PHIEU_AIR_GAP: 'offline', ...env },
  });
  return { code, stdout, stderr, questions };
}
