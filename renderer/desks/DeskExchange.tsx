import { useCallback } from 'react';
import type { DeskUnit } from '../../shared/counting/deskProgress';
import type { OpenedKit } from '../../shared/desks/deskStatus';
import { ErrorNotice } from '../forms/ErrorNotice';
import { useLoaded } from '../forms/useLoaded';
import { useSession } from '../session/SessionContext';
import { DeskKits } from './DeskKits';
import { DeskPackageExport } from './DeskPackageExport';

/**
 * Below the desk overview, for the head: what goes between desks. At a desk (its campaign opened
 * from a kit) the package back to the main desk; at the main desk the kits out and the packages in.
 */
export function DeskExchange({ campaignId, shownUnits }: { campaignId: string; shownUnits: readonly DeskUnit[] }) {
  const session = useSession();
  const load = useCallback(() => session.call('desks.openedKit', { campaignId }), [session, campaignId]);
  const kit = useLoaded<OpenedKit | null | undefined>(load, undefined);
  if (kit.error) return <ErrorNotice error={kit.error} />;
  if (kit.value === undefined) return null;
  if (kit.value !== null) return <DeskPackageExport campaignId={campaignId} kit={kit.value} />;
  return <DeskKits campaignId={campaignId} shownUnits={shownUnits} />;
}
