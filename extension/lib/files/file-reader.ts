// What the file reader loaded on demand hands the content script (see
// file-reader-handoff.ts).
import type { FileReading } from './file-reader-handoff.ts';
import { readFile } from './read-file.ts';

export const fileReading: FileReading = { readFile };
