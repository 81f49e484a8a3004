/**
 * Bugs the cores of a test reported: an undeclared error code, an output that breaks its schema,
 * an exception. Tests' cores report here instead of stderr, and test/setup/noReportedBugs.ts
 * fails the test that caused any, so a wrong error declaration cannot pass unnoticed.
 */
export const reportedBugs: Array<{ call: string; error: unknown }> = [];

export function reportBugForTests(call: string, error: unknown): void {
  reportedBugs.push({ call, error });
}
