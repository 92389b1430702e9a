#pragma once

#include <string>

#include "traffic/report.hpp"

namespace waymark::traffic {

// The report as plain text for a terminal: the totals, then one aligned table after
// another, each headed by what it counts. Everything from the log is shown as the log
// has it (nginx escaped control bytes already), cut to fit a line.
std::string RenderTable(const Report& report);

}  // namespace waymark::traffic
