import { useEffect, useState } from 'react';
import { apiGet } from './api.js';
import { useSession } from './session.js';
import { PORT_NAMES } from './port-names.js';

/** A port, airport or land crossing of the ports list (GET /ports): what a transit point is recorded by. */
export interface ListedPort {
  code: string;
  name: string;
  kind: 'seaport' | 'airport' | 'land_crossing';
  country: string;
  provinceCode: string | null;
  districtCode: string | null;
}

let portCache: Promise<ListedPort[]> | null = null;

/** The ports list (GET /ports), fetched once per page load after sign-in; fills PORT_NAMES. */
export function usePorts(): ListedPort[] {
  const [ports, setPorts] = useState<ListedPort[]>([]);
  const { session } = useSession();
  const signedIn = session ? session.token : null;
  useEffect(() => {
    if (signedIn === null) return;
    portCache ??= apiGet<{ ports: ListedPort[] }>('/ports').then((r) => {
      for (const port of r.data.ports) PORT_NAMES.set(port.code, port.name);
      return r.data.ports;
    });
    portCache.then(setPorts).catch(() => {
      portCache = null;
    });
  }, [signedIn]);
  return ports;
}
