// Types for the tests of build/release/checksums.mjs (the script itself is plain JavaScript).
export interface SumEntry {
  name: string;
  sha256: string;
}
export declare function sha256File(path: string): Promise<string>;
export declare function formatSums(entries: readonly SumEntry[]): string;
export declare function parseSums(text: string): SumEntry[];
export declare function sumsOf(paths: readonly string[]): Promise<SumEntry[]>;
export declare function checkSums(sumsPath: string): Promise<Array<{ name: string; ok: boolean; reason?: string }>>;
