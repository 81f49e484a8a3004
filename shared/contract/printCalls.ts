import { idSchema } from '../campaigns/campaignSchemas';
import { defineCall } from './define';
import { z } from './zodSetup';

/** What can be printed; each has one HTML document, shown as a preview or printed to PDF. */
export const printableSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('blankBallot'), versionId: idSchema }).strict(),
  z.object({ kind: z.literal('drawMinutes'), campaignId: idSchema }).strict(),
]);
export type Printable = z.infer<typeof printableSchema>;

export const printCalls = {
  'print.preview': defineCall({
    summary: 'A document as HTML (no scripts, no external resources) for the preview.',
    input: z.object({ document: printableSchema }).strict(),
    output: z.object({ title: z.string(), html: z.string() }).strict(),
    access: ['admin', 'head'],
  }),
  'print.pdf': defineCall({
    summary: 'The same document as an A4 PDF.',
    input: z.object({ document: printableSchema }).strict(),
    output: z.object({ fileName: z.string(), pdfBase64: z.string() }).strict(),
    access: ['admin', 'head'],
  }),
};
