#!/usr/bin/env node
// SHA-256 sums in the format of GNU coreutils' `sha256sum` ("<64 hex>  <name>", two spaces: text
// mode), so that `sha256sum -c SHA256SUMS` checks them on Linux, and this script checks them
// anywhere Node runs (the release workflow on Windows and macOS, where sha256sum may be missing).
//
//   node build/release/checksums.mjs <files…>            print the sums of the files
//   node build/release/checksums.mjs --check <SHA256SUMS>  check the files it names (next to it)
//
// Exit code 0 when everything matches, 1 otherwise (one line per file says which).
import { createHash } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The SHA-256 of a file as lowercase hex, read as a stream (installers are 100 MB and more). */
export async function sha256File(path) {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk);
  return hash.digest('hex');
}

/**
 * Names sha256sum would have to escape (a backslash or a line break) are refused rather than
 * escaped: the installers' names are plain, and the instructions quote names as they are.
 */
function checkName(name) {
  if (name === '' || /[\\\n\r]/.test(name) || name !== basename(name)) {
    throw new Error(`A name sha256sum cannot list plainly: ${JSON.stringify(name)}`);
  }
}

/** The text of a SHA256SUMS file: one "<hex>  <name>" line per entry, in the given order. */
export function formatSums(entries) {
  return entries
    .map(({ name, sha256 }) => {
      checkName(name);
      if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`Not a SHA-256 in hex: ${sha256}`);
      return `${sha256}  ${name}\n`;
    })
    .join('');
}

const sumLine = /^([0-9a-fA-F]{64}) [ *](.+)$/;

/** One line of a SHA256SUMS text as { sha256, name }, or null when it is not one. */
function parseSumLine(line) {
  const match = sumLine.exec(line.replace(/\r$/, ''));
  return match ? { sha256: match[1].toLowerCase(), name: match[2] } : null;
}

/** The entries of a SHA256SUMS text; binary-mode lines ("<hex> *<name>") are read too. */
export function parseSums(text) {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const entry = parseSumLine(line);
      if (!entry) throw new Error(`Not a sha256sum line: ${JSON.stringify(line)}`);
      return entry;
    });
}

/** The entries of files given by path, each named by its base name (the bundle lists them so). */
export async function sumsOf(paths) {
  const entries = [];
  for (const path of paths) entries.push({ name: basename(path), sha256: await sha256File(path) });
  return entries;
}

/** Checks every file a SHA256SUMS lists, relative to its folder: [{ name, ok, reason? }]. */
export async function checkSums(sumsPath) {
  const folder = dirname(resolve(sumsPath));
  const results = [];
  const lines = readFileSync(sumsPath, 'utf8').split('\n');
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    // A damaged line is one more thing wrong, reported with the rest: the check goes on.
    const entry = parseSumLine(line);
    if (!entry) {
      results.push({ name: `${basename(sumsPath)}, line ${index + 1}`, ok: false, reason: 'not a sha256sum line' });
      continue;
    }
    const { name, sha256 } = entry;
    try {
      const actual = await sha256File(join(folder, name));
      results.push(actual === sha256 ? { name, ok: true } : { name, ok: false, reason: 'sum differs' });
    } catch (error) {
      results.push({ name, ok: false, reason: error.code === 'ENOENT' ? 'missing' : error.message });
    }
  }
  return results;
}

async function main(args) {
  if (args[0] === '--check' && args.length === 2) {
    const results = await checkSums(args[1]);
    for (const { name, ok, reason } of results) process.stdout.write(`${name}: ${ok ? 'OK' : `FAILED (${reason})`}\n`);
    return results.length > 0 && results.every(({ ok }) => ok) ? 0 : 1;
  }
  if (args.length === 0 || args.some((arg) => arg.startsWith('--'))) {
    process.stderr.write('Usage: checksums.mjs <files…> | checksums.mjs --check <SHA256SUMS>\n');
    return 2;
  }
  process.stdout.write(formatSums(await sumsOf(args)));
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
