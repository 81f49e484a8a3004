import { type UserSummary, roleSchema } from '../users/userSchemas';
import { vaultStates } from '../vault/vaultStates';
import { z } from '../schema/z';
export const sessionUserSchema = z
  .object({ id: z.string(), login: z.string(), fullName: z.string(), role: roleSchema })
  .strict();

export type SessionUser = z.infer<typeof sessionUserSchema>;

export const sessionStatusSchema = z
  .object({
    vaultState: z.enum(vaultStates),
    vaultName: z.string().nullable(),
    user: sessionUserSchema.nullable(),
    /** Set when the vault locked itself after the idle time: the screen offers to unlock. */
    lockedBecauseIdle: z.boolean(),
    lastLogin: z.string().nullable(),
  })
  .strict();

export type SessionStatus = z.infer<typeof sessionStatusSchema>;

/** What a session keeps of a signed-in user. */
export function toSessionUser(user: UserSummary): SessionUser {
  return { id: user.id, login: user.login, fullName: user.fullName, role: user.role };
}
