import { afterEach, describe, expect, it } from 'vitest';
import { FILE_READER_GLOBAL } from './file-reader-handoff.ts';
import { fileReading } from './file-reader.ts';
import { fileReaderLoader } from './load-file-reader.ts';
import { scanFile } from './scan-file.ts';

const scope = globalThis as unknown as Record<string, unknown>;

/** What running the built file-reader.js does: leave the reader on the global object. */
const handOver = async () => {
  scope[FILE_READER_GLOBAL] = fileReading;
};

describe('loading the file reader', () => {
  afterEach(() => {
    delete scope[FILE_READER_GLOBAL];
  });

  it('imports the extension\'s own file-reader.js once, for every file that follows', async () => {
    const urls: string[] = [];
    const load = fileReaderLoader(async (url) => {
      urls.push(url);
      await handOver();
    });
    const [a, b] = await Promise.all([load(), load()]);
    expect(await load()).toBe(a);
    expect(b).toBe(fileReading);
    expect(urls).toHaveLength(1);
    expect(urls[0]).toMatch(/^chrome-extension:\/\/[^/]+\/file-reader\.js$/);
  });

  it('fails when the import fails, and tries again for the next file', async () => {
    let calls = 0;
    const load = fileReaderLoader(async () => {
      if (++calls === 1) throw new TypeError('Failed to fetch dynamically imported module');
      await handOver();
    });
    await expect(load()).rejects.toThrow(/dynamically imported/);
    expect(await load()).toBe(fileReading);
    expect(calls).toBe(2);
  });

  it('fails when the script ran without handing its functions over', async () => {
    const load = fileReaderLoader(async () => {});
    await expect(load()).rejects.toThrow(/without its functions/);
  });

  it("leaves a file that could not be read to policy's failMode: a text file full of IDs comes back unread, not clean", async () => {
    const load = fileReaderLoader(async () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    const scan = await scanFile(new File(['ho_ten,so_cccd\nNguyễn Văn An,001203004567\n'], 'ds.csv', { type: 'text/csv' }), { load });
    expect(scan).toMatchObject({ kind: 'csv', timedOut: true, findings: [] });
  });
});
