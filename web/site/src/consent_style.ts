// The pop-up's look, in a <style> element (the pages allow inline style, not inline
// script). Accept and Reject share one class, so they cannot differ in prominence.
export const CONSENT_CSS = `
.wmc{position:fixed;inset:auto 1rem 1rem;width:auto;height:auto;z-index:2147483000;box-sizing:border-box;
max-width:34rem;max-height:calc(100vh - 2rem);overflow:auto;margin:0 auto;padding:1rem 1.25rem;
background:#fff;color:#1a1a1a;color-scheme:light;border:1px solid #767676;border-radius:8px;
box-shadow:0 4px 24px rgba(0,0,0,.2);font:15px/1.45 system-ui,sans-serif;text-align:left}
.wmc h2{margin:0 0 .4rem;font-size:1.1rem;line-height:1.3}
.wmc p{margin:0 0 .6rem}
.wmc a,.wmc-link{color:#1d4ed8}
.wmc:focus,.wmc button:focus-visible,.wmc a:focus-visible,.wmc input:focus-visible{
outline:3px solid #1d4ed8;outline-offset:2px}
.wmc-row{display:flex;gap:.75rem;margin:.75rem 0 .5rem}
.wmc-btn{flex:1 1 0;min-height:2.5rem;padding:.5rem 1rem;font:inherit;font-weight:600;color:#fff;
background:#1f2937;border:2px solid #1f2937;border-radius:6px;cursor:pointer}
.wmc-btn:disabled,.wmc-link:disabled{opacity:.6;cursor:progress}
.wmc-link{margin:0 1.25rem 0 0;padding:.25rem 0;font:inherit;background:none;border:0;
text-decoration:underline;cursor:pointer}
.wmc fieldset{margin:.5rem 0;padding:.5rem .75rem;border:1px solid #c4c4c4;border-radius:6px}
.wmc legend{font-weight:600}
.wmc label{display:flex;gap:.5rem;align-items:center;margin-top:.4rem}
.wmc-hint{margin:0 0 .4rem 1.6rem!important;font-size:.9em;color:#4a4a4a}
.wmc-error{color:#b91c1c;font-weight:600}
.wmc-error:empty,.wmc [hidden]{display:none}
.wmc-sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media (max-width:30rem){.wmc-row{flex-direction:column}}
`;
