import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { COPIED_ASSETS } from './extension/lib/ocr/assets.ts';
import { minify } from 'terser';
import type { Plugin } from 'vite';

// The manifest key pins the Chrome extension ID to mcpplmobpommgpacgcnlhamcempeeokm,
// which enterprise policy (ExtensionSettings) and the local agent's Origin check name.
export const EXTENSION_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEApy0lmcM4Z7FyusyPs68th8/yU9tBWNjWwhv8jvn7EhIIwwbilwAefUPA7F0SEb13x3a2pXEqgtNT8uln8D5hMlKfm5e8NLezh6WA9Z993F5imah9aJamgXB2K3sg5VwySho3XdvB+8ddj9vCvCsp+J/x/Ziq+MbRqy9X3sUz0bxewbHaPOXcas3QfXkz7Tnt1dMCXBbNNhNP7FuuzGiAQwvhAYwy8atwP5C+Kjr2md4RleWq2QzprQLYGhhHlyAkMBkp45OjIhCwt9sahnlSqacwhfSZD0OchLjLUMlVJVrVx5cRyJUCC7IcGeM150W8hayC3sGfnjqAqDh7fqLsjQIDAQAB';

/**
 * Terser's repeated passes over the minified content script: about 0.9 KB
 * gzip off the script every page loads (the 60 KB budget), on top of Vite's
 * own minifier. The `unsafe` options assume built-ins are not replaced (the
 * isolated world's are not) and that no function expression or method is
 * called with `new`. Function declarations hoisted to the top of their scope
 * and statements left unjoined (`sequences: false`) gzip smaller here:
 * hoisting changes nothing a declaration can observe.
 */
function terserAfterMinify(): Plugin {
  return {
    name: 'pdp-guard:terser-after-minify',
    apply: 'build',
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const out = await minify(chunk.code, { ecma: 2020, compress: { passes: 5, pure_getters: true, unsafe: true, unsafe_arrows: true, unsafe_methods: true, hoist_funs: true, sequences: false }, mangle: true, sourceMap: false });
        if (out.code === undefined) throw new Error(`terser returned nothing for ${chunk.fileName}`);
        chunk.code = out.code;
      }
    },
  };
}

/**
 * Files of the extension that pages' frames load: the reader's anchor page
 * (lib/files/reader-anchor.ts), the file reader (lib/files/file-reader-handoff.ts)
 * and the guard's UI (lib/ui/guard-ui-handoff.ts).
 */
const WEB_ACCESSIBLE = ['reader-anchor.html', 'file-reader.js', 'guard-ui.js'];

export default defineConfig({
  srcDir: 'extension',
  // WXT resolves publicDir against the project root, not srcDir: _locales and
  // managed_schema.json live in extension/public.
  publicDir: 'extension/public',
  outDir: '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The content script runs on every page and has a 60 KB gzip budget:
    // there `wxt/browser` stays WXT's own (the browser's `chrome`/`browser`
    // object), since Chrome's MV3 APIs and Firefox's already answer with
    // promises for every call it makes. webextension-polyfill (3 KB gzip)
    // serves the service worker and the pages. WXT's content-script context
    // is replaced by a silent one: WXT's posts the extension's ID to every
    // page it starts in (lib/content/quiet-context.ts). The scripts the
    // content script loads on demand (entrypoints/file-reader.ts and
    // entrypoints/guard-ui.ts, unlisted scripts) run in the same isolated
    // world and are built the same way.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script' || e.type === 'unlisted-script')) return;
      const alias = config.resolve?.alias as Record<string, string> | undefined;
      if (!alias || Array.isArray(alias)) throw new Error('wxt.config.ts: expected WXT to set resolve.alias as an object');
      delete alias['wxt/browser'];
      alias['wxt/utils/content-script-context'] = resolve('extension/lib/content/quiet-context.ts');
      config.plugins = [...(config.plugins ?? []), terserAfterMinify()];
    },
    // The OCR engine (tesseract.js worker, WebAssembly cores, vie/eng models)
    // and pdf.js's worker ship inside the extension, copied from node_modules
    // at build time (never committed, never fetched from a CDN).
    'build:publicAssets': (_wxt, files) => {
      for (const [from, to] of COPIED_ASSETS) files.push({ absoluteSrc: resolve('node_modules', from), relativeDest: to });
      // An empty page the content script frames while a file is read (lib/files/reader-anchor.ts).
      files.push({ relativeDest: 'reader-anchor.html', contents: '<!doctype html><meta charset="utf-8"><title></title>' });
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'vi',
    // storage: policy cache and settings; alarms: retry and policy refresh survive
    // the service worker being stopped; activeTab: the popup names the current site.
    // The agent listens on loopback only.
    // offscreen (Chrome): images and office files are read in an offscreen document.
    permissions: ['storage', 'alarms', 'activeTab', ...(browser === 'firefox' ? [] : ['offscreen'])],
    // The OCR engine is WebAssembly; nothing else is relaxed.
    // (The Firefox build is MV2, where the policy is a plain string.)
    content_security_policy:
      browser === 'firefox'
        ? "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';"
        : { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';" },
    host_permissions: ['http://127.0.0.1/*', 'http://localhost/*'],
    // The empty anchor page, the file reader the content script imports on
    // the first file it reads, and the UI it imports on the first badge or
    // warning it shows (a content script's import() is fetched on the page's
    // behalf, so the page's origin must be allowed to load it).
    // A dynamic URL in Chrome so pages cannot probe for the extension.
    web_accessible_resources: (browser === 'firefox'
      ? WEB_ACCESSIBLE
      : [{ resources: WEB_ACCESSIBLE, matches: ['<all_urls>'], use_dynamic_url: true }]) as never,
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'pdp-guard@pdpguard.vn',
              // Events (site, types, record masks, tags) go to the agency's local agent.
              data_collection_permissions: { required: ['websiteActivity'] },
            },
          },
        }
      : { key: EXTENSION_PUBLIC_KEY }),
  }),
});
