import type { AppContract } from '../../shared/contract';
import type { Printable } from '../../shared/contract/printCalls';
import { AppError } from '../../shared/errors';
import { getCampaign } from '../campaigns/campaignStore';
import { getDraw } from '../campaigns/drawStore';
import { templateVersion } from '../campaigns/templateStore';
import type { Handlers } from '../core/dispatcher';
import { blankBallotHtml } from '../print/documents/blankBallot';
import { drawMinutesHtml } from '../print/documents/drawMinutes';
import type { PdfPrinter } from '../print/pdfPrinter';
import type { VaultDatabase } from '../vault/database/openDatabase';
import type { Vault } from '../vault/vault';

type PrintHandlers = Pick<Handlers<AppContract>, 'print.preview' | 'print.pdf'>;

interface RenderedDocument {
  readonly title: string;
  readonly fileName: string;
  readonly html: string;
}

/** One HTML per document; the preview shows it and the PDF is printed from it. */
function render(db: VaultDatabase, document: Printable): RenderedDocument {
  switch (document.kind) {
    case 'blankBallot': {
      const version = templateVersion(db, document.versionId);
      return {
        title: `${version.name} (${version.version})`,
        fileName: `phieu-trang-${version.version}.pdf`,
        html: blankBallotHtml(version.content),
      };
    }
    case 'drawMinutes': {
      const campaign = getCampaign(db, document.campaignId);
      const draw = getDraw(db, document.campaignId);
      if (!draw) throw new AppError('NOT_FOUND', { what: { vi: 'kết quả bốc thăm', en: 'draw' } });
      return {
        title: `Biên bản bốc thăm — ${campaign.name}`,
        fileName: `bien-ban-boc-tham-${draw.meeting.heldOn}.pdf`,
        html: drawMinutesHtml({
          record: draw.record,
          meeting: draw.meeting,
          campaign: {
            name: campaign.name,
            planNumber: campaign.planNumber,
            planDate: campaign.planDate,
            issuingBody: campaign.issuingBody ? [campaign.issuingBody.toUpperCase()] : [],
          },
          place: campaign.locality,
        }),
      };
    }
  }
}

export function createPrintService(vault: Vault, printer: PdfPrinter): PrintHandlers {
  return {
    'print.preview': ({ document }) => {
      const { title, html } = vault.read((db) => render(db, document));
      return { title, html };
    },
    'print.pdf': async ({ document }) => {
      const { fileName, html } = vault.read((db) => render(db, document));
      const pdf = await printer.print(html);
      return { fileName, pdfBase64: Buffer.from(pdf).toString('base64') };
    },
  };
}
