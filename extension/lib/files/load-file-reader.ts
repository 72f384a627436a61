// Loads the file reader (file-reader-handoff.ts) the first time a file needs
// reading (see on-demand.ts). When it cannot load, the file at hand is
// treated as not read (scan-file.ts), which policy's failMode decides.
import { onDemand, type ImportModule } from '../on-demand.ts';
import { FILE_READER_GLOBAL, FILE_READER_SCRIPT, type FileReading } from './file-reader-handoff.ts';

export const fileReaderLoader = (importModule?: ImportModule) => onDemand<FileReading>(FILE_READER_SCRIPT, FILE_READER_GLOBAL, importModule);

export const loadFileReader = fileReaderLoader();
