// Types for the test that checks the import table (the rule itself is plain JavaScript for ESLint).
export declare const baseLayer: readonly string[];
export declare const features: readonly string[];
export declare const mayImport: Readonly<Record<string, readonly string[]>>;
export declare const mainImportTableRule: unknown;
