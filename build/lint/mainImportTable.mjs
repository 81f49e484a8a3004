// The import table of main/, VS Code style: which folder may import which, enforced by lint.
//
//   base layer (base, config, tabular)   ← vault ← features ← core ← shells, cli
//
// - A folder of the base layer imports only the base layer.
// - vault (the encrypted store, its keys and lock) imports only the base layer.
// - A feature (one folder per contract group) imports the base layer, vault, and other features;
//   a feature or vault is reached from outside only through its public file, index.ts — never
//   another feature's store or handler.
// - core builds everything; shells and cli start the core and nothing below it, except that
//   shells print with print/ (the Electron shell has its own PDF printer).
// - `electron` is imported only in shells/electron.
import path from 'node:path';

export const baseLayer = ['base', 'config', 'tabular'];
export const features = [
  'app',
  'audit',
  'backup',
  'campaigns',
  'corrections',
  'counting',
  'desks',
  'draws',
  'kiosk',
  'plans',
  'print',
  'ratings',
  'remediation',
  'results',
  'session',
  'signing',
  'templates',
  'users',
];

/** For each folder of main/, the folders it may import from (besides itself and shared/). */
export const mayImport = {
  ...Object.fromEntries(baseLayer.map((folder) => [folder, baseLayer])),
  vault: baseLayer,
  ...Object.fromEntries(features.map((feature) => [feature, [...baseLayer, 'vault', ...features]])),
  core: [...baseLayer, 'vault', ...features],
  shells: [...baseLayer, 'core', 'print'],
  cli: [...baseLayer, 'core'],
};

/** Folders whose inside is private: another folder imports only their index.ts. */
const guarded = new Set(['vault', ...features]);

function mainFolderOf(file, root) {
  const relative = path.relative(path.join(root, 'main'), file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return null;
  const [folder, ...rest] = relative.split(path.sep);
  // `../vault` names the folder itself, that is its index.ts.
  return { folder, inner: rest.length === 0 ? 'index' : rest.join('/').replace(/\.ts$/, '') };
}

export const mainImportTableRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Enforces the import table of main/ (see build/lint/mainImportTable.mjs).' },
    schema: [],
    messages: {
      layer: '{{from}}/ may not import {{to}}/ (import table: {{from}} → {{allowed}}).',
      privateFile:
        '{{to}}/ is reached only through its public file: import from the folder ({{to}}/index.ts), not {{to}}/{{inner}}.',
    },
  },
  create(context) {
    const root = context.cwd;
    const file = context.filename;
    const here = mainFolderOf(file, root);
    if (!here || !(here.folder in mayImport)) return {};
    function check(node) {
      const source = node.source?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = mainFolderOf(path.resolve(path.dirname(file), source), root);
      if (!target || target.folder === here.folder) return;
      const allowed = mayImport[here.folder];
      if (!allowed.includes(target.folder)) {
        context.report({
          node: node.source,
          messageId: 'layer',
          data: { from: here.folder, to: target.folder, allowed: allowed.join(', ') || '(nothing)' },
        });
        return;
      }
      if (guarded.has(target.folder) && target.inner !== 'index')
        context.report({
          node: node.source,
          messageId: 'privateFile',
          data: { to: target.folder, inner: target.inner },
        });
    }
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};
