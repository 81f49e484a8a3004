/**
 * The places of remediation in #/plans: the people of a campaign and one person's plan
 * (#/plans/remediation/<campaignId>[/<contestId>]), the matches to last year
 * (#/plans/matches/<campaignId>) and the district's view (#/plans/district/<campaignId>).
 */
export type RemediationSectionId = 'remediation' | 'matches' | 'district';

/** A section for a campaign; without one, the section opens on the newest campaign. */
export function sectionHref(section: RemediationSectionId, campaignId?: string): string {
  return campaignId ? `#/plans/${section}/${campaignId}` : `#/plans/${section}`;
}

export function planPageHref(campaignId: string, contestId: string): string {
  return `#/plans/remediation/${campaignId}/${contestId}`;
}

/** What is overdue in the plans of the Party committee (plans.overdue). */
export const overdueTasksHref = '#/plans/overdue';
