export const idleLockLimits = { minSeconds: 3, maxSeconds: 24 * 60 * 60 } as const;
