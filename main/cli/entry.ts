import { runCli } from './runCli';

// Bundled to dist/main/cli.mjs (the package's `kiem-phieu` command).
const io = {
  stdout: { write: (text: string) => void process.stdout.write(text) },
  stderr: { write: (text: string) => void process.stderr.write(text) },
  env: process.env,
};

process.exitCode = await runCli(process.argv.slice(2), io);
