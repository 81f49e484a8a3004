import type { Bilingual } from '../i18n/language';
import { catalogues, message, type MessageKey } from '../i18n/messages';
import type { z } from './z';

/** How many problems one message lists; the rest are counted, not spelled out. */
const listedIssues = 3;

const bilingualMarker = 'bilingual:';

/**
 * A schema's own message in both languages, e.g.
 * `z.string().regex(pattern, bilingualIssue({ vi: '…', en: '…' }))`.
 */
export function bilingualIssue(message: Bilingual): { message: string } {
  return { message: bilingualMarker + JSON.stringify(message) };
}

/** One problem with the input: where (as a dotted path and in words) and what. */
export interface FieldIssue {
  /** The field's key path, e.g. "schedule.0.pollDate" (what a script sends). */
  readonly path: string;
  /** The field as people know it, e.g. "Ngày lấy ý kiến, mục 1"; null for the input as a whole. */
  readonly field: Bilingual | null;
  readonly problem: Bilingual;
}

function fieldName(path: readonly PropertyKey[]): Bilingual | null {
  const named = path.filter((part): part is string => typeof part === 'string');
  const last = named.at(-1);
  if (last === undefined) return null;
  const key = `field.${last}`;
  const label: Bilingual =
    key in catalogues.vi ? message(key as MessageKey & `field.${string}`) : { vi: last, en: last };
  const index = path.findLast((part) => typeof part === 'number');
  return typeof index === 'number' ? message('input.item', { field: label, n: index + 1 }) : label;
}

const expectedKeys: Readonly<Record<string, MessageKey>> = {
  string: 'input.expected.string',
  number: 'input.expected.number',
  int: 'input.expected.int',
  boolean: 'input.expected.boolean',
  array: 'input.expected.array',
  object: 'input.expected.object',
};

function sizeProblem(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): Bilingual {
  const small = issue.code === 'too_small';
  const limit = Number(small ? issue.minimum : issue.maximum);
  const inclusive = issue.inclusive !== false;
  if (issue.origin === 'string') {
    if (issue.exact) return message('input.exactLength', { n: limit });
    if (small && limit <= 1) return message('input.empty');
    return message(small ? 'input.minLength' : 'input.maxLength', { n: limit });
  }
  if (issue.origin === 'array' || issue.origin === 'set') {
    if (small && limit <= 1) return message('input.empty');
    return message(small ? 'input.minItems' : 'input.maxItems', { n: limit });
  }
  if (small) return message(inclusive ? 'input.minNumber' : 'input.aboveNumber', { n: limit });
  return message(inclusive ? 'input.maxNumber' : 'input.belowNumber', { n: limit });
}

/** What is wrong, in words a person reads (never "string", ">=" or a type name). */
function problemOf(issue: z.core.$ZodIssue): Bilingual {
  if (issue.message.startsWith(bilingualMarker))
    return JSON.parse(issue.message.slice(bilingualMarker.length)) as Bilingual;
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return message('input.missing');
      return message(expectedKeys[issue.expected] ?? 'input.expected.other');
    case 'too_small':
    case 'too_big':
      return sizeProblem(issue);
    case 'invalid_format':
      if (issue.format === 'uuid' || issue.format === 'guid') return message('input.formatId');
      if (issue.format === 'date' || issue.format === 'datetime') return message('input.formatDate');
      return message('input.format');
    case 'invalid_value':
      return message('input.oneOf', { values: issue.values.map(String).join(', ') });
    case 'unrecognized_keys':
      return message('input.unknownFields', { keys: issue.keys.join(', ') });
    case 'invalid_union': {
      // A choice between fixed values (2 or 3): name the values rather than the failed forms.
      const values = issue.errors.flatMap((branch) =>
        branch.length === 1 && branch[0]!.code === 'invalid_value' && branch[0]!.path.length === 0
          ? branch[0]!.values
          : [undefined],
      );
      return values.every((value) => value !== undefined)
        ? message('input.oneOf', { values: values.map(String).join(', ') })
        : message('input.noVariant');
    }
    case 'not_multiple_of':
      return message('input.multipleOf', { n: Number(issue.divisor) });
    default:
      return message('input.invalid');
  }
}

/** The problems of a parse, one per issue, each naming its field. */
export function fieldIssues(issues: readonly z.core.$ZodIssue[]): FieldIssue[] {
  return issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    field: fieldName(issue.path),
    problem: problemOf(issue),
  }));
}

/**
 * Turns schema problems into one readable reason per language: each names the field as people
 * know it, with its key path in brackets for whoever wrote the script ("Ngày ban hành kế hoạch
 * (planDate): cần một ngày…"). The input itself is never echoed back.
 */
export function describeInputIssues(issues: readonly z.core.$ZodIssue[]): Bilingual {
  const described = fieldIssues(issues);
  const build = (language: 'vi' | 'en'): string => {
    const shown = described.slice(0, listedIssues).map((issue) => {
      const label = issue.field?.[language];
      const where = !label
        ? message('input.somewhere')[language]
        : label === issue.path
          ? label
          : `${label} (${issue.path})`;
      return `${where}: ${issue.problem[language]}`;
    });
    const hidden = described.length - shown.length;
    if (hidden > 0) shown.push(message('input.more', { n: hidden })[language]);
    return shown.join('; ');
  };
  return { vi: build('vi'), en: build('en') };
}
