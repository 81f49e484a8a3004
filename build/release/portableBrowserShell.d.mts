// Types for the tests of build/release/portableBrowserShell.mjs (the script itself is plain JavaScript).
export declare function productionDependencies(): string[];
export declare function buildPortable(options: {
  out: string;
  node?: string;
  platform?: string;
  arch?: string;
}): string;
export declare function archivePortable(folder: string, platform?: string): string;
