import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { InterchangeFormat } from '../../shared/formats/formats';

const formatsFolder = join(import.meta.dirname, '..', '..', 'shared', 'formats');
const ajv = new Ajv2020({ allErrors: true, strict: false });
// uuid, date, date-time … are checked too, as a program reading the schemas would.
addFormats(ajv);
// zod writes two formats of its own: base64 (checked here), and "includes", which comes with
// the pattern that checks it.
ajv.addFormat('base64', /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/);
ajv.addFormat('includes', true);

/** The committed JSON Schema file of a format, as another program would read it. */
export function schemaFile(name: InterchangeFormat): Record<string, unknown> {
  return JSON.parse(readFileSync(join(formatsFolder, `${name}.schema.json`), 'utf8')) as Record<string, unknown>;
}

const validators = new Map<InterchangeFormat, ReturnType<typeof ajv.compile>>();

function validatorOf(name: InterchangeFormat): ReturnType<typeof ajv.compile> {
  let validate = validators.get(name);
  if (!validate) {
    validate = ajv.compile(schemaFile(name));
    validators.set(name, validate);
  }
  return validate;
}

/** Fails the test unless `data` is valid against the format's JSON Schema file (checked by ajv, not zod). */
export function expectMatchesFormat(name: InterchangeFormat, data: unknown): void {
  const validate = validatorOf(name);
  const valid = validate(data);
  expect(valid ? [] : validate.errors, `${name}.schema.json`).toEqual([]);
}

/** Whether `data` is valid, for tests that expect a file to be refused. */
export function matchesFormat(name: InterchangeFormat, data: unknown): boolean {
  return validatorOf(name)(data) as boolean;
}
