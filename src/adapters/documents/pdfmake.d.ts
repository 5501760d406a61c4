/**
 * The part of pdfmake 0.3 (server build) this project uses. @types/pdfmake is not used: it pulls the DOM library
 * into the whole program (its `/// <reference lib="dom" />`), which changes Node's fetch types everywhere.
 */
declare module 'pdfmake' {
  /** A pdfmake document node (text, stack, columns, table, ol, canvas, image, svg); see pdfmake's docs. */
  export type Content = string | readonly Content[] | { readonly [key: string]: unknown };
  export type TableCell = Content;
  export interface TDocumentDefinitions {
    readonly content: readonly Content[];
    readonly pageSize?: string;
    readonly pageMargins?: readonly [number, number, number, number];
    readonly info?: Record<string, unknown>;
    readonly defaultStyle?: Record<string, unknown>;
    readonly footer?: (page: number, pages: number) => Content;
  }
  interface PdfMake {
    addFonts(fonts: Record<string, Record<string, string>>): void;
    setUrlAccessPolicy(callback: (url: string) => boolean): void;
    setLocalAccessPolicy(callback: (path: string) => boolean): void;
    createPdf(doc: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
  }
  const pdfmake: PdfMake;
  export default pdfmake;
}
