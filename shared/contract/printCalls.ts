import { printableSchema } from '../print/printables';
import { access } from '../access';
import { defineCall } from './define';
import { z } from '../schema/z';

export const printCalls = {
  'print.preview': defineCall({
    summary: 'A document as HTML (no scripts, no external resources) for the preview.',
    input: z.object({ document: printableSchema }).strict(),
    output: z.object({ title: z.string(), html: z.string() }).strict(),
    access: access.adminOrHead,
    errors: ['PRINT_UNAVAILABLE', 'NOT_FOUND', 'NOT_SEALED', 'KIOSK_CODE_INVALID'],
  }),
  'print.pdf': defineCall({
    summary: 'The same document as an A4 PDF.',
    input: z.object({ document: printableSchema }).strict(),
    output: z.object({ fileName: z.string(), pdfBase64: z.string() }).strict(),
    access: access.adminOrHead,
    errors: ['PRINT_UNAVAILABLE', 'NOT_FOUND', 'NOT_SEALED', 'KIOSK_CODE_INVALID'],
  }),
};
