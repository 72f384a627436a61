// Helpers for the content-side end-to-end tests: reach the warning's buttons
// inside its closed shadow root with real (trusted) mouse clicks, located
// through the DevTools protocol, which sees closed shadow roots; write the
// clipboard and paste with the keyboard; drop text with the browser's own drag path.
import { createServer, type Server } from 'node:http';
import type { BrowserContext, CDPSession, Frame, Page } from 'playwright-core';
import { DEFAULT_POLICY } from '../../shared/policy/default.ts';
import type { ExtensionBrowser } from '../helpers/chromium.ts';

type Choice = 'cancel' | 'mask' | 'proceed' | 'false_positive';

interface CdpNode {
  nodeId: number;
  backendNodeId: number;
  nodeName: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

const sessions = new WeakMap<Page, CDPSession>();
async function cdp(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) {
    s = await page.context().newCDPSession(page);
    sessions.set(page, s);
  }
  return s;
}

function find(node: CdpNode, test: (attrs: Record<string, string>, n: CdpNode) => boolean): CdpNode | null {
  const attrs: Record<string, string> = {};
  const a = node.attributes ?? [];
  for (let i = 0; i < a.length; i += 2) attrs[a[i]] = a[i + 1];
  if (test(attrs, node)) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? []), ...(node.contentDocument ? [node.contentDocument] : [])]) {
    const hit = find(child, test);
    if (hit) return hit;
  }
  return null;
}

async function nodeCenter(page: Page, test: (attrs: Record<string, string>, n: CdpNode) => boolean): Promise<{ x: number; y: number } | null> {
  const s = await cdp(page);
  const { root } = (await s.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  const node = find(root, test);
  if (!node) return null;
  await s.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: node.backendNodeId }).catch(() => {});
  const { model } = (await s.send('DOM.getBoxModel', { backendNodeId: node.backendNodeId })) as { model: { content: number[] } };
  const q = model.content;
  return { x: (q[0] + q[2] + q[4] + q[6]) / 4, y: (q[1] + q[3] + q[5] + q[7]) / 4 };
}

