// Types for the tests of build/release/checkFuses.mjs (the script itself is plain JavaScript).
export type FuseWire = { version: string } & Record<number, number>;
export declare const fuseByte: { disabled: number; enabled: number; removed: number };
export declare const sentinel: string;
export declare const fuseOptionOfKey: Readonly<Record<string, string>>;
export declare function readElectronFuses(yamlText: string): Record<string, boolean>;
export declare function compareFuses(
  expected: Record<string, boolean>,
  wire: FuseWire,
  options?: Record<string | number, string | number>,
): { problems: string[]; unconfigured: string[] };
export declare function holdsSentinel(path: string): boolean;
export declare function findPackagedApps(releaseFolder: string): string[];
export declare function checkRelease(options: {
  releaseFolder: string;
  configText: string;
  readWire?: (app: string) => Promise<FuseWire>;
}): Promise<{
  ok: boolean;
  expected: Record<string, boolean>;
  results: Array<{ app: string; problems: string[]; unconfigured: string[] }>;
}>;
