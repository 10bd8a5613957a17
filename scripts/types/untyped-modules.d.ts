// Minimal typings for the two dev dependencies the app-package scripts use and that ship no types.
// If @types/pngjs or @types/adm-zip is ever added to package.json, delete the matching block.

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
