import { createInterface, type Interface } from 'node:readline';
import { Writable } from 'node:stream';
import { AppError } from '../../shared/errors';

export interface Prompter {
  ask(question: string): Promise<string>;
  /** Never echoed on a terminal. Passwords come from here, never from the command line. */
  askSecret(question: string): Promise<string>;
  /** Everything stdin holds after the lines already read (a JSON input after the password line). */
  rest(): Promise<string>;
  close(): void;
}

export type PromptInput = NodeJS.ReadableStream & { isTTY?: boolean };

/**
 * Questions go to stderr so stdout stays clean for results. On a terminal, secrets are read
 * with echo off; otherwise answers are read line by line from stdin (scripts, tests).
 */
export function createPrompter(input: PromptInput, questions: NodeJS.WritableStream): Prompter {
  let muted = false;
  const echo = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) questions.write(chunk);
      done();
    },
  });
  const terminal = input.isTTY === true;
  let reader: Interface | null = null;
  let lines: AsyncIterator<string> | null = null;
  const open = (): Interface => {
    reader ??= createInterface({ input, output: echo, terminal });
    return reader;
  };

  async function readLine(question: string, secret: boolean): Promise<string> {
    questions.write(question);
    const rl = open();
    if (terminal) {
      muted = secret;
      const answer = await new Promise<string>((resolve) => rl.question('', resolve));
      muted = false;
      if (secret) questions.write('\n');
      return answer;
    }
    lines ??= rl[Symbol.asyncIterator]();
    const next = await lines.next();
    if (next.done) throw new AppError('STDIN_ENDED');
    return next.value;
  }

  async function rest(): Promise<string> {
    lines ??= open()[Symbol.asyncIterator]();
    const read: string[] = [];
    for (let next = await lines.next(); !next.done; next = await lines.next()) read.push(next.value);
    return read.join('\n');
  }

  return {
    rest,
    ask: (question) => readLine(question, false),
    askSecret: (question) => readLine(question, true),
    close: () => reader?.close(),
  };
}
