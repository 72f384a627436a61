import { startBackground } from '../lib/background/main.ts';

export default defineBackground(() => {
  startBackground();
});
