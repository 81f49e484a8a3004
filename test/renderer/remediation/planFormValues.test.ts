import { describe, expect, it } from 'vitest';
import type { RemediationPerson, RemediationView } from '../../../shared/remediation/remediationSchemas';
import { emptyMeasure, planFormValuesOf, planInputOf } from '../../../renderer/remediation/planFormValues';
import { filterPeople } from '../../../renderer/remediation/remediationPeopleFilter';

const criteria = [1, 2, 3].map((number) => ({ number, text: `Nội dung số ${number}` }));

const view = (plan: RemediationView['plan']): RemediationView => ({
  contestId: 'contest-1',
  campaignId: 'campaign-1',
  campaignName: 'Lấy ý kiến năm 2023',
  year: 2023,
  subjectName: 'Dương Văn Khải',
  positions: ['Hiệu trưởng'],
  unitName: 'THCS Ngọc Lâm',
  criteria,
  flagged: [
    { number: 1, text: 'Nội dung số 1', lowShare: 3000 },
    { number: 2, text: 'Nội dung số 2', lowShare: 3000 },
  ],
  lowPrestige: false,
  status: plan ? 'submitted' : 'notSubmitted',
  plan,
});

describe('the remediation plan form', () => {
  it('opens a plan not entered yet on paper, submitted today, with one measure per flagged criterion', () => {
    expect(planFormValuesOf(view(null), '2023-06-10')).toEqual({
      source: 'paper',
      submittedOn: '10/06/2023',
      measures: [emptyMeasure('1'), emptyMeasure('2')],
    });
  });

  it('opens one blank measure when only prestige was low', () => {
    const prestigeOnly = { ...view(null), flagged: [], lowPrestige: true };
    expect(planFormValuesOf(prestigeOnly, '2023-06-10').measures).toEqual([emptyMeasure()]);
  });

  it('opens a saved plan as saved, its measures keeping their ids, "other" with its own wording', () => {
    const saved = view({
      id: 'plan-1',
      source: 'unit',
      submittedOn: '2023-06-10',
      recordedStatus: 'submitted',
      notes: [],
      measures: [
        {
          id: 'm-1',
          criterionNumber: 1,
          criterionText: 'Nội dung số 1',
          measures: 'Họp chi bộ',
          deadline: '2023-09-30',
          checker: 'Chi ủy',
          doneOn: null,
          overdue: false,
        },
        {
          id: 'm-2',
          criterionNumber: null,
          criterionText: 'Tác phong',
          measures: 'Sửa tác phong',
          deadline: '2023-12-31',
          checker: 'Chi ủy',
          doneOn: '2023-10-05',
          overdue: false,
        },
      ],
    });
    expect(planFormValuesOf(saved, '2024-01-01')).toEqual({
      source: 'unit',
      submittedOn: '10/06/2023',
      measures: [
        {
          id: 'm-1',
          criterion: '1',
          criterionText: '',
          measures: 'Họp chi bộ',
          deadline: '30/09/2023',
          checker: 'Chi ủy',
        },
        {
          id: 'm-2',
          criterion: 'other',
          criterionText: 'Tác phong',
          measures: 'Sửa tác phong',
          deadline: '31/12/2023',
          checker: 'Chi ủy',
        },
      ],
    });
  });

  it('goes to the core trimmed, dates as ISO days, a row by its number, "other" as null with its wording, new measures without id', () => {
    expect(
      planInputOf('contest-1', {
        source: 'paper',
        submittedOn: '10062023',
        measures: [
          {
            id: 'm-1',
            criterion: '2',
            criterionText: 'ignored',
            measures: ' Họp ',
            deadline: '30/9/2023',
            checker: ' Chi ủy ',
          },
          {
            id: '',
            criterion: 'other',
            criterionText: ' Tác phong ',
            measures: 'Sửa',
            deadline: '31/12/2023',
            checker: 'Chi ủy',
          },
        ],
      }),
    ).toEqual({
      contestId: 'contest-1',
      source: 'paper',
      submittedOn: '2023-06-10',
      measures: [
        {
          id: 'm-1',
          criterionNumber: 2,
          criterionText: '',
          measures: 'Họp',
          deadline: '2023-09-30',
          checker: 'Chi ủy',
        },
        {
          criterionNumber: null,
          criterionText: 'Tác phong',
          measures: 'Sửa',
          deadline: '2023-12-31',
          checker: 'Chi ủy',
        },
      ],
    });
  });
});

describe('the people of a campaign filtered by the status of their plan', () => {
  const person = (contestId: string, status: RemediationPerson['status']): RemediationPerson => ({
    contestId,
    subjectId: `subject-${contestId}`,
    subjectName: contestId,
    positions: [],
    unitName: 'Đơn vị',
    templateName: 'Mẫu',
    sealed: status !== null,
    flagged: 0,
    lowPrestige: false,
    status,
    submittedOn: null,
    measures: 0,
    overdueMeasures: 0,
  });
  const people = [person('a', 'overdue'), person('b', null), person('c', 'done'), person('d', 'overdue')];

  it('keeps everyone, one status, or those not sealed yet (no status at all)', () => {
    expect(filterPeople(people, 'all').map((item) => item.contestId)).toEqual(['a', 'b', 'c', 'd']);
    expect(filterPeople(people, 'overdue').map((item) => item.contestId)).toEqual(['a', 'd']);
    expect(filterPeople(people, 'unsealed').map((item) => item.contestId)).toEqual(['b']);
    expect(filterPeople(people, 'notSubmitted')).toEqual([]);
  });
});
