import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInTemplates, schoolForm, wardForm } from '../../../shared/templates/builtInTemplates';
import { templateContentSchema } from '../../../shared/templates/templateContent';

// The source documents live outside the repository (../shared/seeds). Where they are absent (a
// clone elsewhere), the comparison is skipped and says so; the forms themselves are in the repo.
const seedsFolder = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'seeds');
const seedFile = existsSync(seedsFolder) ? readdirSync(seedsFolder).find((name) => name.startsWith('000_')) : undefined;
if (!seedFile) console.warn(`[templates] SKIPPED the seed comparison: ${seedsFolder} is not here`);

/** The numbered rows of one form's table in the seed: "N<TAB>text<TAB>…". */
function seedCriteria(text: string): string[] {
  return text
    .split('\n')
    .map((line) => /^(\d+)\t([^\t]+)\t/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => match[2]!);
}

describe.skipIf(!seedFile)('built-in forms against seed 000', () => {
  const seed = seedFile ? readFileSync(join(seedsFolder, seedFile), 'utf8') : '';
  const schoolPart = seed.slice(seed.indexOf('PHIẾU XIN Ý KIẾN ĐÁNH GIÁ'), seed.indexOf('PHIẾU LẤY Ý KIẾN ĐÁNH GIÁ'));
  const wardPart = seed.slice(seed.indexOf('PHIẾU LẤY Ý KIẾN ĐÁNH GIÁ'));

  it('the school form has the 15 criteria of the seed, character for character', () => {
    expect(seedCriteria(schoolPart)).toHaveLength(15);
    expect(schoolForm.criteria.map((criterion) => criterion.text)).toEqual(seedCriteria(schoolPart));
  });

  it('the ward form has the 18 criteria of the seed, character for character', () => {
    expect(seedCriteria(wardPart)).toHaveLength(18);
    expect(wardForm.criteria.map((criterion) => criterion.text)).toEqual(seedCriteria(wardPart));
  });

  it('titles, headings, levels, note column and prestige levels are the seed’s', () => {
    for (const [form, part] of [
      [schoolForm, schoolPart],
      [wardForm, wardPart],
    ] as const) {
      for (const words of [
        form.title,
        form.criteriaHeading,
        form.criteriaColumn,
        form.levelsColumn,
        form.noteColumn!,
        form.otherHeading!,
        form.prestigeHeading!,
        ...form.levels,
        ...form.prestigeLevels,
      ]) {
        expect(part, words).toContain(words);
      }
      expect(part).toContain('Việc thực hiện tu dưỡng, rèn luyện đạo đức gắn với trách nhiệm nêu gương');
    }
    expect(wardPart).toContain('(1)\t(2)\t(3)\t(4)');
    expect(wardForm.showLevelNumbers).toBe(true);
    expect(schoolForm.showLevelNumbers).toBe(false);
  });
});

describe('built-in templates', () => {
  it('are valid template content', () => {
    for (const template of builtInTemplates)
      expect(templateContentSchema.safeParse(template.content).success, template.code).toBe(true);
  });
});
