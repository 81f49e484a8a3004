import { roles, type Role } from '../roles';
import type { ErrorPayload } from '../errors';
import { z } from './zodSetup';

/**
 * Who may make a call: `public` needs no signed-in user (the first screen, the language
 * switch); otherwise the list of roles allowed.
 */
export type Access = 'public' | readonly [Role, ...Role[]];

/** Any signed-in user, whatever the role. */
export const anySignedIn: Access = roles;

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

/** Calls that take no arguments still take one (empty) object, so every call has one shape. */
export const noInput = z.object({}).strict();

/** Whether someone with this role (or nobody signed in: null) may make a call with this access rule. */
export function mayCall(access: Access, role: Role | null): boolean {
  if (access === 'public') return true;
  return role !== null && access.includes(role);
}
