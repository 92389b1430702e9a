// The UI's whole stylesheet. It lives in the shadow root only; `:host{all:initial}` and the
// explicit font on .w keep the page's inherited styles out.

export const accent = (c: unknown): string =>
  typeof c == "string" && /^#[0-9a-f]{6}$/i.test(c) ? c : "#4f46e5";

export const css = (a: string): string =>
  `:host{all:initial}.w{--a:${a};font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2937;text-align:left}` +
  `.w *{box-sizing:border-box}[hidden]{display:none!important}` +
  `button{font:inherit;color:inherit;background:none;border:0;padding:0;margin:0;cursor:pointer}` +
  `:focus-visible{outline:2px solid var(--a);outline-offset:2px}a{color:var(--a)}` +
  `h2,h3{margin:0 0 6px;font-size:16px;line-height:1.3}.la,.pn,.bu,.cd,.hs{position:fixed}` +
  `.la{bottom:20px;right:20px;width:52px;height:52px;border-radius:50%;background:var(--a);color:#fff;display:grid;place-items:center;box-shadow:0 4px 14px #0004}` +
  `.bg{position:absolute;top:-3px;right:-3px;min-width:20px;height:20px;padding:0 5px;border-radius:10px;background:#e11d48;color:#fff;font-size:11px;font-weight:700;line-height:20px}` +
  `.pn,.bu,.cd{background:#fff;border-radius:12px;box-shadow:0 8px 30px #0003,0 0 0 1px #0001}` +
  `.pn,.bu{bottom:84px;right:20px}.L .la,.L .pn,.L .bu{right:auto;left:20px}.nl .pn,.nl .bu{bottom:20px}` +
  `.bu{display:flex;align-items:start;gap:6px;max-width:280px;padding:10px 8px 10px 14px}.bu>button:first-child{text-align:left}` +
  `.pn{width:380px;max-width:calc(100vw - 24px);max-height:min(640px,calc(100vh - 108px));display:flex;flex-direction:column}` +
  `.hd{display:flex;align-items:center;justify-content:space-between;padding:12px 12px 12px 18px;border-bottom:1px solid #eee}.hd h2{margin:0}` +
  `.ch{display:flex;flex-wrap:wrap;gap:6px;padding:10px 18px 0}.cp{padding:2px 10px;border-radius:99px;background:#f1f2f4;font-size:12px}` +
  `.cp[aria-pressed=true]{background:var(--a);color:#fff}.sc{overflow:auto;padding:0 18px 16px;overscroll-behavior:contain}` +
  `.po{padding:16px 0;border-bottom:1px solid #eee}.cv,.m{display:block;width:100%;border-radius:8px;margin-bottom:10px}` +
  `.mt,.lb{display:flex;flex-wrap:wrap;gap:6px;align-items:center;color:#6b7280;font-size:12px;margin-bottom:6px}.lb span{padding:1px 7px;border-radius:4px;background:#eef0ff}` +
  `.bd{overflow-wrap:anywhere}.bd img{max-width:100%;height:auto}.bd>:first-child{margin-top:0}.bd>:last-child{margin-bottom:0}` +
  `.rx{display:flex;gap:6px;margin-top:10px}.rx button{padding:2px 9px;border-radius:99px;box-shadow:inset 0 0 0 1px #e5e7eb;font-size:13px}` +
  `.rx [aria-pressed=true]{box-shadow:inset 0 0 0 2px var(--a)}.em{color:#6b7280;text-align:center;padding:24px 0;margin:0}.mo{display:block;margin:12px auto 0}` +
  `.bt{padding:7px 14px;border-radius:8px;background:var(--a);color:#fff;font-weight:600}.bt.s{background:#f1f2f4;color:#1f2937}` +
  `.lk{font-size:12px;color:#6b7280;text-decoration:underline;margin-left:auto}` +
  `.x{width:28px;height:28px;border-radius:6px;font-size:20px;line-height:1;color:#6b7280;flex:none}.x:hover{background:#0000000d}` +
  `.cd{width:360px;max-width:calc(100vw - 24px);padding:18px}.cd>.x{position:absolute;top:8px;right:8px}.cd h2{padding-right:24px}` +
  `.ac{display:flex;flex-wrap:wrap;align-items:center;gap:8px;margin-top:14px}.ac:empty{display:none}.pg{font-size:12px;color:#6b7280;margin-right:auto}.pg~.lk{margin-left:0}` +
  `.ov{position:fixed;inset:0;display:grid;place-items:center;background:#1118}.ov .cd{position:relative;width:480px}` +
  `.bn{position:fixed;left:0;right:0;top:0;display:flex;flex-wrap:wrap;align-items:center;justify-content:center;gap:4px 14px;padding:10px 48px;background:var(--a);color:#fff;box-shadow:0 2px 10px #0003}` +
  `.bn.b{top:auto;bottom:0}.bn h2,.bn .bd,.bn .ac{margin:0;font-size:14px}.bn .bt{background:#fff;color:var(--a)}.bn .bt.s{background:#fff3;color:#fff}` +
  `.bn a,.bn .x{color:#fff}.bn>.x{position:absolute;right:10px;top:50%;margin-top:-14px}.bn .m{height:32px;width:auto;margin:0}` +
  `.ar{position:absolute;width:12px;height:12px;background:#fff;transform:rotate(45deg)}` +
  `.hs{width:18px;height:18px;border-radius:50%;background:var(--a);border:3px solid #fff;animation:p 1.6s infinite}` +
  `@keyframes p{0%{box-shadow:0 0 0 0 var(--a)}80%,to{box-shadow:0 0 0 14px #0000}}@media (prefers-reduced-motion:reduce){.hs{animation:none}}`;
