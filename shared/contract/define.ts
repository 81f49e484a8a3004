import type { Access } from '../access';
import type { ErrorPayload } from '../errors';
import type { z } from '../schema/z';
import type { Shell } from '../shells';

export interface CallSpec<Input extends z.ZodType = z.ZodType, Output extends z.ZodType = z.ZodType> {
  /** What the call does, for the documentation and the audit catalogue. */
  readonly summary: string;
  readonly input: Input;
  readonly output: Output;
  readonly access: Access;
  /**
   * Where the call may come from, when not from every shell: a call that takes a path on this
   * machine's disk (a backup file, a folder to restore into) is for the command line, where the
   * person typing it is at the machine, never for a page.
   */
  readonly shells?: readonly [Shell, ...Shell[]];
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
