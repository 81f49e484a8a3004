import type { AppContract } from '../../shared/contract';
import type { Printable } from '../../shared/print/printables';
import { AppError } from '../../shared/errors';
import { getCampaign } from '../campaigns/campaignStore';
import { getDraw } from '../draws/drawStore';
import { templateVersion } from '../templates/templateStore';
import type { Handlers } from '../core/dispatcher';
import { blankBallotHtml } from '../templates/blankBallot';
import { drawMinutesHtml } from '../draws/drawMinutes';
import type { PdfPrinter } from './pdfPrinter';
import type { VaultDatabase } from '../vault/database/openDatabase';
import type { Vault } from '../vault/vault';
import {
  prepareCountingMinutes,
  prepareDistrictSummary,
  prepareHandOverMinutes,
  prepareResultReport,
  type PreparedDocument,
} from '../results/resultPrintSources';

type PrintHandlers = Pick<Handlers<AppContract>, 'print.preview' | 'print.pdf'>;

interface RenderedDocument {
  readonly title: string;
  readonly fileName: string;
  readonly html: string;
}

/** Today on this computer's calendar, YYYY-MM-DD: the date line of a report printed today. */
function localToday(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const withoutCharts = (title: string, fileName: string, html: string): PreparedDocument => ({
  title,
  fileName,
  charts: [],
  html: () => html,
});

/** Everything a document needs, read in one go inside the vault. */
function prepare(db: VaultDatabase, document: Printable, today: string): PreparedDocument {
  switch (document.kind) {
    case 'blankBallot': {
      const version = templateVersion(db, document.versionId);
      return withoutCharts(
        `${version.name} (${version.version})`,
        `phieu-trang-${version.version}.pdf`,
        blankBallotHtml(version.content),
      );
    }
    case 'drawMinutes': {
      const campaign = getCampaign(db, document.campaignId);
      const draw = getDraw(db, document.campaignId);
      if (!draw) throw new AppError('NOT_FOUND', { what: { vi: 'kết quả bốc thăm', en: 'draw' } });
      return withoutCharts(
        `Biên bản bốc thăm — ${campaign.name}`,
        `bien-ban-boc-tham-${draw.meeting.heldOn}.pdf`,
        drawMinutesHtml({
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
      );
    }
    case 'countingMinutes':
      return prepareCountingMinutes(db, document.unitId, today);
    case 'handOverMinutes':
      return prepareHandOverMinutes(db, document.unitId, today);
    case 'resultReport':
      return prepareResultReport(db, document.contestId, today);
    case 'districtSummary':
      return prepareDistrictSummary(db, document.campaignId, today);
  }
}

/**
 * One HTML per document; the preview shows it and the PDF is printed from it. Charts are drawn
 * by the printer after the vault's read (the page itself stays script-free and embeds them).
 */
async function render(
  vault: Vault,
  printer: PdfPrinter,
  document: Printable,
  now: () => Date,
): Promise<RenderedDocument> {
  const prepared = vault.read((db) => prepare(db, document, localToday(now())));
  const images = prepared.charts.length > 0 ? await printer.renderCharts(prepared.charts) : [];
  return {
    title: prepared.title,
    fileName: prepared.fileName,
    html: prepared.html(images.map((src, index) => ({ src, alt: prepared.charts[index]?.title ?? '' }))),
  };
}

export function createPrintService(
  vault: Vault,
  printer: PdfPrinter,
  now: () => Date = () => new Date(),
): PrintHandlers {
  return {
    'print.preview': async ({ document }) => {
      const { title, html } = await render(vault, printer, document, now);
      return { title, html };
    },
    'print.pdf': async ({ document }) => {
      const { fileName, html } = await render(vault, printer, document, now);
      const pdf = await printer.print(html);
      return { fileName, pdfBase64: Buffer.from(pdf).toString('base64') };
    },
  };
}
