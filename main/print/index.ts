export { createPrintHandlers } from './printHandlers';
export { createChromiumPdfPrinter, headlessChromiumArguments } from './chromiumPdfPrinter';
export { checkedChartImages, type PdfPrinter } from './pdfPrinter';
