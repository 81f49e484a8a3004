// build/release/checkFuses.mjs: the fuses read back from packaged apps against electron-builder.yml.
// No Electron binary can be downloaded here, so the packaged apps are fake files carrying a fuse
// wire in Electron's layout (sentinel, version, length, one byte per fuse), read by the real
// @electron/fuses reader; the release workflow runs the same script on the real apps.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { FuseV1Options } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import {
  checkRelease,
  compareFuses,
  fuseByte,
  fuseOptionOfKey,
  holdsSentinel,
  readElectronFuses,
  sentinel,
  type FuseWire,
} from '../../build/release/checkFuses.mjs';
import { useTempDirectories } from '../helpers/tempDirectory';

const root = join(import.meta.dirname, '..', '..');
const configText = readFileSync(join(root, 'electron-builder.yml'), 'utf8');
const expected = readElectronFuses(configText);
const script = join(root, 'build', 'release', 'checkFuses.mjs');
const tempDirectory = useTempDirectories();

/** The wire electron-builder.yml asks for, in fuse order, as bytes ('0' off, '1' on). */
function configuredWire(): string {
  const wire: string[] = [];
  for (const [key, enabled] of Object.entries(expected)) {
    wire[FuseV1Options[fuseOptionOfKey[key] as keyof typeof FuseV1Options]] = enabled ? '1' : '0';
  }
  return wire.join('');
}

/** A fake Electron binary: padding, the sentinel, wire version 1, the wire's length, the wire. */
function fakeBinary(path: string, wire: string) {
  mkdirSync(join(path, '..'), { recursive: true });
  const padding = Buffer.alloc(4096, 0x41);
  writeFileSync(
    path,
    Buffer.concat([padding, Buffer.from(sentinel), Buffer.from([1, wire.length]), Buffer.from(wire), padding]),
  );
}

/** A release/ folder like electron-builder's on the three platforms. */
function fakeRelease(wires: { linux?: string; win?: string; mac?: string }) {
  const release = join(tempDirectory(), 'release');
  mkdirSync(release, { recursive: true });
  if (wires.linux !== undefined) {
    fakeBinary(join(release, 'linux-unpacked', 'kiem-phieu'), wires.linux);
    writeFileSync(join(release, 'linux-unpacked', 'chrome-sandbox'), Buffer.alloc(2048, 1));
    writeFileSync(join(release, 'linux-unpacked', 'libffmpeg.so'), Buffer.from(sentinel));
  }
  if (wires.win !== undefined) fakeBinary(join(release, 'win-unpacked', 'Kiểm phiếu.exe'), wires.win);
  if (wires.mac !== undefined) {
    const framework = join(
      release,
      'mac-arm64',
      'Kiểm phiếu.app',
      'Contents',
      'Frameworks',
      'Electron Framework.framework',
    );
    fakeBinary(join(framework, 'Electron Framework'), wires.mac);
  }
  writeFileSync(join(release, `kiem-phieu-0.1.0-linux-x86_64.AppImage`), Buffer.from(sentinel));
  return release;
}

const flip = (wire: string, index: number, to: string) => wire.slice(0, index) + to + wire.slice(index + 1);

describe('the electronFuses block of electron-builder.yml', () => {
  it('is read as a YAML parser reads it', () => {
    // js-yaml comes with electron-builder; the script parses the flat block itself.
    const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
    const parsed = yaml.load(configText) as { electronFuses: Record<string, boolean> };
    expect(expected).toEqual(parsed.electronFuses);
    expect(Object.keys(expected).length).toBeGreaterThanOrEqual(8);
  });

  it('names fuses that @electron/fuses knows, and the check maps every fuse it knows', () => {
    for (const key of Object.keys(expected)) expect(fuseOptionOfKey[key], key).toBeDefined();
    const known = Object.keys(FuseV1Options).filter((name) => Number.isNaN(Number(name)));
    expect(Object.values(fuseOptionOfKey).sort()).toEqual(known.sort());
  });

  it('refuses what it cannot read plainly', () => {
    expect(() => readElectronFuses('appId: x\n')).toThrow(/no electronFuses/);
    expect(() => readElectronFuses('electronFuses:\n  runAsNode: no\n')).toThrow(/Unexpected line/);
    expect(() => readElectronFuses('electronFuses: { runAsNode: false }\n')).toThrow(/no electronFuses/);
    expect(readElectronFuses('electronFuses: # fuses\n  # a comment\n\n  runAsNode: false # off\nlinux: {}\n')).toEqual(
      {
        runAsNode: false,
      },
    );
  });
});

