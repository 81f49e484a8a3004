import { runCli } from './runCli';

// A reader that stops early (`kiem-phieu api --list | head`) is not a failure of the command.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });

// Bundled to dist/main/cli.mjs (the package's `kiem-phieu` command).
process.exitCode = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  questions: process.stderr,
  stdout: { write: (text: string) => void process.stdout.write(text) },
  stderr: { write: (text: string) => void process.stderr.write(text) },
  env: process.env,
});
