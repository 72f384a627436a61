// The engine's public API (see api.ts for the types). Pure and synchronous;
// no DOM and no Node-only API, so it runs in a content script, a worker and Node.
export { REPORT_THRESHOLD, detect } from './engine.ts';
export { summarize, canonicalValue } from './summary.ts';
export { createIncrementalScanner } from './incremental.ts';
export { redactText } from './redact.ts';
export { createScanContext, foldText } from './scan-context.ts';
// Tables are built at the first scan; a caller that knows a scan is coming can build them ahead.
export { prepareTables } from './first-scan.ts';
export type { DetectOptions, TextSummary, TypeSummary, TextChange, IncrementalScanner } from './api.ts';
export type { Finding, FindingType, Category } from './types.ts';
