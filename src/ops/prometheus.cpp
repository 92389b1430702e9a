#include "ops/prometheus.hpp"

#include <fmt/format.h>

namespace waymark::ops {

void PrometheusText::Family(std::string_view name, std::string_view type, std::string_view help) {
  fmt::format_to(std::back_inserter(out_), "# HELP {} {}\n# TYPE {} {}\n", name, help, name, type);
}

void PrometheusText::AppendSeries(std::string_view name, std::initializer_list<Label> labels) {
  out_.append(name);
  if (labels.size() == 0) return;
  out_.push_back('{');
  bool first = true;
  for (const auto& [key, value] : labels) {
    if (!first) out_.push_back(',');
    first = false;
    out_.append(key).append("=\"");
    for (char c : value) {  // label values escape backslash, quote and newline
      if (c == '\\' || c == '"') out_.push_back('\\');
      if (c == '\n') {
        out_.append("\\n");
        continue;
      }
      out_.push_back(c);
    }
    out_.push_back('"');
  }
  out_.push_back('}');
}

void PrometheusText::Sample(std::string_view name, std::initializer_list<Label> labels,
                            double value) {
  AppendSeries(name, labels);
  fmt::format_to(std::back_inserter(out_), " {}\n", value);
}

void PrometheusText::Sample(std::string_view name, std::initializer_list<Label> labels,
                            std::uint64_t value) {
  AppendSeries(name, labels);
  fmt::format_to(std::back_inserter(out_), " {}\n", value);
}

}  // namespace waymark::ops
