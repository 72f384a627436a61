import { afterEach, describe, expect, it } from 'vitest';
import { onDemand } from '../on-demand.ts';
import { GUARD_UI_GLOBAL, GUARD_UI_SCRIPT, type GuardUi } from '../ui/guard-ui-handoff.ts';

const scope = globalThis as unknown as Record<string, unknown>;
const offered = { showWarning() {}, showIndicator() {}, hideIndicator() {}, pruneIndicators() {} } as unknown as GuardUi;

describe('loading the guard UI', () => {
  afterEach(() => {
    delete scope[GUARD_UI_GLOBAL];
  });

  it("imports the extension's own guard-ui.js, and takes what it leaves on the isolated world's global", async () => {
    const urls: string[] = [];
    const load = onDemand<GuardUi>(GUARD_UI_SCRIPT, GUARD_UI_GLOBAL, async (url) => {
      urls.push(url);
      scope[GUARD_UI_GLOBAL] = offered;
    });
    expect(await load()).toBe(offered);
    expect(urls).toEqual([expect.stringMatching(/^chrome-extension:\/\/[^/]+\/guard-ui\.js$/)]);
  });

  it('fails when the import fails (or the script offers nothing), and tries again at the next need', async () => {
    let calls = 0;
    const load = onDemand<GuardUi>(GUARD_UI_SCRIPT, GUARD_UI_GLOBAL, async () => {
      calls++;
      if (calls === 1) throw new TypeError('Failed to fetch dynamically imported module');
      if (calls === 3) scope[GUARD_UI_GLOBAL] = offered;
    });
    await expect(load()).rejects.toThrow(/dynamically imported/);
    await expect(load()).rejects.toThrow(/guard-ui\.js loaded without its functions/);
    expect(await load()).toBe(offered);
    expect(calls).toBe(3);
  });
});
