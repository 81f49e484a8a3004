import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/contract';
import { catalogues } from '../../../shared/i18n/messages';
import { describeInputIssues, fieldIssues } from '../../../shared/schema/inputIssues';
import type { z } from '../../../shared/schema/z';
import { longBienCampaign } from '../../fixtures/campaignData';

/** The key of every field any call of the contract takes, however deep. */
function inputFieldNames(): Set<string> {
  const names = new Set<string>();
  const walk = (schema: z.ZodType, depth: number): void => {
    if (depth > 12) return;
    const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
    const inner = (key: string) => walk(def[key] as z.ZodType, depth + 1);
    switch (def.type) {
      case 'object':
        for (const [name, field] of Object.entries(def.shape as Record<string, z.ZodType>)) {
          names.add(name);
          walk(field, depth + 1);
        }
        return;
      case 'array':
        return inner('element');
      case 'optional':
      case 'nullable':
      case 'default':
      case 'readonly':
      case 'catch':
      case 'prefault':
      case 'nonoptional':
        return inner('innerType');
      case 'pipe':
        return inner('in');
      case 'record':
        return inner('valueType');
      case 'union':
        for (const option of def.options as z.ZodType[]) walk(option, depth + 1);
        return;
      default:
        return;
    }
  };
  for (const spec of Object.values(contract)) walk(spec.input as z.ZodType, 0);
  return names;
}

const campaign = longBienCampaign('00000000-0000-4000-8000-000000000000');

function issuesOf(input: unknown) {
  const parsed = contract['campaigns.create'].input.safeParse(input, { reportInput: true });
  if (parsed.success) throw new Error('accepted');
  return parsed.error.issues;
}

describe('messages about bad input', () => {
  it('has a name people know for every field any call takes', () => {
    const missing = [...inputFieldNames()].filter((name) => !(`field.${name}` in catalogues.vi));
    expect(missing).toEqual([]);
    expect(inputFieldNames().size).toBeGreaterThan(100);
  });

  it('names the field by its label and says what is wrong in plain words, never a validator’s jargon', () => {
    const issues = issuesOf({
      ...campaign,
      name: '',
      planDate: '27/01/2023',
      issuingBody: 'x'.repeat(1_000),
      keyingsRequired: 'hai',
      schedule: [{ ...campaign.schedule[0], templateVersionId: 'không phải mã' }],
      extra: 1,
    });
    const lines = fieldIssues(issues).map((issue) => `${issue.field?.vi}: ${issue.problem.vi}`);
    expect(lines).toContain('Tên: không được để trống');
    expect(lines).toContain('Ngày ban hành kế hoạch: cần một ngày dạng năm-tháng-ngày');
    expect(lines.some((line) => /^Cơ quan ban hành: dài quá: tối đa \d+ ký tự$/.test(line))).toBe(true);
    expect(lines).toContain('Số lần nhập mỗi lô: phải là một trong: 2, 3');
    expect(lines).toContain('Phiên bản mẫu phiếu, mục 1: không phải một mã hợp lệ');
    expect(lines.some((line) => line.endsWith('có thông tin không dùng được: extra'))).toBe(true);
    const message = describeInputIssues(issues);
    expect(message.vi).toMatch(/^Tên \(name\): không được để trống; /);
    expect(message.en).toContain('Name (name): must not be empty');
    for (const text of [...lines, message.vi, message.en])
      expect(text).not.toMatch(/\bstring\b|>=|<=|expected|received|mong đợi|Quá nhỏ|Quá lớn|Đầu vào/);
  });

  it('says "missing" for a field left out and lists the allowed values', () => {
    const { name: _left, ...withoutName } = campaign;
    const lines = fieldIssues(issuesOf({ ...withoutName, percentageBase: 'all' })).map(
      (issue) => `${issue.field?.en}: ${issue.problem.en}`,
    );
    expect(lines).toContain('Name: is missing');
    expect(lines.some((line) => line.startsWith('Percentage base: must be one of: returned'))).toBe(true);
  });
});
