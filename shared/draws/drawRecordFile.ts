import { canonicalJson } from '../canonicalJson';
import type { DrawRecord } from './drawRecord';

/**
 * The draw record as the app saves it for anyone to check (FORMATS.md §6): canonical JSON, UTF-8,
 * one final newline, named after the day of the meeting.
 */
export function drawRecordFile(record: DrawRecord, heldOn: string): { fileName: string; text: string } {
  return { fileName: `boc-tham-${heldOn}.json`, text: `${canonicalJson(record)}\n` };
}
