/**
 * What a travelling desk package says about itself in the clear, read in the renderer only to
 * ask the head a precise question before merging ("Bàn phụ số 2: 5 lô, 2.500 phiếu"). Nothing
 * here is trusted: the main process opens the sealed file and checks the signature, the kit and
 * every ballot when the head confirms.
 */
export interface DeskPackagePreview {
  readonly deskName: string;
  readonly batches: number;
  readonly ballots: number;
}

export function deskPackagePreview(text: string): DeskPackagePreview | null {
  try {
    const { deskName, batches, ballots } = JSON.parse(text) as Record<string, unknown>;
    if (typeof deskName !== 'string' || typeof batches !== 'number' || typeof ballots !== 'number') return null;
    return { deskName, batches, ballots };
  } catch {
    return null;
  }
}
