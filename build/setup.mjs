#!/usr/bin/env node
// Prepares this machine for `npm start` and `npm test` with Node's built-ins alone, because it
// must run before any dependency exists: checks Node.js, installs the system packages the app
// and its tests need (a Chromium-family browser, Liberation fonts) when it can, and installs the
// npm dependencies when they are missing or older than the lockfile.
//
// Electron's postinstall downloads its binary; where that download cannot succeed (no internet),
// a failed postinstall makes npm roll back the whole install. So the download is skipped
// (ELECTRON_SKIP_BINARY_DOWNLOAD=1) when the download host is unreachable, and `npm start` then
// uses the browser shell. With internet access, Electron is fetched as usual.
//
// Flags: --for-tests (a browser is required: stop if none can be installed), --quiet (say
// nothing unless something is done). Everything is written to stderr.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync, statSync } from 'node:fs';
import { request } from 'node:https';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const forTests = process.argv.includes('--for-tests');
const quiet = process.argv.includes('--quiet');

const say = (vi, en) => process.stderr.write(`[setup] ${vi}\n        ${en}\n`);
const stop = (vi, en) => {
  say(vi, en);
  process.exit(1);
};

function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19)) {
    stop(
      `Cần Node.js 20.19 trở lên (đang có ${process.versions.node}).`,
      `Node.js 20.19 or newer is needed (found ${process.versions.node}).`,
    );
  }
}

const browserNames = JSON.parse(readFileSync(join(root, 'main', 'base', 'browserCommands.json'), 'utf8'));

function onPath(name) {
  for (const folder of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    try {
      accessSync(join(folder, name), constants.X_OK);
      return join(folder, name);
    } catch {
      // not in this folder
    }
  }
  return null;
}

const hasBrowser = () => browserNames.some((name) => onPath(name) !== null);
const hasPdfTools = () => onPath('pdftotext') !== null && onPath('pdftoppm') !== null;
// Liberation 2 (fonts-liberation2): 1.07 (fonts-liberation) lacks the Vietnamese letters with
// stacked marks (ấ, ề, ỗ …), which Chromium then draws from another font, inside words.
const hasLiberationFonts = () => existsSync('/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf');

// Any python3 the guide's reader might use: the first on the PATH, or Debian's.
const hasPythonCryptography = () =>
  ['python3', '/usr/bin/python3'].some(
    (python) => spawnSync(python, ['-c', 'import cryptography'], { stdio: 'ignore' }).status === 0,
  );

function run(command, args, env = process.env) {
  return spawnSync(command, args, { cwd: root, env, stdio: ['ignore', 2, 2] }).status === 0;
}

function installSystemPackages() {
  if (process.platform !== 'linux') return;
  const missing = [];
  if (!hasBrowser()) missing.push('chromium');
  if (!hasLiberationFonts()) missing.push('fonts-liberation2');
  // The print tests read the PDFs back with pdftotext and keep PNGs made by pdftoppm.
  if (forTests && !hasPdfTools()) missing.push('poppler-utils');
  // The backup tests prove an archivist can decrypt with Debian's `age` alone.
  if (forTests && !onPath('age')) missing.push('age');
  // The zero-network test runs a session of the browser shell under strace.
  if (forTests && !onPath('strace')) missing.push('strace');
  // VERIFYING.md's recipes run in the tests: QR codes read with zbarimg, the vault opened with
  // python3's cryptography package.
  if (forTests && !onPath('zbarimg')) missing.push('zbar-tools');
  if (forTests && !hasPythonCryptography()) missing.push('python3-cryptography');
  // The passphrase recipe types into age's terminal prompt through `script` (util-linux).
  if (forTests && !onPath('script')) missing.push('bsdutils');
  if (missing.length === 0) return;

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const canSudo = !isRoot && onPath('sudo') && run('sudo', ['-n', 'true']);
  if (onPath('apt-get') && (isRoot || canSudo)) {
    say(`Cài gói hệ thống: ${missing.join(', ')}`, `Installing system packages: ${missing.join(', ')}`);
    const apt = (args) => (isRoot ? run('apt-get', args) : run('sudo', ['-n', 'apt-get', ...args]));
    const env = ['-y', '-q', '--no-install-recommends'];
    if (!apt(['install', ...env, ...missing])) {
      apt(['update', '-q']);
      apt(['install', ...env, ...missing]);
    }
  }
  const present = {
    chromium: hasBrowser,
    'fonts-liberation2': hasLiberationFonts,
    'poppler-utils': hasPdfTools,
    age: () => onPath('age') !== null,
    strace: () => onPath('strace') !== null,
    'zbar-tools': () => onPath('zbarimg') !== null,
    'python3-cryptography': hasPythonCryptography,
    bsdutils: () => onPath('script') !== null,
  };
  const stillMissing = missing.filter((name) => !present[name]());
  if (stillMissing.length === 0) return;
  const vi = `Thiếu gói hệ thống: ${stillMissing.join(', ')}. Hãy cài: sudo apt-get install ${stillMissing.join(' ')}`;
  const en = `Missing system packages: ${stillMissing.join(', ')}. Install them: sudo apt-get install ${stillMissing.join(' ')}`;
  // The print tests check every glyph's font (pdffonts): without Liberation 2 they cannot pass.
  if (forTests) stop(vi, en);
  say(vi, en);
}

function dependenciesCurrent() {
  const installed = join(root, 'node_modules', '.package-lock.json');
  if (!existsSync(installed)) return false;
  const installedAt = statSync(installed).mtimeMs;
  return ['package.json', 'package-lock.json'].every(
    (file) => !existsSync(join(root, file)) || statSync(join(root, file)).mtimeMs <= installedAt,
  );
}

function electronDownloadReachable() {
  const target = new URL(process.env.ELECTRON_MIRROR ?? 'https://github.com/electron/electron/releases/');
  return new Promise((resolve) => {
    const probe = request(target, { method: 'HEAD', timeout: 5000 }, (response) => {
      response.resume();
      resolve(true);
    });
    probe.on('timeout', () => probe.destroy(new Error('timeout')));
    probe.on('error', () => resolve(false));
    probe.end();
  });
}

async function installDependencies() {
  if (dependenciesCurrent()) return;
  const env = { ...process.env };
  if (!env.ELECTRON_SKIP_BINARY_DOWNLOAD && !(await electronDownloadReachable())) {
    env.ELECTRON_SKIP_BINARY_DOWNLOAD = '1';
    say(
      'Không tải được Electron (không có mạng): bỏ qua bản Electron, ứng dụng sẽ chạy trong trình duyệt hệ thống.',
      'Electron cannot be downloaded (no network): skipping it; the app will run in the system browser.',
    );
  }
  // Native modules compile against the headers Node.js ships with, not ones fetched from the web.
  if (!env.npm_config_nodedir && existsSync('/usr/include/node/common.gypi')) env.npm_config_nodedir = '/usr';
  const command = existsSync(join(root, 'package-lock.json')) ? 'ci' : 'install';
  say(`Cài các gói npm (npm ${command})…`, `Installing npm packages (npm ${command})…`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  if (!run(npm, [command, '--no-audit', '--no-fund'], env)) {
    stop(
      'Cài các gói npm không thành công (xem thông báo phía trên).',
      'Installing the npm packages failed (see above).',
    );
  }
}

checkNode();
installSystemPackages();
await installDependencies();
if (!quiet && forTests) say('Máy đã sẵn sàng để chạy kiểm thử.', 'This machine is ready for the tests.');
