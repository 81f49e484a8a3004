import { afterEach, expect } from 'vitest';
import { reportedBugs } from '../helpers/reportedBugs';

afterEach(() => {
  const reported = reportedBugs.splice(0).map(({ call, error }) => `${call}: ${String(error)}`);
  expect(reported, 'the cores of this test reported bugs').toEqual([]);
});
