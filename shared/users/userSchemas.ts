import { bilingualIssue } from '../schema/inputIssues';
import { z } from '../schema/z';
import { roles } from '../roles';

/** Short names people type to sign in: lower-case letters, digits, dot, dash, underscore. */
export const loginSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^[a-z0-9][a-z0-9._-]{1,31}$/,
    bilingualIssue({
      vi: 'tên đăng nhập gồm 2–32 ký tự a–z, 0–9, dấu chấm, gạch ngang hoặc gạch dưới',
      en: 'a login is 2–32 characters of a–z, 0–9, dot, dash or underscore',
    }),
  );

export const fullNameSchema = z.string().trim().min(1).max(100);

/** Long enough to resist guessing at the desk; scrypt makes each guess slow. */
export const passwordSchema = z
  .string()
  .min(8, bilingualIssue({ vi: 'mật khẩu cần ít nhất 8 ký tự', en: 'a password needs at least 8 characters' }))
  .max(200);

export const roleSchema = z.enum(roles);

export const userSummarySchema = z
  .object({
    id: z.string(),
    login: z.string(),
    fullName: z.string(),
    role: roleSchema,
    createdAt: z.string(),
  })
  .strict();

export type UserSummary = z.infer<typeof userSummarySchema>;
