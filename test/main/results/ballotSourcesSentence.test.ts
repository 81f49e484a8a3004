import { describe, expect, it } from 'vitest';
import { ballotSourcesHtml } from '../../../main/results/documents/ballotSourcesSentence';
import { countingMinutesHtml } from '../../../main/results/documents/countingMinutes';
import { resultReportHtml } from '../../../main/results/documents/resultReport';
import { ballotSourcesOf } from '../../../shared/results/ballotSources';
import {
  sampleCampaign,
  sampleComments,
  sampleConference,
  sampleCounts,
  sampleSeal,
  sampleTally,
} from './sampleResults';

const allPaper = ballotSourcesOf([{ kind: 'keyed', tool: null, valid: 19, invalid: 1 }]);

const report = (sources?: ReturnType<typeof ballotSourcesOf>) =>
  resultReportHtml({
    campaign: sampleCampaign,
    tally: sampleTally(),
    ...(sources ? { sources } : {}),
    seal: sampleSeal(),
    signerFingerprint: null,
    fewBallots: false,
    committee: { head: 'Trần Văn Bình', members: [] },
    comments: sampleComments,
    charts: { criteria: null, prestige: null },
    date: '2023-05-18',
  });

const minutes = (sources?: ReturnType<typeof ballotSourcesOf>) =>
  countingMinutesHtml({
    campaign: sampleCampaign,
    unitName: 'THCS Ngọc Lâm',
    conference: sampleConference,
    contests: [
      {
        tally: sampleTally(),
        counts: sampleCounts,
        seal: sampleSeal(),
        signerFingerprint: null,
        ...(sources ? { sources } : {}),
      },
    ],
    date: '2023-05-17',
  });

describe('the sentence on ballot sources in the prints (issue 19, point 4)', () => {
  it('says nothing for a contest counted on paper alone: the report and the minutes are byte for byte as before', () => {
    expect(ballotSourcesHtml(allPaper)).toBe('');
    expect(ballotSourcesHtml(null)).toBe('');
    expect(report(allPaper)).toBe(report());
    expect(minutes(allPaper)).toBe(minutes());
  });

  it('names one import alone, another survey tool by description, several with “và”', () => {
    const one = ballotSourcesOf([
      { kind: 'keyed', tool: null, valid: 10, invalid: 0 },
      { kind: 'survey', tool: 'other', valid: 10, invalid: 0 },
    ]);
    expect(ballotSourcesHtml(one)).toBe(
      '<p class="ballot-sources">Trong đó: phiếu giấy 10 phiếu (10 hợp lệ, 0 không hợp lệ); phiếu điện tử 10 phiếu ' +
        '(10 hợp lệ, 0 không hợp lệ), gồm 10 phiếu nhập từ công cụ khảo sát khác.</p>',
    );
    const three = ballotSourcesOf([
      { kind: 'survey', tool: 'kobo', valid: 5, invalid: 1 },
      { kind: 'survey', tool: 'limeSurvey', valid: 2, invalid: 0 },
      { kind: 'ballotLines', tool: null, valid: 3, invalid: 0 },
    ]);
    expect(ballotSourcesHtml(three)).toContain(
      'phiếu điện tử 11 phiếu (10 hợp lệ, 1 không hợp lệ), gồm 3 phiếu nhập từ tệp dữ liệu phiếu (JSON lines), ' +
        '6 phiếu nhập từ công cụ khảo sát KoboToolbox / ODK và 2 phiếu nhập từ công cụ khảo sát LimeSurvey.',
    );
    expect(report(three)).toContain('Trong đó: phiếu giấy 0 phiếu');
    expect(minutes(three)).toContain('Trong đó: phiếu giấy 0 phiếu');
  });
});
