import type { auditCalls } from '../../shared/contract/auditCalls';
import type { Handlers } from '../base/handlers';
import { listAudit, type ExternalAnchor, type ReadableDB, type Vault } from '../vault';

/** A calendar day (YYYY-MM-DD) as the instant it starts on this workstation's clock. */
function startOfLocalDay(day: string, plusDays = 0): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, date + plusDays).toISOString();
}

export interface AuditDependencies extends Pick<Vault, 'store' | 'maintenance'> {
  /** The anchors the features keep outside the chain (the sealed results'), the same the vault check uses. */
  readonly externalAnchors: (db: ReadableDB) => ExternalAnchor[];
}

export function createAuditHandlers({
  store,
  maintenance,
  externalAnchors,
}: AuditDependencies): Handlers<typeof auditCalls> {
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
        ...store.read(externalAnchors),
        ...anchors.map((anchor) => ({
          source: 'typed' as const,
          label: `${anchor.sequence}:${anchor.hash}`,
          ...anchor,
        })),
      ]),
  };
}
