#!/usr/bin/env node
// Reads the Electron fuses back from every packaged app electron-builder left in release/ and
// fails if any differs from the `electronFuses:` block of electron-builder.yml: the security
// checklist's fuses are checked on the binaries that ship, not assumed from the config.
//
//   node build/release/checkFuses.mjs [--config electron-builder.yml] [--release release]
//
// Packaged apps: the Electron executable at the top of each `*-unpacked/` folder (Windows and
// Linux; the one file there that holds the fuse sentinel) and each `*.app` in `mac*/` folders.
// The fuses are read with @electron/fuses (installed with electron-builder, which flips them).
// Exit code 0 when every app matches, 1 otherwise (or when there is no app to check).
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The bytes of a fuse on Electron's fuse wire ('0', '1', 'r'; documented by Electron). */
export const fuseByte = { disabled: 0x30, enabled: 0x31, removed: 0x72 };
/** The marker Electron puts before its fuse wire (the same string @electron/fuses searches). */
export const sentinel = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/** electron-builder.yml's `electronFuses` keys → @electron/fuses' option names. */
export const fuseOptionOfKey = {
  runAsNode: 'RunAsNode',
  enableCookieEncryption: 'EnableCookieEncryption',
  enableNodeOptionsEnvironmentVariable: 'EnableNodeOptionsEnvironmentVariable',
  enableNodeCliInspectArguments: 'EnableNodeCliInspectArguments',
  enableEmbeddedAsarIntegrityValidation: 'EnableEmbeddedAsarIntegrityValidation',
  onlyLoadAppFromAsar: 'OnlyLoadAppFromAsar',
  loadBrowserProcessSpecificV8Snapshot: 'LoadBrowserProcessSpecificV8Snapshot',
  grantFileProtocolExtraPrivileges: 'GrantFileProtocolExtraPrivileges',
};
/** Keys of the block that are options of the flipping, not fuses. */
const notFuses = new Set(['resetAdHocDarwinSignature']);

/**
 * The `electronFuses:` block of electron-builder.yml as { key: boolean }. No YAML parser is a
 * dependency of the project, and the block is flat: `key: true|false` lines, indented, comments
 * allowed. Anything else in the block is refused rather than guessed at.
 */
