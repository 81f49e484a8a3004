/** The event loop's next turn: long work in slices lets saves and screens go on between them. */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
