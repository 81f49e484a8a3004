import type { Handler, Handlers, CallerSession } from '../base/handlers';
import { describeInputIssues, fieldIssues } from '../../shared/schema/inputIssues';
import { boundaryErrors, mayCall, type CallResult, type CallSpec, type Contract } from '../../shared/contract';
import { AppError, errorPayload, Failure, type ErrorPayload } from '../../shared/errors';
import { roleLabels } from '../../shared/roles';
import { shellLabels } from '../../shared/shells';

/** A call failed with a code its contract does not declare: the declaration is wrong. */
export class UndeclaredError extends Error {}

export type BugReporter = (call: string, error: unknown) => void;

export interface DispatcherHooks {
  /** After the role check passed for a signed-in caller: the call counts as activity. */
  readonly onAuthorized?: (name: string, session: CallerSession) => void;
}

export interface Dispatcher {
  readonly callNames: readonly string[];
  /** Never throws and never rejects: every outcome is a CallResult. */
  dispatch(name: unknown, rawInput: unknown, session: CallerSession): Promise<CallResult<unknown>>;
}

const failure = (error: ErrorPayload): CallResult<never> => ({ ok: false, error });

function refusal(spec: CallSpec, session: CallerSession): ErrorPayload | null {
  if (!mayCall(spec.access, session.user?.role ?? null)) {
    if (session.user === null) return errorPayload('NOT_SIGNED_IN');
    return errorPayload('FORBIDDEN', { role: roleLabels[session.user.role] });
  }
  if (spec.shells && !spec.shells.includes(session.shell)) {
    const names = (language: 'vi' | 'en') => spec.shells!.map((shell) => shellLabels[shell][language]).join(', ');
    return errorPayload('SHELL_NOT_ALLOWED', { shells: { vi: names('vi'), en: names('en') } });
  }
  return null;
}

/**
 * The only way to reach a service. For each call: the name must be in the contract, the
 * caller's role must be allowed (checked before the input is even read), the input must
 * parse, and what the handler returns must match the output schema. Expected failures (a
 * returned Failure, or an AppError thrown from deep inside) are passed on as typed errors; a
 * code the call does not declare is reported as a bug in the declaration (and still passed on,
 * so the person reads why); anything else is a bug, reported on the main side and answered with
 * INTERNAL so no stack trace leaves the core.
 */
export function createDispatcher<C extends Contract>(
  contract: C,
  handlers: Handlers<C>,
  reportBug: BugReporter,
  hooks: DispatcherHooks = {},
): Dispatcher {
  const callNames = Object.keys(contract);

  function report(call: string, error: unknown): void {
    try {
      reportBug(call, error);
    } catch {
      // A failing reporter must not break the promise that dispatch never throws.
    }
  }

  function internal(call: string, error: unknown): CallResult<never> {
    report(call, error);
    return failure(errorPayload('INTERNAL'));
  }

  function expected(call: string, spec: CallSpec, payload: ErrorPayload): CallResult<never> {
    const declared = (spec.errors as readonly string[]).includes(payload.code);
    if (!declared && !(boundaryErrors as readonly string[]).includes(payload.code))
      report(call, new UndeclaredError(`${call} failed with ${payload.code}, which its contract does not declare`));
    return failure(payload);
  }

  async function dispatch(name: unknown, rawInput: unknown, session: CallerSession): Promise<CallResult<unknown>> {
    if (typeof name !== 'string' || !Object.hasOwn(contract, name)) {
      const shown = typeof name === 'string' ? name.slice(0, 80) : `(${typeof name})`;
      return failure(errorPayload('UNKNOWN_CALL', { call: shown }));
    }
    const spec = contract[name] as CallSpec;
    const handler = handlers[name] as Handler<CallSpec>;
    try {
      const refused = refusal(spec, session);
      if (refused) return failure(refused);
      if (spec.access !== 'public') hooks.onAuthorized?.(name, session);

      const parsed = spec.input.safeParse(rawInput, { reportInput: true });
      if (!parsed.success) {
        const { issues } = parsed.error;
        return failure({
          ...errorPayload('INVALID_INPUT', { reason: describeInputIssues(issues) }),
          fields: fieldIssues(issues),
        });
      }

      const output: unknown = await handler(parsed.data, { session });
      if (output instanceof Failure) return expected(name, spec, output.payload);
      const checked = spec.output.safeParse(output);
      if (!checked.success)
        return internal(name, new Error(`output of ${name} breaks its schema: ${checked.error.message}`));
      return { ok: true, value: checked.data };
    } catch (error) {
      if (error instanceof AppError) return expected(name, spec, error.payload);
      return internal(name, error);
    }
  }

  return { callNames, dispatch };
}