describe('comparing a fuse wire with the config', () => {
  const wireOf = (bytes: string): FuseWire =>
    Object.assign({ version: '1' }, Object.fromEntries([...bytes].map((byte, index) => [index, byte.charCodeAt(0)])));

  it('passes the configured wire and reports fuses the config does not set', () => {
    expect(compareFuses(expected, wireOf(configuredWire()))).toEqual({ problems: [], unconfigured: [] });
    expect(compareFuses(expected, wireOf(`${configuredWire()}1`)).unconfigured).toEqual(['fuse 8: enabled']);
  });

  it('names each fuse that differs, is removed or is absent', () => {
    const runAsNode = FuseV1Options.RunAsNode;
    const asar = FuseV1Options.OnlyLoadAppFromAsar;
    const wire = flip(flip(configuredWire(), runAsNode, '1'), asar, 'r');
    expect(compareFuses(expected, wireOf(wire)).problems).toEqual([
      'runAsNode: expected disabled, found enabled',
      'onlyLoadAppFromAsar: expected enabled, found removed from this Electron',
    ]);
    expect(compareFuses(expected, wireOf(configuredWire().slice(0, 7))).problems).toEqual([
      'grantFileProtocolExtraPrivileges: expected disabled, found absent from the binary',
    ]);
    expect(compareFuses({ someFuture: true }, wireOf(configuredWire())).problems).toEqual([
      'someFuture: not a fuse this check (or @electron/fuses) knows',
    ]);
    expect(compareFuses(expected, { ...wireOf(configuredWire()), version: '2' }).problems).toEqual([
      'fuse wire version 2, expected 1',
    ]);
    expect(fuseByte).toEqual({ disabled: '0'.charCodeAt(0), enabled: '1'.charCodeAt(0), removed: 'r'.charCodeAt(0) });
  });

  it('checks each packaged app with the reader it is given', async () => {
    const release = fakeRelease({ linux: '', win: '' });
    const read: string[] = [];
    const readWire = async (app: string) => {
      read.push(app);
      return wireOf(
        app.endsWith('.exe')
          ? flip(configuredWire(), FuseV1Options.EnableNodeCliInspectArguments, '1')
          : configuredWire(),
      );
    };
    const { ok, results } = await checkRelease({ releaseFolder: release, configText, readWire });
    expect(ok).toBe(false);
    expect(read).toEqual([
      join(release, 'linux-unpacked', 'kiem-phieu'),
      join(release, 'win-unpacked', 'Kiểm phiếu.exe'),
    ]);
    expect(results.map(({ problems }) => problems)).toEqual([
      [],
      ['enableNodeCliInspectArguments: expected disabled, found enabled'],
    ]);
  });
});

describe('checkFuses.mjs on a release folder, read by @electron/fuses', () => {
  const run = (release: string) =>
    spawnSync(process.execPath, [script, '--release', release, '--config', join(root, 'electron-builder.yml')], {
      encoding: 'utf8',
    });

  it('passes when every packaged app (Linux, Windows, macOS) has the configured fuses', () => {
    const wire = configuredWire();
    const release = fakeRelease({ linux: wire, win: wire, mac: wire });
    const result = run(release);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout.split('\n').filter((line) => line.startsWith('OK: '))).toEqual([
      `OK: ${join(release, 'linux-unpacked', 'kiem-phieu')}`,
      `OK: ${join(release, 'mac-arm64', 'Kiểm phiếu.app')}`,
      `OK: ${join(release, 'win-unpacked', 'Kiểm phiếu.exe')}`,
    ]);
  });

  it('fails when one app differs, and says which fuse', () => {
    const wire = configuredWire();
    const bad = flip(wire, FuseV1Options.EnableNodeOptionsEnvironmentVariable, '1');
    const result = run(fakeRelease({ linux: wire, win: wire, mac: bad }));
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(
      /FAILED: .*Kiểm phiếu\.app\n {2}differs from .*: enableNodeOptionsEnvironmentVariable: expected disabled, found enabled/,
    );
  });

  it('fails when there is no packaged app, or no release folder', () => {
    const empty = run(fakeRelease({}));
    expect(empty.status).toBe(1);
    expect(empty.stderr).toContain('no packaged Electron app');
    expect(run(join(tempDirectory(), 'absent')).status).toBe(1);
  });

  it('finds the sentinel across the read chunks of a large binary', () => {
    const path = join(tempDirectory(), 'electron');
    const chunk = 8 * 1024 * 1024;
    writeFileSync(
      path,
      Buffer.concat([Buffer.alloc(chunk - 10, 0x41), Buffer.from(sentinel), Buffer.alloc(100, 0x41)]),
    );
    expect(holdsSentinel(path)).toBe(true);
    writeFileSync(path, Buffer.alloc(chunk + 100, 0x41));
    expect(holdsSentinel(path)).toBe(false);
  });
});
