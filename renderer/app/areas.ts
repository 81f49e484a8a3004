import type { SessionUser } from '../../shared/session/sessionSchemas';
import type { MessageKey } from '../i18n/messages';

/** The application's areas in navigation order; Alt + the position opens one. */
export const areas = [
  { id: 'overview', label: 'area.overview' },
  { id: 'campaigns', label: 'area.campaigns' },
  { id: 'counting', label: 'area.counting' },
  { id: 'results', label: 'area.results' },
  { id: 'ratings', label: 'area.ratings' },
  { id: 'plans', label: 'area.plans' },
  { id: 'archive', label: 'area.archive' },
  { id: 'administration', label: 'area.administration' },
] as const satisfies ReadonlyArray<{ id: string; label: MessageKey }>;

export type Area = (typeof areas)[number];
export type AreaId = Area['id'];

export interface Route {
  readonly area: AreaId;
  /** The part after the area, e.g. "users" in #/administration/users. */
  readonly section: string | null;
  /** What follows the section, e.g. ["units"] in #/campaigns/<id>/units. */
  readonly rest: readonly string[];
}

/** What an area's screen is given: who is signed in, and where in the area the route points. */
export interface AreaProps extends Pick<Route, 'section' | 'rest'> {
  readonly user: SessionUser;
}

export function routeFromHash(hash: string): Route {
  const [id, section, ...rest] = hash.replace(/^#\/?/, '').split('/');
  const area = areas.find((candidate) => candidate.id === id)?.id ?? 'overview';
  return { area, section: section || null, rest: rest.filter(Boolean) };
}
