// Minimal typings for the two dev dependencies the app-package scripts use and that ship no types.
// If @types/pngjs or @types/adm-zip is ever added to package.json, delete the matching block.

declare module 'pngjs' {
  interface PNGOptions {
    width?: number;
    height?: number;
    /** 0 grey, 2 RGB, 4 grey + alpha, 6 RGBA (default). */
    colorType?: 0 | 2 | 4 | 6;
    inputHasAlpha?: boolean;
  }
  export class PNG {
    constructor(options?: PNGOptions);
    width: number;
    height: number;
    /** Always RGBA, 4 bytes per pixel, after decoding. */
    data: Buffer;
    /** Set after decoding: true when the file has an alpha channel (colour types 4 and 6, or tRNS). */
    alpha?: boolean;
    colorType?: number;
    static sync: {
      read(buffer: Buffer): PNG;
      write(png: PNG, options?: PNGOptions): Buffer;
    };
  }
}

declare module 'adm-zip' {
  interface ZipEntry {
    entryName: string;
    getData(): Buffer;
  }
  class AdmZip {
    constructor(fileOrBuffer?: string | Buffer);
    addFile(entryName: string, content: Buffer, comment?: string): void;
    getEntries(): ZipEntry[];
    toBuffer(): Buffer;
    writeZip(targetFileName?: string): void;
  }
  export = AdmZip;
}
