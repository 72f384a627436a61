// Stands in for WXT's ContentScriptContext in the content-script build (see
// wxt.config.ts). WXT's context announces every start to the page it runs
// in: a CustomEvent on the document and a window.postMessage to "*" whose
// type carries the extension's ID, so every site, the chat apps this guards
// against among them, could tell that PDP Guard is installed. The guard uses
// nothing the context offers (it watches navigation itself and runs no timers
// that must stop with the extension), so main() gets this silent stand-in.
export class ContentScriptContext {
  contentScriptName: string;
  options: unknown;

  constructor(contentScriptName: string, options?: unknown) {
    this.contentScriptName = contentScriptName;
    this.options = options;
  }
}
