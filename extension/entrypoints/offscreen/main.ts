// The reader page: OCR and office-file parsing for the content scripts, in an
// offscreen document (Chrome) or a frame of the background page (Firefox).
import { startReaderHost } from '../../lib/ocr/host.ts';

startReaderHost();
