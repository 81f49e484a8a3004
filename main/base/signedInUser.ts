import { AppError } from '../../shared/errors';
import type { CallContext } from '../core/dispatcher';
import type { SignedInUser } from '../session/sessionRegistry';

/** The caller of a role-restricted call; the dispatcher has already refused anonymous callers. */
export function signedInUser({ session }: CallContext): SignedInUser {
  if (!session.user) throw new AppError('NOT_SIGNED_IN');
  return session.user;
}
