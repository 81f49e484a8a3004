import type { MessageKey } from '../i18n/messages';

/** The application's areas in navigation order; Alt + the position opens one. */
export const areas = [
  { id: 'overview', label: 'area.overview' },
  { id: 'campaigns', label: 'area.campaigns', purpose: 'area.campaigns.purpose' },
  { id: 'counting', label: 'area.counting', purpose: 'area.counting.purpose' },
  { id: 'results', label: 'area.results', purpose: 'area.results.purpose' },
  { id: 'archive', label: 'area.archive', purpose: 'area.archive.purpose' },
  { id: 'administration', label: 'area.administration', purpose: 'area.administration.purpose' },
] as const satisfies ReadonlyArray<{ id: string; label: MessageKey; purpose?: MessageKey }>;

export type Area = (typeof areas)[number];
export type AreaId = Area['id'];

export function areaFromHash(hash: string): AreaId {
  const id = hash.replace(/^#\/?/, '');
  return areas.find((area) => area.id === id)?.id ?? 'overview';
}
