import type { CallName } from '../../shared/contract';

/** Sends one call to the core and returns its result as it came over the wire. */
export type Transport = (name: CallName, input: unknown) => Promise<unknown>;

type ElectronBridge = Readonly<Record<string, (input: unknown) => Promise<unknown>>>;

declare global {
  interface Window {
    /** Set by the Electron shell's preload: one function per call of the contract. */
    readonly kiemPhieu?: ElectronBridge;
  }
}

function electronTransport(bridge: ElectronBridge): Transport {
  return (name, input) => {
    const send = bridge[name];
    if (!send) return Promise.reject(new Error(`The shell does not offer ${name}`));
    return send(input);
  };
}

/** The browser shell: same-origin POST; the session cookie set at first visit carries the token. */
const httpTransport: Transport = async (name, input) => {
  const response = await fetch(`/api/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
    credentials: 'same-origin',
    cache: 'no-store',
  });
  return response.json();
};

export function detectTransport(): Transport {
  return window.kiemPhieu ? electronTransport(window.kiemPhieu) : httpTransport;
}
