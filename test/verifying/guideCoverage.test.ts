// Issue 23: every recipe of VERIFYING.md runs in a test on every CI run, and every command block
// of the guide is a recipe — or says why it cannot run here (`<!-- not run: … -->`; none does
// now: even age's passphrase prompt is answered, through a pseudo-terminal). A block added
// without either fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guidePath, guideRecipes } from '../helpers/verifyingGuide';

const guide = readFileSync(guidePath, 'utf8');
const testsFolder = import.meta.dirname;

/** The recipe names the tests of this folder pass to runRecipe. */
function recipesRunByTests(): Set<string> {
  const names = new Set<string>();
  for (const file of readdirSync(testsFolder).filter((name) => name.endsWith('.test.ts'))) {
    const text = readFileSync(join(testsFolder, file), 'utf8');
    for (const match of text.matchAll(/runRecipe\(\s*'([a-z0-9-]+)'/g)) names.add(match[1]!);
  }
  return names;
}

describe('VERIFYING.md', () => {
  it('has its recipes, each run by a test of test/verifying/', () => {
    const recipes = [...guideRecipes(guide).keys()];
    expect(recipes.length).toBeGreaterThanOrEqual(2);
    const run = recipesRunByTests();
    expect(recipes.filter((name) => !run.has(name))).toEqual([]);
    expect([...run].filter((name) => !recipes.includes(name))).toEqual([]);
  });

  it('has no shell block that is neither a recipe nor marked as not runnable here', () => {
    const lines = guide.split('\n');
    const unmarked: number[] = [];
    lines.forEach((line, index) => {
      if (line !== '```sh') return;
      const before =
        lines
          .slice(0, index)
          .reverse()
          .find((text) => text.trim().length > 0) ?? '';
      if (!/^<!--\s*(recipe:\s*[a-z0-9-]+\s*|not run:.+)-->$/.test(before.trim())) unmarked.push(index + 1);
    });
    expect(unmarked, 'line numbers of unmarked sh blocks').toEqual([]);
  });
});
