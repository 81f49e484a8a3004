import { useCallback } from 'react';
import type { UnitType } from '../../shared/campaigns/unitTypes';
import { useLoaded } from '../forms/useLoaded';
import { useSession } from '../session/SessionContext';

/** The unit types and a way to name one: screens show "Trường THCS", never the internal code "thcs". */
export function useUnitTypes() {
  const session = useSession();
  const load = useCallback(() => session.call('campaigns.unitTypes', {}), [session]);
  const types = useLoaded<UnitType[]>(load, []);
  const nameOf = (code: string) => types.value.find((type) => type.code === code)?.name ?? '…';
  return { types: types.value, nameOf };
}
