/** One run of text on a PDF page, in page units (points, y growing upwards), as pdf.js reports it. */
export interface PdfTextItem {
  str: string;
  /** Left end of the baseline. */
  x: number;
  /** The baseline's height above the page's bottom. */
  y: number;
  width: number;
  fontSize: number;
  /** pdf.js saw the line end after this item. */
  hasEOL: boolean;
  dir: 'ltr' | 'rtl' | 'ttb';
}
