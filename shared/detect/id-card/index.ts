// Recognizing an identity card in the text OCR read from an image.
export { idCardFinding, recognizeIdCard, decide, type IdCardEvidence, type IdCardMatch } from './recognize.ts';
export { findCardNumbers } from './card-number.ts';
