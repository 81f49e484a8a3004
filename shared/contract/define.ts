import type { Access } from '../access';
import type { ErrorCode, ErrorPayload } from '../errors';
import type { z } from '../schema/z';
import type { Shell } from '../shells';

/**
 * What any call may answer whatever it does: the name, the role, the shell or the input was
 * refused, the core failed (a bug), or the way to the core is broken.
 */
export const boundaryErrors = [
  'UNKNOWN_CALL',
  'INVALID_INPUT',
  'NOT_SIGNED_IN',
  'FORBIDDEN',
  'SHELL_NOT_ALLOWED',
  'INTERNAL',
  'CORE_UNREACHABLE',
  'UNAUTHORIZED',
  'FOREIGN_REQUEST',
] as const satisfies readonly ErrorCode[];
export type BoundaryErrorCode = (typeof boundaryErrors)[number];

export interface CallSpec<
  Input extends z.ZodType = z.ZodType,
  Output extends z.ZodType = z.ZodType,
  Errors extends readonly ErrorCode[] = readonly ErrorCode[],
> {
  /** What the call does, for the documentation and the audit catalogue. */
  readonly summary: string;
  readonly input: Input;
  readonly output: Output;
  readonly access: Access;
  /**
   * The expected failures of this call besides the boundary's: its result type names exactly
   * these, its handler may return only these, and the dispatcher reports any other as a bug.
   */
  readonly errors: Errors;
  /**
   * Where the call may come from, when not from every shell: a call that takes a path on this
   * machine's disk (a backup file, a folder to restore into) is for the command line, where the
   * person typing it is at the machine, never for a page.
   */
  readonly shells?: readonly [Shell, ...Shell[]];
}

/** Keeps each call's literal schema types and error codes while checking it has every field. */
export function defineCall<
  Input extends z.ZodType,
  Output extends z.ZodType,
  const Errors extends readonly ErrorCode[],
>(spec: CallSpec<Input, Output, Errors>): CallSpec<Input, Output, Errors> {
  return spec;
}

export type Contract = Readonly<Record<string, CallSpec>>;

/** The codes a call may fail with: its own and the boundary's. */
export type CallErrorCode<Spec extends CallSpec> = Spec['errors'][number] | BoundaryErrorCode;

export type CallResult<Output, Code extends ErrorCode = ErrorCode> =
  { readonly ok: true; readonly value: Output } | { readonly ok: false; readonly error: ErrorPayload<Code> };
