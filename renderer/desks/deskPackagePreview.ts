/**
 * What a desk package says about itself, read in the renderer only to ask the head a precise
 * question before merging ("Bàn phụ số 2: 5 lô, 2.500 phiếu"). Nothing here is trusted: the
 * main process checks the signature, the kit and every ballot when the head confirms.
 */
export interface DeskPackagePreview {
  readonly deskName: string;
  readonly batches: number;
  readonly ballots: number;
}

export function deskPackagePreview(text: string): DeskPackagePreview | null {
  try {
    const file = JSON.parse(text) as { content?: unknown };
    if (typeof file.content !== 'string') return null;
    const content = JSON.parse(file.content) as { deskName?: unknown; batches?: unknown };
    if (typeof content.deskName !== 'string' || !Array.isArray(content.batches)) return null;
    const batches = content.batches as Array<{ ballots?: unknown }>;
    return {
      deskName: content.deskName,
      batches: batches.length,
      ballots: batches.reduce((total, batch) => total + (Array.isArray(batch.ballots) ? batch.ballots.length : 0), 0),
    };
  } catch {
    return null;
  }
}
