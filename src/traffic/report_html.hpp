#pragma once

#include <string>
#include <vector>

#include "traffic/report.hpp"

namespace waymark::traffic {

// What the page says about itself, beyond the report.
struct HtmlPage {
  std::string title = "Traffic";     // e.g. "Traffic of access.log"
  std::string generated_at;          // "2026-11-25 10:31 UTC"; none shown when empty
  std::vector<std::string> sources;  // the files read
};

// The report as one self-contained HTML5 page: inline CSS and inline SVG charts, no
// script, no external request, so it opens from a file or an e-mail attachment. Every
// name from the log is escaped: logs are written by whoever sends a request.
std::string RenderHtml(const Report& report, const HtmlPage& page);

}  // namespace waymark::traffic
