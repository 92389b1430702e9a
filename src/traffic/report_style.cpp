#include "traffic/report_style.hpp"

namespace waymark::traffic {

const std::string_view kReportStyle = R"css(
:root{--bg:#f5f6f8;--card:#fff;--fg:#1c2230;--mute:#5b6476;--line:#e2e5ea;--track:#eceff3;
--bar:#3d6fd6;--vis:#e07b1a;--s1:#8b93a3;--s2:#2e9d6a;--s3:#3d6fd6;--s4:#dc9b13;--s5:#d64040}
@media (prefers-color-scheme:dark){:root{--bg:#13161b;--card:#1b1f26;--fg:#e3e6eb;
--mute:#99a2b1;--line:#2b313b;--track:#262b34;--bar:#6b9af0;--vis:#f29a45;--s2:#43b883;
--s3:#6b9af0;--s4:#e8b13e;--s5:#ee6767}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.5 system-ui,-apple-system,
"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;-webkit-text-size-adjust:100%}
header,main,footer{max-width:1180px;margin:0 auto;padding:0 20px}
header{padding:28px 20px 20px}
h1{font-size:26px;line-height:1.25;margin:0 0 6px;font-weight:650}
h2{font-size:16px;margin:0 0 12px;font-weight:620}
h3{font-size:14px;margin:0 0 6px;font-weight:620}
.sub,.note,footer,summary,.legend,.none{color:var(--mute)}
.sub{margin:0;overflow-wrap:anywhere}
.note{font-weight:400;font-size:13px}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:12px;
margin:0 0 16px}
.card,section{background:var(--card);border:1px solid var(--line);border-radius:10px}
.card{padding:14px 16px}
.card span{display:block;font-size:13px;color:var(--mute)}
.card b{display:block;font-size:27px;line-height:1.3;font-weight:650;
font-variant-numeric:tabular-nums}
section{padding:18px 20px;margin:0 0 16px;min-width:0;container-type:inline-size}
@container (max-width:640px){.t1{display:none}}
@container (max-width:360px){.t2{display:none}}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,400px),1fr));
gap:16px;margin:0 0 16px}
.grid.three{grid-template-columns:repeat(auto-fit,minmax(min(100%,300px),1fr))}
.grid>section,.grid>div{margin:0}
.chart{display:block;width:100%;overflow:visible}
.stack{border-radius:5px}
.chart text{font-size:12px;fill:var(--mute)}
.chart .name{fill:var(--fg)}
.bars text{font-size:13px}
.chart .val{font-variant-numeric:tabular-nums}
.cols{margin-left:34px;width:calc(100% - 34px)}
.c-bar{fill:var(--bar)}
.c-track{fill:var(--track)}
.c-grid{stroke:var(--line)}
.c-axis{stroke:var(--mute)}
.c-line{stroke:var(--vis);stroke-width:2.5;stroke-linecap:round}
.c-dot{fill:var(--vis)}
.s1{fill:var(--s1);background:var(--s1)}.s2{fill:var(--s2);background:var(--s2)}
.s3{fill:var(--s3);background:var(--s3)}.s4{fill:var(--s4);background:var(--s4)}
.s5{fill:var(--s5);background:var(--s5)}
.legend{list-style:none;padding:0;margin:10px 0 0;display:flex;flex-wrap:wrap;gap:4px 18px;
font-size:13px}
.legend i{display:inline-block;width:11px;height:11px;border-radius:3px;margin-right:6px}
.legend .k-bar{background:var(--bar)}
.legend .k-line{background:var(--vis);height:3px;vertical-align:middle}
.legend b{color:var(--fg);font-weight:600}
table{width:100%;border-collapse:collapse;font-size:14px}
th,td{padding:5px 8px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
th{font-size:12px;font-weight:600;color:var(--mute)}
tr:last-child td{border-bottom:0}
.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.u{overflow-wrap:anywhere;word-break:break-word}
.b{background:linear-gradient(var(--bar),var(--bar)) no-repeat 0 calc(100% - 2px)/var(--b) 2px}
.o td{color:var(--mute);font-style:italic}
details{margin-top:12px}
summary{cursor:pointer;font-size:13px}
.none{margin:0}
ul.plain{margin:0;padding-left:18px}
.empty{text-align:center;padding:44px 20px}
.empty h2{font-size:20px}
footer{font-size:13px;padding-bottom:32px}
@media (max-width:600px){body{font-size:14px}header,main,footer{padding-left:12px;padding-right:12px}
section{padding:14px}.card b{font-size:22px}th,td{padding:4px 5px}}
@media print{:root{--bg:#fff;--card:#fff;--fg:#000;--mute:#444;--line:#ccc;--track:#eee}
*{print-color-adjust:exact;-webkit-print-color-adjust:exact}
section,.card,tr{break-inside:avoid}}
)css";

}  // namespace waymark::traffic
