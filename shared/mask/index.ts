export { recordMask, displayMask } from './masks.ts';
export { canonicalize } from './canonical.ts';
export { computeTag, pseudonym } from './tag.ts';
export { CANDIDATE_SPACE, MIN_CANDIDATES, tagBits, tagBitsForShape } from './anonymity.ts';
