// The release workflow (.github/workflows/release.yml) cannot run here (no internet, no Electron
// binary): this checks its shape, and that every script it calls exists and is tested here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { whenElectronIsMissing } from '../helpers/requireElectron';

const root = join(import.meta.dirname, '..', '..');
const workflowText = readFileSync(join(root, '.github', 'workflows', 'release.yml'), 'utf8');
// js-yaml comes with electron-builder (a dev dependency); the project itself parses no YAML.
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on: { push?: { tags?: string[] }; workflow_dispatch?: unknown };
  jobs: Record<
    string,
    {
      'runs-on': string;
      env?: Record<string, string>;
      strategy: { matrix: { include: Array<{ os: string; platform: string; installers: string }> } };
      steps: Step[];
    }
  >;
}

const workflow = yaml.load(workflowText) as Workflow;
const job = Object.values(workflow.jobs)[0]!;
const runs = job.steps.map((step) => step.run ?? '').filter(Boolean);
const indexOfStep = (predicate: (step: Step) => boolean) => job.steps.findIndex(predicate);

describe('the release workflow', () => {
  it('parses as YAML and runs on a version tag and by hand', () => {
    expect(Object.keys(workflow.jobs)).toHaveLength(1);
    expect(workflow.on.push?.tags).toEqual(['v*']);
    expect('workflow_dispatch' in workflow.on).toBe(true);
  });

  it('builds on Windows, Linux and macOS, one bundle platform each', () => {
    const include = job.strategy.matrix.include;
    expect(include.map(({ os }) => os.split('-')[0]).sort()).toEqual(['macos', 'ubuntu', 'windows']);
    expect(include.map(({ platform }) => platform).sort()).toEqual(['linux', 'mac', 'win']);
    expect(job['runs-on']).toBe('${{ matrix.os }}');
    // The installers each platform bundles: NSIS, AppImage and deb, dmg (electron-builder.yml).
    const installers = Object.fromEntries(include.map(({ platform, installers }) => [platform, installers]));
    expect(installers.win).toMatch(/\.exe$/);
    expect(installers.linux).toMatch(/\.AppImage\b/);
    expect(installers.linux).toMatch(/\.deb\b/);
    expect(installers.mac).toMatch(/\.dmg$/);
  });

  it('pins the standard actions by major version and sets up Node 20', () => {
    const uses = job.steps.map((step) => step.uses).filter(Boolean);
    expect(uses).toEqual(['actions/checkout@v4', 'actions/setup-node@v4', 'actions/upload-artifact@v4']);
    const setupNode = job.steps.find((step) => step.uses === 'actions/setup-node@v4')!;
    expect(String(setupNode.with?.['node-version'])).toBe('20');
    const engines = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { engines: { node: string } })
      .engines.node;
    expect(engines).toMatch(/^>=20\./);
  });

  it('installs with Electron, tests (Linux under xvfb-run), builds, checks fuses, bundles, uploads — in that order', () => {
    const install = indexOfStep((step) => /^npm ci\b/.test(step.run ?? ''));
    const tests = indexOfStep((step) => /\bnpm test\b/.test(step.run ?? ''));
    const portable = indexOfStep((step) => (step.run ?? '').includes('node build/release/portableBrowserShell.mjs'));
    const electron = indexOfStep((step) => (step.run ?? '').includes('test/e2e/electronShell.spec.ts'));
    const dist = indexOfStep((step) => (step.run ?? '').includes('npm run dist -- --publish never'));
    const fuses = indexOfStep((step) => (step.run ?? '').includes('node build/release/checkFuses.mjs'));
    const bundle = indexOfStep((step) => (step.run ?? '').includes('node build/release/offlineBundle.mjs --platform'));
    const upload = indexOfStep((step) => step.uses === 'actions/upload-artifact@v4');
    // The portable folder before the rebuild for Electron: it runs on Node.js.
    const order = [install, tests, portable, electron, dist, fuses, bundle, upload];
    expect(order.every((index) => index >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    // Electron's binary is downloaded: nothing skips it.
    expect(workflowText).not.toMatch(/ELECTRON_SKIP_BINARY_DOWNLOAD/);
    expect(job.steps[tests]!.run).toMatch(/xvfb-run [^\n]*npm test/);
    expect(job.steps[bundle]!.run).toContain('--key');
    // The portable archive travels inside the signed bundle, not beside it: every call of the
    // bundle script carries it, and the only upload is the bundle.
    expect(job.steps[portable]!.run).toMatch(/portableBrowserShell\.mjs --out portable --archive\)/);
    expect(job.steps[portable]!.run).toContain('PORTABLE_ARCHIVE=$archive" >> "$GITHUB_ENV"');
    const bundleCalls = [
      ...job.steps[bundle]!.run!.matchAll(/node build\/release\/offlineBundle\.mjs --platform[^\n]*/g),
    ];
    expect(bundleCalls).toHaveLength(2);
    for (const [call] of bundleCalls) expect(call).toContain('--portable "$PORTABLE_ARCHIVE"');
    expect(
      job.steps.filter((step) => step.uses === 'actions/upload-artifact@v4').map((step) => step.with?.path),
    ).toEqual(['bundle/']);
  });

  it('runs the Electron end-to-end test on modules rebuilt for Electron, failing, not skipping, without them', () => {
    const step = job.steps.find((candidate) => (candidate.run ?? '').includes('test/e2e/electronShell.spec.ts'))!;
    const env = step.env ?? {};
    expect(env.KIEM_PHIEU_REQUIRE_ELECTRON).toBe('1');
    // Rebuilt for Electron before the test, which runs alone (the suite before it needs Node's build).
    expect(step.run).toMatch(/npx electron-builder install-app-deps\n[\s\S]*xvfb-run [^\n]*electronShell\.spec\.ts/);
    expect(job.env?.KIEM_PHIEU_REQUIRE_ELECTRON).toBeUndefined();
    expect(whenElectronIsMissing({ KIEM_PHIEU_REQUIRE_ELECTRON: env.KIEM_PHIEU_REQUIRE_ELECTRON })).toBe('fail');
    expect(whenElectronIsMissing({ KIEM_PHIEU_REQUIRE_ELECTRON: 'true' })).toBe('fail');
    expect(whenElectronIsMissing({})).toBe('skip');
    expect(whenElectronIsMissing({ KIEM_PHIEU_REQUIRE_ELECTRON: '0' })).toBe('skip');
    const spec = readFileSync(join(root, 'test', 'e2e', 'electronShell.spec.ts'), 'utf8');
    expect(spec).toMatch(/!binary && whenElectronIsMissing\(\) === 'fail'\) throw/);
    expect(spec).toMatch(/nativeProblem && whenElectronIsMissing\(\) === 'fail'\) throw/);
  });

  it('passes the signing key through the environment only, never into a command line', () => {
    const bundleStep = job.steps.find((step) => (step.run ?? '').includes('offlineBundle.mjs --platform'))!;
    expect(bundleStep.env?.RELEASE_SIGNING_KEY).toBe('${{ secrets.RELEASE_SIGNING_KEY }}');
    for (const run of runs) expect(run).not.toContain('secrets.');
    expect(bundleStep.run).toMatch(/rm -f "\$key"/);
  });

  it('calls only build/release scripts that exist and that tests here exercise', () => {
    const called = new Set([...runs.join('\n').matchAll(/node (build\/release\/[\w.-]+\.mjs)/g)].map((m) => m[1]!));
    expect([...called].sort()).toEqual([
      'build/release/checkFuses.mjs',
      'build/release/checksums.mjs',
      'build/release/offlineBundle.mjs',
      'build/release/portableBrowserShell.mjs',
    ]);
    const tests = readdirSync(import.meta.dirname)
      .filter((name) => name.endsWith('.test.ts') && name !== 'releaseWorkflow.test.ts')
      .map((name) => readFileSync(join(import.meta.dirname, name), 'utf8'))
      .join('\n');
    for (const script of called) {
      expect(existsSync(join(root, script)), script).toBe(true);
      expect(tests, `a test under test/release/ uses ${script}`).toContain(script.replace('build/release/', ''));
    }
  });
});
