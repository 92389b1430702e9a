#include "ops/prometheus.hpp"

#include <gtest/gtest.h>

namespace waymark::ops {
namespace {

TEST(PrometheusText, WritesFamiliesAndEscapedLabels) {
  PrometheusText text;
  text.Family("waymark_requests_total", "counter", "Requests answered.");
  text.Sample("waymark_requests_total", {{"route", "/a\"b\\c"}, {"code", "200"}},
              std::uint64_t{42});
  text.Sample("waymark_open_connections", {}, 1.5);
  EXPECT_EQ(text.Take(),
            "# HELP waymark_requests_total Requests answered.\n"
            "# TYPE waymark_requests_total counter\n"
            "waymark_requests_total{route=\"/a\\\"b\\\\c\",code=\"200\"} 42\n"
            "waymark_open_connections 1.5\n");
}

}  // namespace
}  // namespace waymark::ops
