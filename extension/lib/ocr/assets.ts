// Where the OCR engine's files live inside the extension. wxt.config.ts copies
// them there from node_modules at build time (tesseract.js's worker, the
// LSTM-only WebAssembly cores, Vietnamese and English language data, pdf.js's
// worker); nothing is ever fetched from a CDN.

export const ASSET_DIRS = {
  worker: 'tesseract/worker.min.js',
  core: 'tesseract/core',
  lang: 'tesseract/lang',
  pdfWorker: 'pdfjs/pdf.worker.min.mjs',
} as const;

/**
 * Vietnamese first: its model also reads the cards' English labels and the
 * MRZ. English second, for English-only documents and screenshots.
 */
export const OCR_LANGUAGES = ['vie', 'eng'] as const;

/** Files the build copies: [from under node_modules, to under the extension's root]. */
export const COPIED_ASSETS: readonly (readonly [string, string])[] = [
  ['tesseract.js/dist/worker.min.js', ASSET_DIRS.worker],
  ['tesseract.js-core/tesseract-core-lstm.wasm.js', `${ASSET_DIRS.core}/tesseract-core-lstm.wasm.js`],
  ['tesseract.js-core/tesseract-core-simd-lstm.wasm.js', `${ASSET_DIRS.core}/tesseract-core-simd-lstm.wasm.js`],
  ['tesseract.js-core/tesseract-core-relaxedsimd-lstm.wasm.js', `${ASSET_DIRS.core}/tesseract-core-relaxedsimd-lstm.wasm.js`],
  ['@tesseract.js-data/vie/4.0.0_best_int/vie.traineddata.gz', `${ASSET_DIRS.lang}/vie.traineddata.gz`],
  ['@tesseract.js-data/eng/4.0.0_best_int/eng.traineddata.gz', `${ASSET_DIRS.lang}/eng.traineddata.gz`],
  ['pdfjs-dist/build/pdf.worker.min.mjs', ASSET_DIRS.pdfWorker],
];