/** Width and height of an element inside the open warning, by its class. */
export async function warningBoxSize(page: Page, className: string): Promise<{ width: number; height: number }> {
  const s = await cdp(page);
  const { root } = (await s.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  const node = find(root, (a) => (a.class ?? '').split(' ').includes(className));
  if (!node) throw new Error(`no .${className} in an open warning`);
  const { model } = (await s.send('DOM.getBoxModel', { backendNodeId: node.backendNodeId })) as { model: { width: number; height: number } };
  return { width: model.width, height: model.height };
}

/** Clicks one of the warning's choices with a real mouse click. */
export async function choose(page: Page, choice: Choice): Promise<void> {
  const at = await nodeCenter(page, (a) => a['data-pdp-guard-choice'] === choice);
  if (!at) throw new Error(`no "${choice}" button in an open warning`);
  await page.mouse.click(at.x, at.y);
}

/** All text of the open warning (inside its closed shadow root), read through the DevTools protocol. */
export async function warningText(page: Page): Promise<string> {
  const s = await cdp(page);
  const { root } = (await s.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  const dialog = find(root, (a) => a.role === 'alertdialog');
  if (!dialog) throw new Error('no open warning');
  const parts: string[] = [];
  const walk = (n: CdpNode & { nodeType?: number; nodeValue?: string }) => {
    if (n.nodeType === 3 && n.nodeValue) parts.push(n.nodeValue);
    for (const c of n.children ?? []) walk(c);
  };
  walk(dialog);
  return parts.join(' ');
}

/** Whether a choice is offered in the open warning. */
export async function hasChoice(page: Page, choice: Choice): Promise<boolean> {
  const s = await cdp(page);
  const { root } = (await s.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  return find(root, (a) => a['data-pdp-guard-choice'] === choice) !== null;
}

/** Clicks a preset reason (radio) or, with `other`, types a free-text reason. */
export async function giveReason(page: Page, reason: { preset?: string; other?: string }): Promise<void> {
  if (reason.preset) {
    const at = await nodeCenter(page, (a, n) => n.nodeName === 'INPUT' && a.type === 'radio' && a.value === reason.preset);
    if (!at) throw new Error(`no preset reason "${reason.preset}"`);
    await page.mouse.click(at.x, at.y);
  }
  if (reason.other) {
    const at = await nodeCenter(page, (a, n) => n.nodeName === 'INPUT' && a.class === 'other');
    if (!at) throw new Error('no free-text reason field');
    await page.mouse.click(at.x, at.y);
    await page.keyboard.type(reason.other);
  }
}

export interface HookState {
  types: string;
  action: string;
}

/** The warning's light-DOM hook in a frame (interfaces.md §7), or null. */
export async function warningIn(frame: Page | Frame): Promise<HookState | null> {
  return frame.evaluate(() => {
    const el = document.querySelector('[data-pdp-guard="warning"]');
    return el ? { types: el.getAttribute('data-types') ?? '', action: el.getAttribute('data-action') ?? '' } : null;
  });
}

export async function inlineIn(frame: Page | Frame): Promise<HookState[]> {
  return frame.evaluate(() =>
    Array.from(document.querySelectorAll('[data-pdp-guard="inline"]')).map((el) => ({
      types: el.getAttribute('data-types') ?? '',
      action: el.getAttribute('data-action') ?? '',
    })),
  );
}

export async function waitForWarning(frame: Page | Frame, timeout = 10_000): Promise<HookState> {
  await frame.waitForSelector('[data-pdp-guard="warning"]', { state: 'attached', timeout });
  return (await warningIn(frame))!;
}

export async function waitForNoWarning(frame: Page | Frame, timeout = 10_000): Promise<void> {
  await frame.waitForSelector('[data-pdp-guard="warning"]', { state: 'detached', timeout });
}

/** Puts text on the clipboard (through a page of the origin) and pastes it into the focused field with Ctrl+V. */
export async function pasteText(context: BrowserContext, page: Page, origin: string, text: string): Promise<void> {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('Control+V');
}

/** A real drag and drop of text at a point, through the browser's own drag handling. */
export async function dropText(page: Page, at: { x: number; y: number }, text: string): Promise<void> {
  const s = await cdp(page);
  const data = { items: [{ mimeType: 'text/plain', data: text }], dragOperationsMask: 1 };
  for (const type of ['dragEnter', 'dragOver', 'drop'] as const) {
    await s.send('Input.dispatchDragEvent', { type, x: at.x, y: at.y, data });
  }
}

export async function centerOf(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not visible`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** A policy with the project's test defaults: localhost approved, warn elsewhere. */
export function testPolicy(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ...DEFAULT_POLICY,
    version: `e2e-${Math.random().toString(36).slice(2, 8)}`,
    approvedSites: ['localhost'],
    reasons: ['Xử lý hồ sơ của công dân', 'Công dân yêu cầu'],
    ...overrides,
  };
}

/** Sets the options-page policy and agent address, and waits until the service worker publishes it. */
export async function setPolicy(ext: ExtensionBrowser, policy: Record<string, unknown>, agentUrl: string): Promise<void> {
  await ext.setStorage('local', { settings: { localPolicy: policy, agentUrl, agentToken: 'e2e-token' } });
  const w = await ext.worker();
  await w.evaluate(async (version) => {
    const c = (globalThis as any).chrome;
    for (let i = 0; i < 200; i++) {
      const got = await c.storage.local.get('effectivePolicy');
      if (got.effectivePolicy?.policy?.version === version) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`the service worker did not publish policy ${version}`);
  }, policy.version as string);
}

export interface Receiver {
  url: string;
  bodies: string[];
  /** Events of the accepted requests, as posted. */
  events: Record<string, unknown>[];
  /** While false the receiver answers 503, so events stay in the extension's outbox. */
  accepting: boolean;
  close(): Promise<void>;
}

/** A stand-in for the local agent: accepts every event and keeps the raw request bodies. */
export async function startReceiver(): Promise<Receiver> {
  const bodies: string[] = [];
  const events: Record<string, unknown>[] = [];
  const state = { accepting: true };
  const server: Server = createServer(async (req, res) => {
    const parts: Buffer[] = [];
    for await (const c of req) parts.push(c as Buffer);
    const body = Buffer.concat(parts).toString('utf8');
    bodies.push(`${req.method} ${req.url}\n${JSON.stringify(req.headers)}\n${body}`);
    if (req.method === 'POST' && req.url === '/v1/events') {
      if (!state.accepting) {
        res.writeHead(503, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: 'unavailable', detail: 'test receiver paused' }));
        return;
      }
      const posted = JSON.parse(body).events as { id: string }[];
      events.push(...posted);
      const ids = posted.map((e) => e.id);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ accepted: ids, rejected: [] }));
      return;
    }
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: 'not_found', detail: req.url }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    bodies,
    events,
    get accepting() {
      return state.accepting;
    },
    set accepting(v: boolean) {
      state.accepting = v;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

/** Everything the extension keeps: its storage areas and every IndexedDB database, as one string. */
export async function dumpExtensionData(ext: ExtensionBrowser): Promise<string> {
  const storage = await ext.getAllStorage();
  const w = await ext.worker();
  const idb = await w.evaluate(async () => {
    const out: Record<string, unknown> = {};
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((res, rej) => {
        const r = indexedDB.open(info.name!);
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        out[`${info.name}/${store}`] = await new Promise((res, rej) => {
          const r = db.transaction(store).objectStore(store).getAll();
          r.onsuccess = () => res(r.result);
          r.onerror = () => rej(r.error);
        });
      }
      db.close();
    }
    return out;
  });
  return JSON.stringify({ storage, idb });
}
