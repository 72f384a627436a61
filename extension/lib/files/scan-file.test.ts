import { describe, expect, it } from 'vitest';
import { fileKind, isScannable, scanFile } from './scan-file.ts';
import { readFile } from '../ocr/reader.ts';
import { mimeOf } from './file-kinds.ts';
import { fileReading } from './file-reader.ts';
import type { RemoteReader } from './read-remote.ts';
import { decodeText } from './read-text.ts';
import { makeXlsx, residentRows } from './testing.ts';

// The offscreen reader's work, in process (no port in Node).
const inProcess: RemoteReader = async (file, kind, opts) =>
  readFile({ kind, mime: mimeOf(file, kind), bytes: new Uint8Array(await file.arrayBuffer()), budgetMs: opts.budgetMs }, {});

// The file reader the extension loads on demand, imported here directly.
const load = async () => fileReading;

describe('scanFile', () => {
  it('reads a CSV of citizens and finds their identifiers', async () => {
    const csv = 'ho_ten,so_cccd,dien_thoai\nNguyễn Văn An,001203004567,0912345678\nTrần Thị Bình,079185001234,0987654321\n';
    const file = new File([csv], 'danh-sach.csv', { type: 'text/csv' });
    const scan = await scanFile(file, { load });
    expect(scan.kind).toBe('csv');
    expect(scan.sizeBytes).toBe(file.size);
    expect(scan.unsupported).toBeUndefined();
    const types = new Set(scan.findings.map((f) => f.type));
    expect(types.has('cccd')).toBe(true);
    expect(types.has('phone')).toBe(true);
    expect(scan.summary.total).toBeGreaterThanOrEqual(4);
  });

  it('hands an .xlsx to the reader and reads its rows as a list of people', async () => {
    const file = new File([makeXlsx([residentRows(25)]) as BlobPart], 'ds.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    const progress: number[] = [];
    const scan = await scanFile(file, { load, reader: inProcess, onProgress: (p) => progress.push(p) });
    expect(scan.kind).toBe('xlsx');
    expect(scan.summary.looksLikeList).toBe(true);
    expect(scan.summary.byType.cccd?.distinct).toBe(25);
    expect(progress.at(-1)).toBe(1);
  });

  it('reports a file the reader could not finish as timed out, for failMode to decide', async () => {
    const slow: RemoteReader = async () => ({ text: '', findings: [], timedOut: true });
    const scan = await scanFile(new File([new Uint8Array(4)], 'anh.png', { type: 'image/png' }), { load, reader: slow });
    expect(scan.timedOut).toBe(true);
    expect(scan.findings).toEqual([]);
  });

  it('finds nothing in a harmless text file', async () => {
    const scan = await scanFile(new File(['Lịch họp giao ban tuần này: thứ Hai lúc 8 giờ.'], 'lich.txt'), { load });
    expect(scan.findings).toEqual([]);
  });

  it('says a file it cannot read is unsupported, without reading it', async () => {
    const scan = await scanFile(new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04])], 'ho-so.zip', { type: 'application/zip' }));
    expect(scan.unsupported).toBe(true);
    expect(scan.findings).toEqual([]);
  });

  it('does not load the file reader for a file no reader understands', async () => {
    let loads = 0;
    const scan = await scanFile(new File(['x'], 'ho-so.zip', { type: 'application/zip' }), { load: async () => (loads++, fileReading) });
    expect(scan.unsupported).toBe(true);
    expect(loads).toBe(0);
  });

  it('stops when aborted', async () => {
    const ac = new AbortController();
    ac.abort();
    await expect(scanFile(new File(['x'], 'a.txt'), { load, signal: ac.signal })).rejects.toThrow();
  });
});

describe('file kinds and decoding', () => {
  it('names a file by its extension, or its type', () => {
    expect(fileKind({ name: 'Bao-Cao.TXT', type: '' })).toBe('txt');
    expect(fileKind({ name: 'noext', type: 'text/plain' })).toBe('txt');
    // A name is free text that can hold personal data: only known extensions or types make a kind.
    expect(fileKind({ name: 'cccd.025671394', type: '' })).toBe('unknown');
    expect(fileKind({ name: 'CCCD 001203004567.jpeg', type: 'image/jpeg' })).toBe('jpg');
    expect(isScannable({ name: 'a.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' })).toBe(true);
    expect(isScannable({ name: 'a.zip', type: 'application/zip' })).toBe(false);
    expect(isScannable({ name: 'noext', type: 'text/plain' })).toBe(true);
  });

  it('decodes UTF-8 with a BOM, UTF-16 and legacy Windows-1258', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toBe('A');
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).toBe('A');
    // "Hà" in Windows-1258: H, a + combining grave (0xCC)
    expect(decodeText(new Uint8Array([0x48, 0x61, 0xcc])).normalize('NFC')).toBe('Hà');
  });
});
