import { defineContentScript } from 'wxt/utils/define-content-script';
import { installGuard } from '../lib/content/install.ts';

// Every frame (about:blank and srcdoc ones too, through their creator's
// origin), from the start of the document so the guard's capture listeners
// come before the page's.
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_start',
  main() {
    installGuard(window);
  },
});
