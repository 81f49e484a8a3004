import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

/**
 * Not places on the network: the XML namespace a standalone SVG file must declare, the loopback
 * the browser shell binds, and the hall network's listener on an address of this machine the head
 * chooses at run time.
 */
const allowed = ['http://www.w3.org/2000/svg', 'http://${loopbackHost}', 'https://${host}'];

describe('the product names no place on the network', () => {
  it('no file of main/, shared/ or renderer/ holds an http(s) address', () => {
    const files = execFileSync('git', ['ls-files', 'main', 'shared', 'renderer'], { cwd: root, encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((file) =>
      [...readFileSync(join(root, file), 'utf8').matchAll(/https?:\/\/[^\s"'`)<>]+/g)]
        .map((match) => match[0])
        .filter((address) => !allowed.some((prefix) => address.startsWith(prefix)))
        .map((address) => `${file}: ${address}`),
    );
    expect(found).toEqual([]);
  });
});
