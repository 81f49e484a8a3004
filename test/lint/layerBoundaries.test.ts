import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('layer boundaries (ESLint)', () => {
  it.each([
    ['renderer → main/', 'renderer/screens/Bad.tsx', "import { createCore } from '../../main/core/createCore';"],
    ['renderer → node:fs', 'renderer/screens/Bad.tsx', "import { readFileSync } from 'node:fs';"],
    ['renderer → electron', 'renderer/screens/Bad.tsx', "import { ipcRenderer } from 'electron';"],
    ['shared → node:crypto', 'shared/bad.ts', "import { createHash } from 'node:crypto';"],
    ['shared → crypto', 'shared/bad.ts', "import { createHash } from 'crypto';"],
    ['shared → react', 'shared/bad.ts', "import { useState } from 'react';"],
    ['shared → main/', 'shared/bad.ts', "import { createCore } from '../main/core/createCore';"],
    ['main → renderer/', 'main/services/bad.ts', "import { App } from '../../renderer/App';"],
    ['main → react', 'main/services/bad.ts', "import { useState } from 'react';"],
  ])('refuses an import across a layer: %s', async (_label, filePath, importLine) => {
    const code = `${importLine}\nexport const used = [${/import \{ (\w+) \}/.exec(importLine)?.[1]}];\n`;
    expect(await ruleIds(filePath, code)).toContain('no-restricted-imports');
  });

  it('refuses Node.js globals in shared/', async () => {
    expect(await ruleIds('shared/bad.ts', 'export const x = process.env.HOME;\n')).toContain('no-restricted-globals');
  });

  it('allows the directions that are meant', async () => {
    expect(
      await ruleIds(
        'renderer/screens/Good.tsx',
        "import { contract } from '../../shared/contract';\nexport const x = contract;\n",
      ),
    ).toEqual([]);
    expect(
      await ruleIds(
        'main/services/good.ts',
        "import { readFileSync } from 'node:fs';\nimport { contract } from '../../shared/contract';\nexport const x = [readFileSync, contract];\n",
      ),
    ).toEqual([]);
  });
});
