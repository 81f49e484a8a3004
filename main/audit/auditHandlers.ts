import type { auditCalls } from '../../shared/contract/auditCalls';
import type { Handlers } from '../base/handlers';
import { sealAuditAnchors } from '../results';
import { listAudit, type Vault } from '../vault';

/** A calendar day (YYYY-MM-DD) as the instant it starts on this workstation's clock. */
function startOfLocalDay(day: string, plusDays = 0): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, date + plusDays).toISOString();
}

export function createAuditHandlers({
  store,
  maintenance,
}: Pick<Vault, 'store' | 'maintenance'>): Handlers<typeof auditCalls> {
  return {
    'audit.list': ({ event, userLogin, from, to, limit, offset }) =>
      store.read((db) =>
        listAudit(db, {
          ...(event ? { event } : {}),
          ...(userLogin ? { userLogin } : {}),
          ...(from ? { from: startOfLocalDay(from) } : {}),
          ...(to ? { before: startOfLocalDay(to, 1) } : {}),
          limit,
          offset,
        }),
      ),
    'audit.verify': ({ anchors }) =>
      maintenance.verifyAudit([
        ...store.read(sealAuditAnchors),
        ...anchors.map((anchor) => ({
          source: 'typed' as const,
          label: `${anchor.sequence}:${anchor.hash}`,
          ...anchor,
        })),
      ]),
  };
}
