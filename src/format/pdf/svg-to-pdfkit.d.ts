/** svg-to-pdfkit ships no types: the one call the PDF report makes. */
declare module 'svg-to-pdfkit' {
  export default function SVGtoPDF(
    doc: PDFKit.PDFDocument,
    svg: string,
    x: number,
    y: number,
    options?: { width?: number; height?: number; assumePt?: boolean; fontCallback?: (family: string, bold: boolean, italic: boolean) => string; warningCallback?: (warning: string) => void },
  ): void;
}
