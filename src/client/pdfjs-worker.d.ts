// pdfjs-dist ships no types for its worker module; the input layer only hands it to pdfjs.
declare module 'pdfjs-dist/build/pdf.worker.mjs';
