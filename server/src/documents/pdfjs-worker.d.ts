// pdfjs-dist ships no types for its worker module; pdf.ts only puts it on globalThis.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
