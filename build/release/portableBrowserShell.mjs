// The browser shell as a portable folder, for machines where installing is not allowed: a Node
// runtime, the built app (dist/) and its production dependencies for this platform, and a
// launcher that starts the shell and opens the system's Chromium, Chrome or Edge. Nothing is
// installed and nothing is downloaded: it is copied from this checkout after `npm ci` and
// `node build/bundle.mjs`, on the platform it is for (native modules are per platform).
//
//   node build/release/portableBrowserShell.mjs --out <folder> [--node <node executable>] [--archive]
//
// makes <folder>/kiem-phieu-<version>-<platform>-<arch>/ and prints its path. With --archive it
// also packs the folder into one file beside it — .zip for Windows, .tar.gz elsewhere, made by
// the system's own tar (bsdtar on Windows 10 and later) — and prints that file's path instead:
// the release puts it into the signed offline bundle, so its sum is signed with the installers.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The production dependencies as installed here, every level, as paths inside node_modules/. */
export function productionDependencies() {
  const listed = spawnSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], {
    cwd: root,
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
  if (!listed.stdout) throw new Error(`npm ls failed: ${listed.stderr}`);
  return listed.stdout
    .split(/\r?\n/)
    .filter((path) => path.length > 0 && path !== root)
    .map((path) => relative(root, path))
    .filter((path) => path.startsWith(`node_modules${sep}`));
}

/**
 * What a native module (one with a binding.gyp) keeps beside its binary: its C sources and its
 * build's intermediate files. Not needed to run (the .node file in build/Release is), and a
 * third of the folder's size.
 */
const buildLeftover = /^(deps|src|build\/deps|build\/Release\/(obj|obj\.target|\.deps))(\/|$)/;

const launcherSh = `#!/bin/sh
# Kiểm phiếu, portable: starts the browser shell with the Node runtime beside this file.
here=$(cd "$(dirname "$0")" && pwd)
exec "$here/node/node" "$here/app/dist/main/browser.mjs" "$@"
`;

const launcherCmd = `@echo off\r
rem Kiểm phiếu, portable: starts the browser shell with the Node runtime beside this file.\r
"%~dp0node\\node.exe" "%~dp0app\\dist\\main\\browser.mjs" %*\r
`;

const readme = (version) => `Kiểm phiếu ${version} — bản chạy không cần cài đặt (trình duyệt)
==========================================================

Thư mục này chạy được ngay, không cần cài đặt và không cần mạng: bên trong có Node.js, ứng dụng
và các thư viện của nó. Máy cần có Chromium, Google Chrome hoặc Microsoft Edge.

  Windows:  nhấp đúp kiem-phieu.cmd
  Linux:    ./kiem-phieu.sh

Ứng dụng mở trong một cửa sổ riêng của trình duyệt, chỉ nói chuyện với địa chỉ 127.0.0.1 của
chính máy này. Đóng cửa sổ là dừng ứng dụng. Dữ liệu nằm ở thư mục dữ liệu thường lệ
(Windows: %APPDATA%\\Kiem Phieu; Linux: ~/.local/share/kiem-phieu), hoặc nơi chỉ ra bằng
--data-dir <thư mục>, và được giữ nguyên khi thay thư mục này bằng phiên bản mới hơn.

Kiểm phiếu ${version} — portable browser shell
=============================================

This folder runs as it is, without installing and without a network: it holds Node.js, the
app and its libraries. The machine needs Chromium, Google Chrome or Microsoft Edge.

  Windows:  double-click kiem-phieu.cmd
  Linux:    ./kiem-phieu.sh

The app opens in a window of its own and talks only to this machine's 127.0.0.1. Closing the
window stops it. Data lives in the usual data directory (Windows: %APPDATA%\\Kiem Phieu; Linux:
~/.local/share/kiem-phieu) or the one given with --data-dir <folder>, and is kept when this
folder is replaced by a newer version. --no-open prints the address instead of opening a window.
`;

export function buildPortable({ out, node = process.execPath, platform = process.platform, arch = process.arch }) {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const { version } = manifest;
  const entry = join(root, 'dist', 'main', 'browser.mjs');
  if (!existsSync(entry) || !existsSync(join(root, 'dist', 'renderer', 'index.html')))
    throw new Error('dist/ is not built: run node build/bundle.mjs first');
  const folder = join(out, `kiem-phieu-${version}-${platform}-${arch}`);
  rmSync(folder, { recursive: true, force: true });
  const app = join(folder, 'app');
  mkdirSync(app, { recursive: true });
  // The shell's own files: the renderer and the Node entries, without source maps.
  cpSync(join(root, 'dist'), join(app, 'dist'), { recursive: true, filter: (path) => !path.endsWith('.map') });
  // The package file tells Node the bundle is an ES module package and names its version.
  writeFileSync(
    join(app, 'package.json'),
    `${JSON.stringify({ name: manifest.name, version, type: manifest.type, private: true }, null, 2)}\n`,
  );
  for (const dependency of productionDependencies()) {
    const from = join(root, dependency);
    const native = existsSync(join(from, 'binding.gyp'));
    cpSync(from, join(app, dependency), {
      recursive: true,
      dereference: true,
      filter: (path) => !native || !buildLeftover.test(relative(from, path).split(sep).join('/')),
    });
  }
  const runtime = join(folder, 'node');
  mkdirSync(runtime);
  cpSync(node, join(runtime, platform === 'win32' ? 'node.exe' : 'node'));
  if (platform !== 'win32') chmodSync(join(runtime, 'node'), 0o755);
  writeFileSync(join(folder, 'kiem-phieu.sh'), launcherSh, { mode: 0o755 });
  writeFileSync(join(folder, 'kiem-phieu.cmd'), launcherCmd);
  writeFileSync(join(folder, 'DOC-TRUOC.txt'), readme(version));
  return folder;
}

/**
 * Packs a portable folder into one file beside it and returns the file's path: a .zip on Windows
 * (what Explorer opens), a .tar.gz elsewhere (keeps the launcher's and Node's execute bits).
 */
export function archivePortable(folder, platform = process.platform) {
  const archive = `${folder}${platform === 'win32' ? '.zip' : '.tar.gz'}`;
  rmSync(archive, { force: true });
  // -a picks the format from the suffix (bsdtar); GNU tar reads -z.
  const args =
    platform === 'win32'
      ? ['-a', '-c', '-f', archive, '-C', dirname(folder), basename(folder)]
      : ['-c', '-z', '-f', archive, '-C', dirname(folder), basename(folder)];
  // Windows' own bsdtar by its path: Git's GNU tar, first on a bash PATH, cannot write a zip.
  const tar = platform === 'win32' ? join(process.env.SystemRoot ?? 'C:\\Windows', 'System32', 'tar.exe') : 'tar';
  const packed = spawnSync(tar, args, { encoding: 'utf8' });
  if (packed.status !== 0) throw new Error(`tar failed (${packed.status}): ${packed.stderr || packed.error}`);
  return archive;
}

if (process.argv[1] && basename(process.argv[1]) === 'portableBrowserShell.mjs') {
  const { values } = parseArgs({
    options: { out: { type: 'string' }, node: { type: 'string' }, archive: { type: 'boolean' } },
    strict: true,
  });
  if (!values.out) {
    process.stderr.write(
      'usage: node build/release/portableBrowserShell.mjs --out <folder> [--node <node executable>] [--archive]\n',
    );
    process.exit(2);
  }
  const folder = buildPortable({ out: values.out, ...(values.node ? { node: values.node } : {}) });
  process.stdout.write(`${values.archive ? archivePortable(folder) : folder}\n`);
}
