// Fixed identities other parts depend on: the Chrome extension ID follows from
// the manifest key in wxt.config.ts; the agent allows this origin by default.
export const CHROME_EXTENSION_ID = 'mcpplmobpommgpacgcnlhamcempeeokm';
export const CHROME_EXTENSION_ORIGIN = `chrome-extension://${CHROME_EXTENSION_ID}`;
export const DEFAULT_AGENT_PORT = 7381;
export const EXTENSION_VERSION = '0.1.0';
