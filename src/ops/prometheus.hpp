#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

namespace waymark::ops {

using Label = std::pair<std::string_view, std::string_view>;

// Writes the Prometheus text exposition format (version 0.0.4).
class PrometheusText {
 public:
  // Starts a metric family: its # HELP and # TYPE lines.
  void Family(std::string_view name, std::string_view type, std::string_view help);
  void Sample(std::string_view name, std::initializer_list<Label> labels, double value);
  void Sample(std::string_view name, std::initializer_list<Label> labels, std::uint64_t value);

  std::string Take() { return std::move(out_); }

 private:
  void AppendSeries(std::string_view name, std::initializer_list<Label> labels);

  std::string out_;
};

}  // namespace waymark::ops
