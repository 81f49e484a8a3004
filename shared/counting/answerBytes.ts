import { severalMarks, type Answer } from './ballot';

/** The stored form of a row's mark: one byte — 0 blank, 1–10 the mark, 255 several marks. */
export const severalMarksByte = 255;

export function encodeMark(answer: Answer): number {
  return answer === severalMarks ? severalMarksByte : answer;
}

export function decodeMark(byte: number): Answer {
  return byte === severalMarksByte ? severalMarks : byte;
}

export function encodeAnswers(answers: readonly Answer[]): Uint8Array {
  return Uint8Array.from(answers, encodeMark);
}

export function decodeAnswers(bytes: Uint8Array): Answer[] {
  return Array.from(bytes, decodeMark);
}
