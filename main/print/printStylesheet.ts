import { createHash } from 'node:crypto';

/**
 * The one stylesheet of every printed document, after Hướng dẫn 36-HD/VPTW: Times New Roman or
 * its metric twin Liberation Serif, A4 portrait, margins 20 mm top and bottom, 30 mm left,
 * 15 mm right. It travels inside each document in a single <style> element; the
 * Content-Security-Policy allows exactly this text by its hash, so the preview frame renders it
 * while any other inline style stays blocked. Any edit changes the hash, which the CSP picks up
 * from `printStylesheetHash` at build time.
 */
export const printStylesheet = `
@page { size: A4 portrait; margin: 20mm 15mm 20mm 30mm; }
html { font-family: 'Times New Roman', 'Liberation Serif', serif; font-size: 13pt; line-height: 1.3; color: #000; background: #fff; }
body { margin: 0; }
.page { width: 165mm; margin: 0 auto; }
@media screen {
  body { padding: 10mm 0; background: #e7e5e0; }
  .page { width: 210mm; box-sizing: border-box; padding: 20mm 15mm 20mm 30mm; background: #fff; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.25); }
}
p { margin: 0 0 6pt; text-align: justify; }
h1, h2, h3 { margin: 0; font-size: inherit; }
ol, ul { margin: 0 0 6pt; }
.doc-header { display: flex; justify-content: space-between; align-items: flex-start; margin-bottom: 18pt; }
.doc-header .issuer { width: 70mm; text-align: center; font-size: 14pt; line-height: 1.2; }
.doc-header .issuer .upper-body { font-weight: normal; }
.doc-header .issuer .issuing-body { font-weight: bold; }
.doc-header .issuer .star { margin: 2pt 0 4pt; }
.doc-header .party { width: 92mm; text-align: center; }
.doc-header .party-name { font-size: 15pt; font-weight: bold; text-decoration: underline; text-underline-offset: 3pt; }
.doc-header .date-line { margin-top: 24pt; font-size: 14pt; font-style: italic; }
.doc-title { margin: 6pt 0 2pt; text-align: center; font-size: 15pt; font-weight: bold; }
.doc-subtitle { margin: 0 0 14pt; text-align: center; font-size: 14pt; font-weight: bold; }
.doc-subtitle::after { content: ''; display: block; width: 40mm; margin: 4pt auto 0; border-bottom: 1px solid #000; }
.ballot-title { margin: 0 0 4pt; text-align: center; font-size: 14pt; font-weight: bold; }
.ballot-subtitle { margin: 0 0 10pt; text-align: center; font-weight: bold; }
.ballot-subtitle .filled { font-style: italic; }
.section-heading { margin: 10pt 0 6pt; font-weight: bold; text-align: left; }
.group-heading { margin: 8pt 0 4pt; font-weight: bold; font-style: italic; break-after: avoid; page-break-after: avoid; }
.keep-together { break-inside: avoid; page-break-inside: avoid; }
table { width: 100%; border-collapse: collapse; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 1px solid #000; padding: 3pt 4pt; vertical-align: middle; }
th { font-weight: bold; text-align: center; }
td.number, td.mark { text-align: center; }
table.criteria { table-layout: fixed; font-size: 12pt; line-height: 1.25; }
table.criteria th.level { font-size: 11pt; padding: 3pt 1pt; }
table.criteria th.level-number { font-weight: normal; padding: 1pt; }
table.criteria th .explanation { display: block; font-weight: normal; font-style: italic; font-size: 10.5pt; }
table.criteria td { height: 26pt; vertical-align: top; }
table.criteria td.criterion { text-align: left; }
col.number { width: 9mm; }
col.mark { width: 14mm; }
col.mark-wide { width: 20mm; }
col.point { width: 7.5mm; }
col.note { width: 34mm; }
col.note-narrow { width: 22mm; }
.dotted-line { height: 20pt; border-bottom: 1px dotted #000; }
.prestige { display: flex; justify-content: space-between; margin: 8pt 0 0; padding: 0 4mm; }
.prestige .choice { white-space: nowrap; }
.tick-box { display: inline-block; width: 11pt; height: 11pt; margin-right: 5pt; border: 1px solid #000; vertical-align: -1pt; }
.seed { display: inline-block; margin: 2pt 0 6pt; padding: 4pt 10pt; border: 1px solid #000; font-family: 'Liberation Mono', 'DejaVu Sans Mono', 'Courier New', monospace; font-size: 12pt; white-space: pre-wrap; word-break: break-all; }
/* A group's code line and list heading stay with its numbered list. */
.draw-note { break-after: avoid; page-break-after: avoid; }
.seed .space { margin: 0 0.5pt; border: 0.5pt solid #000; border-top: none; }
.seed-bytes { font-family: 'Liberation Mono', 'DejaVu Sans Mono', 'Courier New', monospace; font-size: 10pt; word-spacing: 0; }
.command { font-family: 'Liberation Mono', 'DejaVu Sans Mono', 'Courier New', monospace; font-size: 11pt; }
.candidates { columns: 2; column-gap: 10mm; margin: 2pt 0 8pt; padding-left: 4mm; list-style: none; }
.candidates li { break-inside: avoid; }
table.drawn { margin: 2pt 0 8pt; }
table.drawn col.order { width: 25mm; }
table.drawn col.position { width: 35mm; }
.people { margin: 0 0 6pt; padding-left: 10mm; }
.signatures { display: flex; justify-content: space-between; align-items: flex-start; gap: 10mm; margin-top: 16pt; break-inside: avoid; page-break-inside: avoid; }
.signatures .lead { width: 75mm; margin-left: auto; text-align: center; }
.signatures .lead .heading { font-weight: bold; }
.signatures .lead .space { height: 64pt; }
.signatures .lead .name { font-weight: bold; }
.signatures .members { flex: 1; }
.signatures .members .heading { font-weight: bold; text-align: center; }
.signatures .member { display: flex; align-items: flex-end; margin-top: 22pt; }
.signatures .member .sign { flex: 1; margin-left: 4pt; border-bottom: 1px dotted #000; }
.page-break { break-after: page; page-break-after: always; }
.signatures.two-parties .party-column { width: 70mm; text-align: center; }
.signatures.two-parties .party-column .heading { font-weight: bold; }
.signatures.two-parties .party-column .space { height: 64pt; }
.signatures.two-parties .party-column .name { font-weight: bold; }
.draft-banner { margin: 0 0 10pt; padding: 4pt; border: 2px solid #000; text-align: center; font-weight: bold; }
.recipient { margin: 0 0 8pt; text-align: center; }
.sub-heading { margin: 6pt 0 3pt; font-style: italic; break-after: avoid; page-break-after: avoid; }
.note { font-size: 11pt; font-style: italic; }
.warning { margin: 6pt 0; padding: 4pt 6pt; border: 1.5pt solid #000; font-weight: bold; }
.marks { margin: 0 0 6pt; }
col.count { width: 16mm; }
col.share { width: 21mm; }
.section-heading { break-after: avoid; page-break-after: avoid; }
table.counts { width: 130mm; margin: 2pt 0 6pt; break-inside: avoid; page-break-inside: avoid; }
table.counts col.count { width: 22mm; }
table.counts tr.reason td:first-child { padding-left: 14pt; font-style: italic; }
table.results { table-layout: fixed; margin: 2pt 0 6pt; font-size: 11pt; line-height: 1.2; }
table.results th.level { font-size: 10.5pt; padding: 2pt 1pt; }
table.results td.criterion { text-align: left; }
table.results td.number .share { display: block; font-size: 9.5pt; }
table.results tr.flagged td { font-weight: bold; }
table.results .flag { display: block; font-size: 9.5pt; }
tr.total td { font-weight: bold; }
table.envelopes { margin: 2pt 0 8pt; font-size: 12pt; }
table.envelopes col.seal { width: 30mm; }
table.envelopes col.count { width: 17mm; }
figure.chart { margin: 6pt 0 8pt; break-inside: avoid; page-break-inside: avoid; }
figure.chart img { display: block; width: 100%; height: auto; }
.digest-block { display: flex; align-items: center; gap: 6mm; margin: 6pt 0 8pt; padding: 5pt 8pt; border: 1px solid #000; break-inside: avoid; page-break-inside: avoid; }
.digest-block .digest-text { flex: 1; }
.digest-heading { font-weight: bold; }
.digest { margin: 3pt 0; font-family: 'Liberation Mono', 'DejaVu Sans Mono', 'Courier New', monospace; font-size: 12pt; }
.digest-note { margin: 2pt 0 0; font-size: 10.5pt; font-style: italic; text-align: left; }
.audit-anchor { margin: 10pt 0 0; font-size: 8.5pt; color: #333; text-align: left; }
.not-sealed { font-weight: bold; letter-spacing: 1pt; }
svg.qr { flex: none; width: 30mm; height: 30mm; }
table.digests { margin: 2pt 0 6pt; font-size: 11pt; }
table.digests col.digest { width: 52mm; }
table.digests col.qr { width: 25mm; }
table.digests td.digest { font-size: 10pt; }
table.digests td.qr-cell svg.qr { display: block; width: 21mm; height: 21mm; margin: 0 auto; }
table.digests td.not-sealed { text-align: center; }
.appendix-heading { margin: 0 0 10pt; }
.appendix-heading p { margin: 0 0 2pt; text-align: center; }
.appendix-heading .appendix-title { font-size: 14pt; font-weight: bold; }
.appendix-heading .plan-title { font-weight: bold; }
.appendix-heading .attached-to, .appendix-heading .as-of { font-style: italic; }
table.appendix { table-layout: fixed; margin: 0 0 6pt; font-size: 10pt; line-height: 1.2; }
table.appendix th { font-size: 9.5pt; padding: 2pt 1pt; }
table.appendix th.count { font-size: 8.5pt; font-weight: normal; }
table.appendix td { padding: 2pt 3pt; vertical-align: top; }
table.appendix td.number { padding: 2pt 1pt; }
table.appendix col.task-number { width: 7mm; }
table.appendix col.body { width: 16mm; }
table.appendix col.coordinating { width: 19mm; }
table.appendix col.deadline { width: 14mm; }
table.appendix col.leader { width: 18mm; }
table.appendix col.count { width: 9mm; }
table.appendix col.overdue { width: 16mm; }
table.appendix col.latest { width: 16mm; }
.kiosk-slips { display: grid; grid-template-columns: 1fr 1fr; gap: 0; }
.kiosk-slip { display: flex; align-items: center; gap: 4mm; height: 52mm; box-sizing: border-box; padding: 4mm; border: 1px dashed #000; break-inside: avoid; page-break-inside: avoid; }
.kiosk-slip svg.qr { width: 28mm; height: 28mm; }
.kiosk-slip .slip-text { flex: 1; font-size: 11pt; line-height: 1.25; }
.kiosk-slip .slip-title { font-weight: bold; }
.kiosk-slip .slip-code { margin: 3pt 0; font-family: 'Liberation Mono', 'DejaVu Sans Mono', 'Courier New', monospace; font-size: 17pt; font-weight: bold; letter-spacing: 1pt; }
.kiosk-slip .slip-note { font-size: 9.5pt; font-style: italic; }
.kiosk-slip.with-network { flex-direction: column; align-items: stretch; gap: 1.5mm; height: 63mm; }
.kiosk-slip.with-network svg.qr { width: 24mm; height: 24mm; flex: none; }
.kiosk-slip.with-network .slip-text { font-size: 10pt; min-width: 0; }
.kiosk-slip.with-network .slip-code { font-size: 15pt; white-space: nowrap; letter-spacing: 0.5pt; }
.kiosk-slip.with-network .slip-note { font-size: 8pt; }
.kiosk-slip .slip-main { display: flex; align-items: center; gap: 4mm; }
.kiosk-slip .slip-lan { font-size: 7pt; line-height: 1.25; border-top: 0.5pt solid #000; padding-top: 1mm; }
.kiosk-slip .slip-url, .kiosk-slip .slip-fingerprint { font-family: 'Liberation Mono', 'DejaVu Sans Mono', 'Courier New', monospace; }
.kiosk-slip .slip-fingerprint { font-size: 6.5pt; }
`;

/** The CSP source that allows exactly this stylesheet: 'sha256-<base64 of the UTF-8 bytes>'. */
export const printStylesheetHash = `'sha256-${createHash('sha256').update(printStylesheet, 'utf8').digest('base64')}'`;
