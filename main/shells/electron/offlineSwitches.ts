import {
  disableFeaturesSwitch,
  hostResolverRules,
  offlineChromiumSwitches,
  offlineDisabledFeatures,
} from '../../base/offlineChromium';

/**
 * The offline switches (main/base/offlineChromium.ts) that Electron's Chromium knows: the network
 * service's and the content layer's. The rest belong to Chrome's own browser layer — sync,
 * updates, first-run dialogs, Chrome's background services, extensions — which Electron does not
 * have. Each shared switch is named in one of the two lists (a test checks), so a switch added to
 * the shared list needs a decision here too.
 */
export const electronHonours: ReadonlySet<string> = new Set(['--no-proxy-server', '--no-pings']);
export const chromeBrowserLayerOnly: ReadonlySet<string> = new Set([
  '--disable-sync',
  '--disable-component-update',
  '--disable-background-networking',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-extensions',
  '--disable-default-apps',
  '--disable-breakpad',
  '--disable-field-trial-config',
]);

export interface ElectronSwitch {
  readonly name: string;
  readonly value?: string;
}

function asSwitch(argument: string): ElectronSwitch {
  const [name, ...value] = argument.replace(/^--/, '').split('=');
  return value.length === 0 ? { name: name! } : { name: name!, value: value.join('=') };
}

/** For app.commandLine.appendSwitch, before the app is ready: the resolver rules, features, and those Electron honours. */
export function electronOfflineSwitches(): ElectronSwitch[] {
  return [
    { name: 'host-resolver-rules', value: hostResolverRules },
    ...offlineChromiumSwitches.filter((argument) => electronHonours.has(argument)).map(asSwitch),
    asSwitch(disableFeaturesSwitch(offlineDisabledFeatures)),
  ];
}
