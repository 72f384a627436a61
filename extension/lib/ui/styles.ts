// Styles live inside the closed shadow roots: the page's CSS cannot reach in,
// and ours cannot leak out. `all: initial` on the host cuts inheritance.

export const HOST_STYLE =
  'all:initial!important;position:fixed!important;z-index:2147483647!important;display:block!important;';

// Written compactly, one rule a line: the strings ship as they are in
// guard-ui.js, which must arrive before the first warning a frame shows.
export const WARNING_CSS = `
:host{all:initial}
*{box-sizing:border-box}
.backdrop{position:fixed;inset:0;display:flex;align-items:center;justify-content:center;background:rgba(15, 23, 42, 0.45);font:14px/1.45 system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif;color:#0f172a}
.dialog{width:min(520px, calc(100vw - 24px));max-height:calc(100vh - 24px);overflow:auto;background:#fff;border-radius:10px;box-shadow:0 12px 40px rgba(0,0,0,.3);padding:18px 20px;border-top:5px solid #b45309}
header{display:flex;gap:10px;align-items:center}
.shield{flex:none;color:#b45309}
h2{font-size:17px;margin:0;font-weight:650}
p{margin:10px 0}
.rows{margin:6px 0;padding-left:20px}
.rows li{margin:3px 0}
.examples{display:block;font-family:ui-monospace, "DejaVu Sans Mono", monospace;color:#475569;font-size:13px}
.why{color:#334155}
.list, .policy{font-weight:600;color:#9a3412}
.scanning{color:#334155}
fieldset.reasons{border:1px solid #cbd5e1;border-radius:6px;margin:10px 0;padding:8px 12px}
fieldset.reasons legend{font-weight:600;padding:0 4px}
fieldset.reasons label{display:block;margin:4px 0;cursor:pointer}
input.other{width:100%;padding:6px 8px;border:1px solid #94a3b8;border-radius:5px;font:inherit}
.error{color:#b91c1c;margin:6px 0 0}
.choices{display:flex;flex-wrap:wrap;gap:8px;margin-top:14px}
button{font:inherit;padding:7px 14px;border-radius:6px;border:1px solid #94a3b8;background:#f8fafc;color:#0f172a;cursor:pointer}
button.primary{background:#1d4ed8;border-color:#1d4ed8;color:#fff}
button.link{border-color:transparent;background:transparent;text-decoration:underline;margin-left:auto}
button:focus-visible, input:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}
`;

export const INLINE_CSS = `
:host{all:initial}
.badge{display:inline-flex;align-items:center;gap:4px;padding:1px 7px;border-radius:999px;font:600 11px/18px system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif;background:#fef3c7;color:#92400e;border:1px solid #f59e0b;box-shadow:0 1px 3px rgba(0,0,0,.15);white-space:nowrap}
.badge.block{background:#fee2e2;color:#991b1b;border-color:#ef4444}
`;