export function readElectronFuses(yamlText) {
  const lines = yamlText.split(/\r?\n/);
  const start = lines.findIndex((line) => /^electronFuses:\s*(#.*)?$/.test(line));
  if (start === -1) throw new Error('electron-builder.yml has no electronFuses: block');
  const fuses = {};
  for (const line of lines.slice(start + 1)) {
    if (/^\s*(#.*)?$/.test(line)) continue;
    if (!/^\s/.test(line)) break;
    const match = /^\s+([A-Za-z][A-Za-z0-9]*):\s*(true|false)\s*(#.*)?$/.exec(line);
    if (!match) throw new Error(`Unexpected line in electronFuses: ${JSON.stringify(line)}`);
    fuses[match[1]] = match[2] === 'true';
  }
  if (Object.keys(fuses).length === 0) throw new Error('electronFuses: is empty');
  return fuses;
}

function describe(state) {
  if (state === fuseByte.enabled) return 'enabled';
  if (state === fuseByte.disabled) return 'disabled';
  if (state === fuseByte.removed) return 'removed from this Electron';
  return state === undefined ? 'absent from the binary' : `unknown state ${state}`;
}

/**
 * Compares a fuse wire as @electron/fuses reads it ({ version: '1', 0: byte, 1: byte, … }) with
 * the expected { key: boolean }. Returns the differences (empty: all match) and the wire's fuses
 * the config does not set (reported, not failed: a new Electron may add fuses).
 */
export function compareFuses(expected, wire, options = FuseV1Options) {
  const problems = [];
  if (String(wire.version) !== '1') problems.push(`fuse wire version ${wire.version}, expected 1`);
  const configured = new Set();
  for (const [key, enabled] of Object.entries(expected)) {
    if (notFuses.has(key)) continue;
    const option = fuseOptionOfKey[key];
    const index = option === undefined ? undefined : options[option];
    if (typeof index !== 'number') {
      problems.push(`${key}: not a fuse this check (or @electron/fuses) knows`);
      continue;
    }
    configured.add(index);
    const state = wire[index];
    const wanted = enabled ? fuseByte.enabled : fuseByte.disabled;
    if (state !== wanted) problems.push(`${key}: expected ${describe(wanted)}, found ${describe(state)}`);
  }
  const unconfigured = Object.keys(wire)
    .filter((key) => /^\d+$/.test(key) && !configured.has(Number(key)))
    .map((key) => `${options[Number(key)] ?? `fuse ${key}`}: ${describe(wire[key])}`);
  return { problems, unconfigured };
}

/** Whether a file holds the fuse sentinel, read in chunks (Electron binaries are 150 MB+). */
export function holdsSentinel(path) {
  const marker = Buffer.from(sentinel);
  const chunk = Buffer.alloc(8 * 1024 * 1024);
  const descriptor = openSync(path, 'r');
  try {
    let carried = Buffer.alloc(0);
    for (;;) {
      const read = readSync(descriptor, chunk, 0, chunk.length, null);
      if (read === 0) return false;
      const window = Buffer.concat([carried, chunk.subarray(0, read)]);
      if (window.includes(marker)) return true;
      carried = window.subarray(Math.max(0, window.length - marker.length + 1));
    }
  } finally {
    closeSync(descriptor);
  }
}

/** The packaged apps under electron-builder's output folder, as paths @electron/fuses reads. */
export function findPackagedApps(releaseFolder) {
  const apps = [];
  const folders = readdirSync(releaseFolder, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  for (const folder of folders) {
    const path = join(releaseFolder, folder.name);
    if (folder.name.endsWith('-unpacked')) {
      for (const entry of readdirSync(path, { withFileTypes: true })) {
        const file = join(path, entry.name);
        const candidate = entry.isFile() && ['', '.exe'].includes(extname(entry.name));
        if (candidate && holdsSentinel(file)) apps.push(file);
      }
    } else if (folder.name.startsWith('mac')) {
      for (const entry of readdirSync(path, { withFileTypes: true })) {
        if (entry.isDirectory() && entry.name.endsWith('.app')) apps.push(join(path, entry.name));
      }
    }
  }
  return apps.sort();
}

/** Checks every packaged app; `readWire` is @electron/fuses' reader unless a test gives one. */
export async function checkRelease({ releaseFolder, configText, readWire = getCurrentFuseWire }) {
  const expected = readElectronFuses(configText);
  const apps = statSync(releaseFolder, { throwIfNoEntry: false })?.isDirectory() ? findPackagedApps(releaseFolder) : [];
  const results = [];
  for (const app of apps) results.push({ app, ...compareFuses(expected, await readWire(app)) });
  const ok = apps.length > 0 && results.every(({ problems }) => problems.length === 0);
  return { ok, expected, results };
}

async function main(args) {
  const option = (name, fallback) => {
    const index = args.indexOf(name);
    return index === -1 ? fallback : args[index + 1];
  };
  const configPath = resolve(option('--config', join(root, 'electron-builder.yml')));
  const releaseFolder = resolve(option('--release', join(root, 'release')));
  const { ok, results } = await checkRelease({ releaseFolder, configText: readFileSync(configPath, 'utf8') });
  if (results.length === 0) process.stderr.write(`FAILED: no packaged Electron app under ${releaseFolder}\n`);
  for (const { app, problems, unconfigured } of results) {
    process.stdout.write(`${problems.length === 0 ? 'OK' : 'FAILED'}: ${app}\n`);
    for (const problem of problems) process.stdout.write(`  differs from ${configPath}: ${problem}\n`);
    for (const note of unconfigured) process.stdout.write(`  not set by the config: ${note}\n`);
  }
  return ok ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
