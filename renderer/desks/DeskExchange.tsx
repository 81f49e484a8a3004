import { useCallback } from 'react';
import { contract, mayCall } from '../../shared/contract';
import type { DeskUnit } from '../../shared/counting/deskProgress';
import type { OpenedKit } from '../../shared/desks/deskStatus';
import type { SessionUser } from '../../shared/session/sessionSchemas';
import { ErrorNotice } from '../forms/ErrorNotice';
import { useLoaded } from '../forms/useLoaded';
import { useSession } from '../session/SessionContext';
import { DeskKits } from './DeskKits';
import { DeskPackageExport } from './DeskPackageExport';

/**
 * Below the desk overview, what goes between desks: at a desk (its campaign opened from a kit)
 * the package back to the main desk; at the main desk the kits out and the packages in.
 */
export function DeskExchange({
  campaignId,
  user,
  shownUnits,
}: {
  campaignId: string;
  user: SessionUser;
  shownUnits: readonly DeskUnit[];
}) {
  const session = useSession();
  const allowed = mayCall(contract['desks.openedKit'].access, user.role);
  const load = useCallback(
    () =>
      allowed ? session.call('desks.openedKit', { campaignId }) : Promise.resolve({ ok: true as const, value: null }),
    [session, campaignId, allowed],
  );
  const kit = useLoaded<OpenedKit | null | undefined>(load, undefined);
  if (!allowed) return null;
  if (kit.error) return <ErrorNotice error={kit.error} />;
  if (kit.value === undefined) return null;
  if (kit.value !== null)
    return mayCall(contract['desks.exportPackage'].access, user.role) ? (
      <DeskPackageExport campaignId={campaignId} kit={kit.value} />
    ) : null;
  return mayCall(contract['desks.makeKit'].access, user.role) ? (
    <DeskKits campaignId={campaignId} shownUnits={shownUnits} />
  ) : null;
}
