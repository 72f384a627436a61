import '../lib/zod-jitless.ts';
import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../lib/background/main.ts';
import { registerReaderBridge } from '../lib/ocr/bridge.ts';

export default defineBackground(() => {
  startBackground();
  registerReaderBridge();
});
