import { ESLint } from 'eslint';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { features } from '../../build/lint/mainImportTable.mjs';

const root = new URL('../..', import.meta.url).pathname;
const eslint = new ESLint({ cwd: root });

async function problems(filePath: string, importLine: string): Promise<string[]> {
  const name = /import (?:type )?\{ (\w+)/.exec(importLine)?.[1] ?? 'x';
  const [result] = await eslint.lintText(`${importLine}\nexport const used = [${name}];\n`, { filePath });
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
}

describe('the import table of main/ (ESLint)', () => {
  it.each([
    [
      'a feature → another feature’s store',
      'main/counting/bad.ts',
      "import { sealRecords } from '../results/sealStore';",
    ],
    [
      'a feature → another feature’s handlers',
      'main/draws/bad.ts',
      "import { unitViews } from '../campaigns/unitViews';",
    ],
    ['a feature → the vault’s inside', 'main/users/bad.ts', "import { insertUser } from '../vault/userRecords';"],
    ['a feature → core', 'main/results/bad.ts', "import { createCore } from '../core/createCore';"],
    ['a feature → a shell', 'main/print/bad.ts', "import { findBrowser } from '../shells/browser/launchBrowser';"],
    ['vault → a feature', 'main/vault/bad.ts', "import { createUsersHandlers } from '../users';"],
    ['the base layer → vault', 'main/base/bad.ts', "import { Vault } from '../vault';"],
    ['cli → a feature', 'main/cli/commands/bad.ts', "import { verifyDrawRecord } from '../../draws';"],
    [
      'a shell → a feature other than print',
      'main/shells/browser/bad.ts',
      "import { sealState } from '../../results';",
    ],
  ])('refuses %s', async (_label, filePath, importLine) => {
    expect(await problems(filePath, importLine)).toEqual([expect.stringMatching(/^kiem-phieu\/main-import-table: /)]);
  });

  it('refuses electron anywhere in main/ but the Electron shell', async () => {
    for (const file of ['main/results/bad.ts', 'main/core/bad.ts', 'main/shells/browser/bad.ts'])
      expect(await problems(file, "import { app } from 'electron';")).toEqual([
        expect.stringMatching(/^no-restricted-imports: .*Electron shell/),
      ]);
    expect(await problems('main/shells/electron/good.ts', "import { app } from 'electron';")).toEqual([]);
  });

  it.each([
    ['a feature → another feature’s public file', 'main/results/good.ts', "import { getCounts } from '../counting';"],
    ['a feature → the vault’s public file', 'main/users/good.ts', "import { insertUser } from '../vault';"],
    ['a feature → the base layer', 'main/campaigns/good.ts', "import { readTable } from '../tabular/readTable';"],
    ['a feature → its own files', 'main/counting/good.ts', "import { getCounts } from './countsStore';"],
    ['core → a feature', 'main/core/good.ts', "import { createCountingHandlers } from '../counting';"],
    ['cli → core', 'main/cli/good.ts', "import { createCore } from '../core/createCore';"],
    ['a shell → print', 'main/shells/electron/good.ts', "import { chartPageScript } from '../../print';"],
  ])('allows %s', async (_label, filePath, importLine) => {
    expect(await problems(filePath, importLine)).toEqual([]);
  });
});

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? filesUnder(join(folder, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(folder, entry.name)]
        : [],
  );
}

describe('the features of main/', () => {
  it('depend on each other without a cycle', () => {
    const edges = new Map<string, Set<string>>(features.map((feature) => [feature, new Set()]));
    for (const feature of features)
      for (const file of filesUnder(join(root, 'main', feature)))
        for (const [, source] of readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)) {
          const folder = relative(join(root, 'main'), resolve(dirname(file), source!)).split(sep)[0]!;
          if (folder !== feature && edges.has(folder)) edges.get(feature)!.add(folder);
        }
    const cycles: string[] = [];
    const visit = (feature: string, path: string[]) => {
      if (path.includes(feature)) {
        cycles.push([...path.slice(path.indexOf(feature)), feature].join(' → '));
        return;
      }
      for (const next of edges.get(feature) ?? []) visit(next, [...path, feature]);
    };
    for (const feature of features) visit(feature, []);
    expect(cycles).toEqual([]);
    // The graph is not trivially empty: results builds on counting, which builds on campaigns.
    expect([...edges.get('results')!]).toEqual(expect.arrayContaining(['counting', 'campaigns']));
  });
});
