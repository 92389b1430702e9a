#pragma once

#include <string_view>

namespace waymark::traffic {

// The HTML report's whole style. Colours are variables so the dark scheme and print only swap
// them; the charts take theirs from the same variables.
extern const std::string_view kReportStyle;

}  // namespace waymark::traffic
