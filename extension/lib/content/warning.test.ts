import { describe, expect, it } from 'vitest';
import type { GuardUi, KeyRouter } from '../ui/guard-ui-handoff.ts';
import type { WarningChoice, WarningModel } from '../ui/warning-model.ts';
import { isWarningOpen, showWarning } from './warning.ts';

const model = (site: string): WarningModel => ({
  action: 'warn', channel: 'paste', site, rows: [], sensitive: false, looksLikeList: false, distinct: 0,
  offerMask: 'paste', offerProceed: true, reasonRequired: false, reasons: [],
});
// The dialog is never drawn here: the stand-in UI below records what it was asked.
const doc = {} as Document;

/** A stand-in for guard-ui.js whose dialog answers `choice` once opened, and records what it was given. */
function fakeUi(choice: WarningChoice) {
  const opened: { site: string; keys: KeyRouter }[] = [];
  const ui = {
    showWarning: (_doc: Document, m: WarningModel, keys: KeyRouter) => {
      opened.push({ site: m.site, keys });
      return { result: Promise.resolve(choice), update() {}, close() {} };
    },
  } as unknown as GuardUi;
  return { ui, opened };
}

const failing = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));

describe('the warning, loaded on demand', () => {
  it('answers "unavailable" when the dialog cannot be loaded, and counts as closed afterwards', async () => {
    const w = showWarning(doc, model('https://a.example'), failing);
    expect(isWarningOpen()).toBe(true);
    expect(await w.result).toEqual({ choice: 'unavailable' });
    expect(isWarningOpen()).toBe(false);
  });

  it('opens with the latest content when updated before the dialog arrived, lending the key router', async () => {
    const { ui, opened } = fakeUi({ choice: 'proceed', reason: 'Công dân yêu cầu' });
    let arrive!: (ui: GuardUi) => void;
    const w = showWarning(doc, model('https://first.example'), () => new Promise((r) => (arrive = r)));
    w.update(model('https://latest.example'));
    arrive(ui);
    expect(await w.result).toEqual({ choice: 'proceed', reason: 'Công dân yêu cầu' });
    expect(opened.map((o) => o.site)).toEqual(['https://latest.example']);
    expect(typeof opened[0].keys).toBe('function');
  });

  it('closed before the dialog arrived: answers cancel and never opens', async () => {
    const { ui, opened } = fakeUi({ choice: 'proceed' });
    let arrive!: (ui: GuardUi) => void;
    const w = showWarning(doc, model('https://a.example'), () => new Promise((r) => (arrive = r)));
    w.close();
    arrive(ui);
    expect(await w.result).toEqual({ choice: 'cancel' });
    await Promise.resolve();
    expect(opened).toEqual([]);
  });

  it('a second warning closes the first, still waiting one', async () => {
    const first = showWarning(doc, model('https://a.example'), () => new Promise(() => {}));
    const { ui } = fakeUi({ choice: 'cancel' });
    const second = showWarning(doc, model('https://b.example'), async () => ui);
    expect(await first.result).toEqual({ choice: 'cancel' });
    expect(await second.result).toEqual({ choice: 'cancel' });
  });
});
