import type { AppContract } from '../../shared/contract';
import type { Handlers } from '../core/dispatcher';
import { listAudit } from '../vault/audit/auditLog';
import type { Vault } from '../vault/vault';

type AuditHandlers = Pick<Handlers<AppContract>, 'audit.list' | 'audit.verify'>;

/** A calendar day (YYYY-MM-DD) as the instant it starts on this workstation's clock. */
function startOfLocalDay(day: string, plusDays = 0): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, date + plusDays).toISOString();
}

export function createAuditService(vault: Vault): AuditHandlers {
  return {
    'audit.list': ({ event, userLogin, from, to, limit, offset }) =>
      vault.read((db) =>
        listAudit(db, {
          ...(event ? { event } : {}),
          ...(userLogin ? { userLogin } : {}),
          ...(from ? { from: startOfLocalDay(from) } : {}),
          ...(to ? { before: startOfLocalDay(to, 1) } : {}),
          limit,
          offset,
        }),
      ),
    'audit.verify': () => vault.verifyAudit(),
  };
}
