import { z } from '../schema/z';

/**
 * An audit anchor: the head of the audit chain at one moment (the sequence of its last entry and
 * that entry's hash), written somewhere an insider with the vault key cannot rewrite unseen — in
 * a sealed result the head signs, on every print, in every backup. `audit verify` checks that the
 * history in the vault still leads to each: rewriting an entry before an anchor changes the hash
 * at the anchor's sequence, whatever is re-hashed and re-MACed after it.
 */
export const auditAnchorSchema = z
  .object({
    sequence: z.number().int().min(0),
    hash: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();
export type AuditAnchor = z.infer<typeof auditAnchorSchema>;

/** Fewest hex digits of a hash typed from paper that still pin one history (64 bits). */
export const typedHashMinimum = 16;

/** An anchor typed from paper: the sequence and the hash, or at least its first 16 hex digits. */
export const typedAnchorSchema = z
  .object({
    sequence: z.number().int().min(1),
    hash: z.string().regex(new RegExp(`^[0-9a-f]{${typedHashMinimum},64}$`)),
  })
  .strict();
export type TypedAnchor = z.infer<typeof typedAnchorSchema>;

/** "1234: 9f2c 77ab …" or "1234:9f2c77ab…" as read from paper; null unless it reads as an anchor. */
export function parseTypedAnchor(text: string): TypedAnchor | null {
  const match = /^\s*(?:#|số\s*)?(\d{1,12})\s*[:/]\s*([0-9a-fA-F\s]+)$/.exec(text);
  if (!match) return null;
  const parsed = typedAnchorSchema.safeParse({
    sequence: Number(match[1]),
    hash: match[2]!.replace(/\s+/g, '').toLowerCase(),
  });
  return parsed.success ? parsed.data : null;
}

export const anchorSources = ['seal', 'typed', 'backup'] as const;

/** One anchor checked against the vault's chain. */
export const anchorCheckSchema = z
  .object({
    source: z.enum(anchorSources),
    /** What carries it: the sealed result (person — unit, version), or what was typed. */
    label: z.string(),
    sequence: z.number().int().min(0),
    hash: z.string(),
    /** The chain in the vault has this hash at this sequence (and, for a seal, the seal is as signed). */
    holds: z.boolean(),
  })
  .strict();
export type AnchorCheck = z.infer<typeof anchorCheckSchema>;
