import type { printCalls } from '../../shared/contract/printCalls';
import { localIsoDay } from '../../shared/campaigns/calendar';
import type { Printable } from '../../shared/print/printables';
import type { Handlers } from '../base/handlers';
import { auditTail, type VaultStore } from '../vault';
import { carriesAuditAnchor, withAuditAnchor } from './auditAnchorLine';
import { ChartCache } from './chartCache';
import type { PdfPrinter } from './pdfPrinter';
import type { DocumentSource, DocumentSources } from './preparedDocument';

export interface PrintDependencies {
  readonly store: VaultStore;
  readonly printer: PdfPrinter;
  readonly sources: DocumentSources;
  readonly now?: () => Date;
  /** Charts already drawn, by their configuration; the core empties it when the vault locks. */
  readonly charts?: ChartCache;
}

interface RenderedDocument {
  readonly title: string;
  readonly fileName: string;
  readonly html: string;
}

/**
 * One HTML per document; the preview shows it and the PDF is printed from it. Charts are drawn
 * by the printer after the vault's read (the page itself stays script-free and embeds them).
 */
export function createPrintHandlers({
  store,
  printer,
  sources,
  now = () => new Date(),
  charts = new ChartCache(),
}: PrintDependencies): Handlers<typeof printCalls> {
  async function render(document: Printable): Promise<RenderedDocument> {
    const source = sources[document.kind] as DocumentSource<Printable['kind']>;
    // One read: the anchor is the chain's head as the document's content was read.
    const { prepared, anchor } = store.read((db) => ({
      prepared: source(db, document, localIsoDay(now())),
      anchor: auditTail(db),
    }));
    const images =
      prepared.charts.length > 0
        ? await charts.render(prepared.charts, (missing) => printer.renderCharts(missing))
        : [];
    const html = prepared.html(images.map((src, index) => ({ src, alt: prepared.charts[index]?.title ?? '' })));
    return {
      title: prepared.title,
      fileName: prepared.fileName,
      html: carriesAuditAnchor(document) ? withAuditAnchor(html, anchor) : html,
    };
  }

  return {
    'print.preview': async ({ document }) => {
      const { title, html } = await render(document);
      return { title, html };
    },
    'print.pdf': async ({ document }) => {
      const { fileName, html } = await render(document);
      const pdf = await printer.print(html);
      return { fileName, pdfBase64: Buffer.from(pdf).toString('base64') };
    },
  };
}
