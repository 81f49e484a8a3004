import { describe, expect, it } from 'vitest';
import { catalogues, message, say, sections } from '../../shared/i18n/messages';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the message catalogues (one per language)', () => {
  it('give English exactly the Vietnamese keys, each with the same named values, none empty', () => {
    expect(Object.keys(catalogues.en).sort()).toEqual(Object.keys(catalogues.vi).sort());
    for (const [key, vi] of Object.entries(catalogues.vi)) {
      const en = catalogues.en[key as keyof typeof catalogues.en];
      expect(vi.trim(), key).not.toBe('');
      expect(en.trim(), key).not.toBe('');
      expect(placeholders(en), key).toEqual(placeholders(vi));
    }
  });

  it('merge sections whose keys never collide (a later section would silently replace a text)', () => {
    for (const language of ['vi', 'en'] as const) {
      const keys = Object.values(sections[language]).flatMap((section) => Object.keys(section));
      expect(new Set(keys).size, language).toBe(keys.length);
      expect(Object.keys(catalogues[language]).length, language).toBe(keys.length);
    }
  });

  it('hold the core’s words too: every error code, the command line, the reasons inside errors', () => {
    const sections = new Set(Object.keys(catalogues.vi).map((key) => key.split('.')[0]));
    expect([...sections]).toEqual(expect.arrayContaining(['errors', 'cli', 'core', 'counting', 'results']));
  });

  it('put named values in, per language when given per language', () => {
    expect(say('vi', 'errors.NOT_FOUND', { what: message('core.thing.unit') })).toBe('Không tìm thấy đơn vị.');
    expect(say('en', 'errors.NOT_FOUND', { what: message('core.thing.unit') })).toBe('No such unit.');
    expect(message('cli.vault.auditEntryProblem', { sequence: 7, problem: { vi: 'bị sửa', en: 'altered' } })).toEqual({
      vi: 'mục 7: bị sửa',
      en: 'entry 7: altered',
    });
  });
});
