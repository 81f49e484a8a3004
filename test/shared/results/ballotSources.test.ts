import { describe, expect, it } from 'vitest';
import { ballotSourcesOf, ballotSourcesSchema, hasElectronicBallots } from '../../../shared/results/ballotSources';

describe('ballots by source (issue 19, point 4)', () => {
  it('folds keyed and desk batches into paper, every import into electronic, one part per kind and tool', () => {
    const sources = ballotSourcesOf([
      { kind: 'survey', tool: 'kobo', valid: 5, invalid: 1 },
      { kind: 'keyed', tool: null, valid: 19, invalid: 1 },
      { kind: 'desk', tool: null, valid: 30, invalid: 2 },
      { kind: 'survey', tool: 'googleForms', valid: 10, invalid: 0 },
      { kind: 'ballotLines', tool: null, valid: 3, invalid: 1 },
      { kind: 'survey', tool: 'googleForms', valid: 2, invalid: 0 },
    ]);
    expect(sources).toEqual({
      paper: { valid: 49, invalid: 3 },
      electronic: {
        valid: 20,
        invalid: 2,
        // Ballot lines first, then the tools in their usual order, whatever order the rows came in.
        parts: [
          { kind: 'ballotLines', tool: null, valid: 3, invalid: 1 },
          { kind: 'survey', tool: 'googleForms', valid: 12, invalid: 0 },
          { kind: 'survey', tool: 'kobo', valid: 5, invalid: 1 },
        ],
      },
      total: { valid: 69, invalid: 5 },
    });
    expect(ballotSourcesSchema.parse(sources)).toEqual(sources);
    expect(hasElectronicBallots(sources)).toBe(true);
  });

  it('a contest counted on paper alone, and one with no ballot yet, have no electronic part', () => {
    const paper = ballotSourcesOf([{ kind: 'keyed', tool: null, valid: 20, invalid: 0 }]);
    expect(paper.electronic).toEqual({ valid: 0, invalid: 0, parts: [] });
    expect(hasElectronicBallots(paper)).toBe(false);
    expect(ballotSourcesOf([])).toEqual({
      paper: { valid: 0, invalid: 0 },
      electronic: { valid: 0, invalid: 0, parts: [] },
      total: { valid: 0, invalid: 0 },
    });
  });
});
