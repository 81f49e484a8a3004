/** The addresses of the counting desk of a campaign: its overview, board, unit pages, keying, differences, fields sent back, keying-quality audits. */
export function deskPlaces(campaignId: string) {
  const root = `#/counting/${campaignId}`;
  const unit = (unitId: string) => `${root}/unit/${unitId}`;
  return {
    overview: root,
    board: `${root}/board`,
    unit,
    keying: (unitId: string, batchId: string) => `${unit(unitId)}/key/${batchId}`,
    differences: (unitId: string, batchId: string) => `${unit(unitId)}/differences/${batchId}`,
    returned: (unitId: string, batchId: string) => `${unit(unitId)}/returned/${batchId}`,
    audit: (unitId: string, batchId: string) => `${unit(unitId)}/audit/${batchId}`,
    auditKeying: (unitId: string, batchId: string) => `${unit(unitId)}/audit-key/${batchId}`,
    quality: `${root}/quality`,
  };
}
