import type { FieldIssue } from './schema/inputIssues';
import type { Bilingual } from './i18n/language';
import { catalogues, message, type ParamsArgument } from './i18n/messages';
import type { errorTexts } from './i18n/vi/errors';

/**
 * Every failure that crosses the boundary between the core and a shell has a code, whose
 * message (`errors.<CODE>` in each language's catalogue) says why. Stack traces never cross.
 */
export type ErrorCode = keyof typeof errorTexts extends `errors.${infer Code}` ? Code : never;

const prefix = 'errors.';

export const errorCodes = Object.keys(catalogues.vi)
  .filter((key) => key.startsWith(prefix))
  .map((key) => key.slice(prefix.length)) as ErrorCode[];

/** Each code's message in both languages, before its named values are put in. */
export const errorCatalogue = Object.fromEntries(
  errorCodes.map((code) => [
    code,
    { vi: catalogues.vi[`errors.${code}`], en: catalogues.en[`errors.${code}`] } satisfies Bilingual,
  ]),
) as Readonly<Record<ErrorCode, Bilingual>>;

/** The named values a code's message takes: none, or exactly those of its {placeholders}. */
export type ErrorParams<Code extends ErrorCode> = ParamsArgument<`errors.${Code}`>;

/** The shape of an error on the wire. */
export interface ErrorPayload<Code extends ErrorCode = ErrorCode> {
  readonly code: Code;
  readonly message: Bilingual;
  /** Bad input only: each problem with the field it is in, so a form can name its own field. */
  readonly fields?: readonly FieldIssue[];
}

export function errorPayload<Code extends ErrorCode>(code: Code, ...params: ErrorParams<Code>): ErrorPayload<Code> {
  const fill = message as (key: string, params?: unknown) => Bilingual;
  return { code, message: fill(`errors.${code}`, params[0]) };
}

/**
 * An expected failure thrown from deep inside the core (a store that finds no such row, a
 * backup that does not decrypt); the dispatcher passes it on as the call's typed error, if
 * the call declares the code. Anything else thrown is a bug and becomes INTERNAL.
 */
export class AppError<Code extends ErrorCode = ErrorCode> extends Error {
  readonly payload: ErrorPayload<Code>;

  constructor(code: Code, ...params: ErrorParams<Code>) {
    const payload = errorPayload(code, ...params);
    super(payload.message.en);
    this.name = 'AppError';
    this.payload = payload;
  }

  /** Re-raises an error that came back from a call, e.g. in the CLI. */
  static fromPayload<Code extends ErrorCode>(payload: ErrorPayload<Code>): AppError<Code> {
    const error = new AppError('INTERNAL') as unknown as { payload: ErrorPayload<Code>; message: string };
    error.payload = payload;
    error.message = payload.message.en;
    return error as unknown as AppError<Code>;
  }
}

/**
 * An expected failure a handler returns rather than throws (vxsuite's rule): the call's result
 * type names the codes it may return, and a write that returns one is rolled back.
 */
export class Failure<Code extends ErrorCode = ErrorCode> {
  constructor(readonly payload: ErrorPayload<Code>) {}
}

export function fail<Code extends ErrorCode>(code: Code, ...params: ErrorParams<Code>): Failure<Code> {
  return new Failure(errorPayload(code, ...params));
}
