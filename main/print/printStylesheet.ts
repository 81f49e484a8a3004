import { createHash } from 'node:crypto';

/**
 * The one stylesheet of every printed document (Hướng dẫn 36-HD/VPTW: Times New Roman or its
 * metric twin Liberation Serif, A4). It travels inside the document in a single <style>
 * element; the Content-Security-Policy allows exactly this text by its hash, so the preview
 * frame renders it while any other inline style stays blocked.
 */
export const printStylesheet = `
@page { size: A4 portrait; margin: 20mm 15mm 20mm 30mm; }
html { font-family: 'Times New Roman', 'Liberation Serif', 'Tinos', serif; font-size: 13pt; line-height: 1.35; color: #000; background: #fff; }
body { margin: 0; }
.page { max-width: 165mm; margin: 0 auto; }
@media screen { body { padding: 12mm; background: #e7e5e0; } .page { background: #fff; padding: 20mm 15mm 20mm 30mm; box-shadow: 0 1px 4px rgba(0,0,0,.25); max-width: 210mm; box-sizing: border-box; } }
p { margin: 0 0 6pt; text-align: justify; }
h1, h2, h3 { font-weight: bold; margin: 0; }
.doc-header { display: flex; justify-content: space-between; align-items: flex-start; margin-bottom: 14pt; }
.doc-header .issuer, .doc-header .party { text-align: center; }
.doc-header .issuer { font-size: 13pt; }
.doc-header .issuer .body-line:first-child { font-weight: normal; }
.doc-header .issuer .body-line { font-weight: bold; }
.doc-header .party-name { font-weight: bold; text-decoration: underline; font-size: 14pt; }
.doc-header .date-line { font-style: italic; margin-top: 8pt; }
.doc-header .star { margin: 2pt 0; }
.doc-title { text-align: center; font-size: 15pt; margin: 10pt 0 2pt; }
.doc-subtitle { text-align: center; font-weight: bold; margin: 0 0 12pt; }
.ballot-title { text-align: center; font-size: 15pt; margin: 0 0 6pt; }
.ballot-subtitle { text-align: center; font-weight: bold; font-style: italic; margin: 0 0 12pt; }
.blank { letter-spacing: 1pt; }
.section-heading { font-weight: bold; margin: 12pt 0 6pt; }
table { border-collapse: collapse; width: 100%; page-break-inside: auto; }
tr { page-break-inside: avoid; }
th, td { border: 1px solid #000; padding: 3pt 4pt; vertical-align: middle; }
th { font-weight: bold; text-align: center; }
td.number, td.mark { text-align: center; }
table.criteria { table-layout: fixed; }
col.number { width: 9mm; }
col.mark { width: 13mm; }
th.level { font-size: 11pt; }
col.points { width: 7mm; }
col.note { width: 28mm; }
td.criterion { text-align: left; }
.dotted-line { border-bottom: 1px dotted #000; height: 18pt; margin-bottom: 2pt; }
.prestige { display: flex; flex-wrap: wrap; gap: 6pt 28pt; margin-top: 6pt; }
.tick-box { display: inline-block; width: 10pt; height: 10pt; border: 1px solid #000; margin-right: 6pt; vertical-align: -1pt; }
.seed { font-family: 'Liberation Mono', 'DejaVu Sans Mono', monospace; border: 1px solid #000; padding: 4pt 8pt; display: inline-block; }
.command { font-family: 'Liberation Mono', 'DejaVu Sans Mono', monospace; font-size: 11pt; }
.candidates { columns: 2; column-gap: 10mm; margin: 4pt 0 8pt 18pt; padding: 0; }
.signatures { display: flex; justify-content: space-between; flex-wrap: wrap; gap: 12pt; margin-top: 18pt; page-break-inside: avoid; }
.signature { text-align: center; min-width: 55mm; }
.signature .heading { font-weight: bold; }
.signature .space { height: 60pt; }
.signature .name { font-weight: bold; }
.members { margin-top: 14pt; page-break-inside: avoid; }
.members .member { display: flex; justify-content: space-between; margin: 10pt 0; }
.page-break { page-break-after: always; }
`;

/** The CSP source that allows exactly this stylesheet: 'sha256-<base64>'. */
export const printStylesheetHash = `'sha256-${createHash('sha256').update(printStylesheet, 'utf8').digest('base64')}'`;
