import { runCli } from './runCli';

// Bundled to dist/main/cli.mjs (the package's `kiem-phieu` command).
process.exitCode = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  questions: process.stderr,
  stdout: { write: (text: string) => void process.stdout.write(text) },
  stderr: { write: (text: string) => void process.stderr.write(text) },
  env: process.env,
});
