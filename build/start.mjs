#!/usr/bin/env node
// `npm start`: the Electron shell when an Electron binary is installed, the browser shell
// otherwise (Electron's binary cannot be downloaded without internet). Says which it chose.
// KIEM_PHIEU_SHELL=browser|electron forces one. Other arguments go to the shell.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const passThrough = process.argv.slice(2);

function electronBinary() {
  const electronFolder = join(root, 'node_modules', 'electron');
  const pathFile = join(electronFolder, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(electronFolder, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const forced = process.env.KIEM_PHIEU_SHELL;
const electron = forced === 'browser' ? null : electronBinary();
if (forced === 'electron' && !electron) {
  process.stderr.write('Chưa cài Electron. / Electron is not installed.\n');
  process.exit(1);
}

let child;
if (electron) {
  process.stderr.write('Chạy ứng dụng Electron. / Starting the Electron shell.\n');
  child = spawn(electron, [root, ...passThrough], { stdio: 'inherit' });
} else {
  process.stderr.write(
    'Không có Electron: chạy giao diện trình duyệt (browser shell). / No Electron binary: starting the browser shell.\n',
  );
  child = spawn(process.execPath, [join(root, 'dist', 'main', 'browser.mjs'), ...passThrough], { stdio: 'inherit' });
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
