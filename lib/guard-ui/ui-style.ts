/**
 * Styles inside the guard's shadow root, kept terse (they ship on every
 * page). `:host` resets whatever the page cascades in (`!important` in the
 * shadow context beats the page's rules, even its `!important` ones and its
 * inline styles) and keeps the host a zero-size box that is never hidden, in
 * or out of the top layer (a popover's own UA styles would hide it when closed). The banner sits in the
 * viewport's top-end corner (top-start on a marketplace's own pages, where
 * the end edge holds Buyerguard's sidebar), never wider than the viewport,
 * scrolls when long, and always has its own way out (Hide, Esc).
 */
export const UI_CSS = `:host{all:initial!important;display:block!important;position:fixed!important;inset:0 auto auto 0!important;width:0!important;height:0!important;overflow:visible!important;z-index:2147483647!important}
.banner,dialog{box-sizing:border-box;font:14px/1.45 system-ui,sans-serif;color:#1f2937;background:#fff;text-align:start;border:2px solid #b91c1c;border-radius:10px}
.banner{position:fixed;top:12px;inset-inline-end:12px;z-index:2147483647;width:min(28rem,calc(100vw - 24px));max-height:calc(100vh - 24px);overflow:auto;padding:12px 14px;box-shadow:0 8px 24px #0005}
.banner.start{inset-inline-end:auto;inset-inline-start:12px}
dialog{max-width:min(26rem,calc(100vw - 24px));padding:16px}
dialog::backdrop{background:#0007}
h2,h3{margin:4px 0 6px;font-size:16px;color:#991b1b}
h3{font-size:14px;color:inherit}
p{margin:4px 0}
ul{margin:4px 0 8px;padding-inline-start:18px}
li{margin:6px 0}
.value{font-weight:700}
.value,.written{overflow-wrap:anywhere}
.source,.kind,.written{color:#6b7280}
.source,.written,.reason{font-size:13px}
.actions{display:flex;flex-wrap:wrap;gap:6px;margin-top:8px}
button{font:inherit;font-size:13px;padding:5px 10px;border:1px solid #9ca3af;border-radius:6px;background:#f9fafb;color:#111827;cursor:pointer}
button.primary{background:#b91c1c;border-color:#b91c1c;color:#fff}
a{color:#1d4ed8}
:focus-visible{outline:3px solid #2563eb;outline-offset:2px}
.status:empty{display:none}
.fought{font-weight:600;color:#991b1b}
dialog.over{all:unset}
dialog.over::backdrop{background:transparent}
.status{padding:6px 8px;border-radius:6px;background:#ecfdf5;color:#065f46}
@media (prefers-color-scheme:dark){.banner,dialog{background:#1f2937;color:#f3f4f6}h2{color:#fca5a5}.source,.kind,.written{color:#d1d5db}button{background:#374151;color:#f9fafb}a{color:#93c5fd}.status{background:#064e3b;color:#d1fae5}}`;
