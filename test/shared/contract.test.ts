import { describe, expect, it } from 'vitest';
import { callNames, contract, isCallName } from '../../shared/contract';
import { callNamePattern } from '../../shared/contract/callName';
import { roles } from '../../shared/roles';

describe('the contract', () => {
  it('names every call area.action so shells can route it', () => {
    expect(callNames.length).toBeGreaterThan(0);
    for (const name of callNames) expect(name).toMatch(callNamePattern);
  });

  it('gives every call an access rule made only of known roles', () => {
    for (const name of callNames) {
      const { access } = contract[name];
      if (access === 'public') continue;
      expect(access.length, name).toBeGreaterThan(0);
      for (const role of access) expect(roles, name).toContain(role);
    }
  });

  it('takes one object of named arguments in every call and refuses unknown fields', () => {
    for (const name of callNames) {
      const { input } = contract[name];
      expect(input.safeParse('text').success, name).toBe(false);
      expect(input.safeParse({ unexpectedField: 1 }).success, name).toBe(false);
    }
  });

  it('recognises only its own call names, not inherited properties', () => {
    expect(isCallName('app.info')).toBe(true);
    for (const name of ['toString', '__proto__', 'constructor', 'hasOwnProperty', 'app.nothing', '']) {
      expect(isCallName(name)).toBe(false);
    }
  });
});
