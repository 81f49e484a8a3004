// Runs VERIFYING.md's recipes exactly as printed: each is the sh block right after a
// `<!-- recipe: <name> -->` comment. A recipe runs in a folder holding the artefacts it names and
// a copy of tools/, with the variables it says to set, under `sh -eu` (errors stop it), with no
// app code on its path: only the system's tools and python3.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
export const guidePath = join(root, 'VERIFYING.md');
export const toolsFolder = join(root, 'tools');

/** Every recipe of the guide, by name, in order. */
export function guideRecipes(text = readFileSync(guidePath, 'utf8')): Map<string, string> {
  const recipes = new Map<string, string>();
  const pattern = /<!--\s*recipe:\s*([a-z0-9-]+)\s*-->\s*\n```sh\n([\s\S]*?)\n```/g;
  for (const match of text.matchAll(pattern)) {
    const [, name = '', body = ''] = match;
    if (recipes.has(name)) throw new Error(`VERIFYING.md has two recipes named ${name}`);
    recipes.set(name, body);
  }
  return recipes;
}

export function recipe(name: string): string {
  const body = guideRecipes().get(name);
  if (body === undefined) throw new Error(`VERIFYING.md has no recipe named ${name}`);
  return body;
}

const hasCryptography = (python: string): boolean =>
  spawnSync(python, ['-c', 'import cryptography'], { stdio: 'ignore' }).status === 0;

/** Whether a python3 with the `cryptography` package is here (see pythonWithCryptography). */
export const havePythonWithCryptography = (): boolean =>
  ['python3', '/usr/bin/python3'].some((candidate) => hasCryptography(candidate));

/**
 * A python3 with the `cryptography` package, which the guide asks for where AES-GCM and X25519
 * are needed: the first python3 on the PATH, else Debian's (python3-cryptography).
 */
export function pythonWithCryptography(): string {
  for (const candidate of ['python3', '/usr/bin/python3']) if (hasCryptography(candidate)) return candidate;
  throw new Error('no python3 with the cryptography package: apt-get install python3-cryptography (.ci/run does)');
}

/** A fresh folder for a recipe: a copy of tools/, the way a reader would have it. */
export function recipeFolder(folder: string): string {
  mkdirSync(folder, { recursive: true });
  cpSync(toolsFolder, join(folder, 'tools'), { recursive: true });
  return folder;
}

export interface RecipeRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs a recipe in `folder` with `variables` set, as `sh -eu` would from a reader's terminal.
 * `typed`: lines the reader types at the terminal itself (age reads a passphrase from the terminal
 * only, never from stdin): the recipe then runs on a pseudo-terminal (util-linux `script`) that
 * is fed these lines; its stdout holds the terminal's output (prompts, echoes) with the recipe's.
 */
export function runRecipe(
  name: string,
  folder: string,
  variables: Record<string, string> = {},
  typed: readonly string[] | null = null,
): RecipeRun {
  // python3 on the PATH is one that has `cryptography`, as the guide asks.
  const bin = join(folder, '.bin');
  mkdirSync(bin, { recursive: true });
  const python = pythonWithCryptography();
  // The interpreter itself, not a version manager's shim that needs the reader's HOME.
  const pythonPath = spawnSync(python, ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).stdout.trim();
  try {
    symlinkSync(pythonPath, join(bin, 'python3'));
  } catch {
    // Already there from an earlier recipe in the same folder.
  }
  let command = ['sh', '-eu', '-c', recipe(name)];
  if (typed) {
    const script = join(bin, `${name}.sh`);
    writeFileSync(script, recipe(name));
    // -e: the recipe's exit status; -q: no banner; the log goes nowhere.
    command = ['script', '-q', '-e', '-c', `sh -eu '${script}'`, '/dev/null'];
  }
  const [program, ...args] = command;
  const run = spawnSync(program!, args, {
    cwd: folder,
    encoding: 'utf8',
    input: typed ? typed.map((line) => `${line}\n`).join('') : undefined,
    env: {
      PATH: `${bin}:${process.env.PATH ?? '/usr/bin:/bin'}`,
      HOME: folder,
      LANG: 'C.UTF-8',
      ...variables,
    },
    timeout: 120_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
