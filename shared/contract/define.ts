import type { Access } from '../access';
import type { ErrorPayload } from '../errors';
import type { z } from '../schema/z';

export interface CallSpec<Input extends z.ZodType = z.ZodType, Output extends z.ZodType = z.ZodType> {
  /** What the call does, for the documentation and the audit catalogue. */
  readonly summary: string;
  readonly input: Input;
  readonly output: Output;
  readonly access: Access;
}

/** Keeps each call's literal schema types while checking it has every field. */
export function defineCall<Input extends z.ZodType, Output extends z.ZodType>(
  spec: CallSpec<Input, Output>,
): CallSpec<Input, Output> {
  return spec;
}

export type Contract = Readonly<Record<string, CallSpec>>;

export type CallResult<Output> =
  { readonly ok: true; readonly value: Output } | { readonly ok: false; readonly error: ErrorPayload };
