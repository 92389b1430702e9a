#include "http/metrics.hpp"

#include <gtest/gtest.h>

#include <set>

namespace waymark::http {
namespace {

using std::chrono::microseconds;
using std::chrono::milliseconds;
using std::chrono::seconds;

// The slot whose label is `label` ("404", "2xx"); kSlots when there is none.
std::size_t SlotNamed(std::string_view label) {
  char scratch[4];
  for (std::size_t slot = 0; slot < HttpMetrics::kSlots; ++slot) {
    if (HttpMetrics::SlotLabel(slot, scratch) == label) return slot;
  }
  return HttpMetrics::kSlots;
}

// Every non-zero counter as "route/label=count", to show exactly what a Record touched.
std::set<std::string> NonZero(const HttpMetrics& metrics, std::size_t routes) {
  std::set<std::string> counted;
  char scratch[4];
  for (std::size_t route = 0; route <= routes; ++route) {
    for (std::size_t slot = 0; slot < HttpMetrics::kSlots; ++slot) {
      if (std::uint64_t n = metrics.Requests(route, slot); n != 0) {
        counted.insert(std::to_string(route) + "/" +
                       std::string(HttpMetrics::SlotLabel(slot, scratch)) + "=" +
                       std::to_string(n));
      }
    }
  }
  return counted;
}

TEST(HttpMetrics, RequestsAreCountedByRouteAndStatus) {
  HttpMetrics metrics(3);

  metrics.Record(0, StatusCode::ok, milliseconds(1));
  metrics.Record(0, StatusCode::ok, milliseconds(1));
  metrics.Record(2, StatusCode::not_found, milliseconds(1));
  metrics.Record(2, StatusCode::internal_server_error, milliseconds(1));

  EXPECT_EQ(NonZero(metrics, 3), (std::set<std::string>{"0/200=2", "2/404=1", "2/500=1"}));
  EXPECT_EQ(metrics.Requests(0, SlotNamed("200")), 2u);
}

TEST(HttpMetrics, RequestsThatMatchedNoRouteHaveTheirOwnSlot) {
  HttpMetrics metrics(2);
  ASSERT_EQ(metrics.unmatched_route(), 2u);

  metrics.Record(metrics.unmatched_route(), StatusCode::not_found, milliseconds(1));
  metrics.Record(99, StatusCode::bad_request, milliseconds(1));

  EXPECT_EQ(NonZero(metrics, 2), (std::set<std::string>{"2/404=1", "2/400=1"}))
      << "an out-of-range route id counts as unmatched rather than writing past the table";
}

TEST(HttpMetrics, UncommonStatusesFallIntoTheirClass) {
  HttpMetrics metrics(1);

  metrics.Record(0, StatusCode::switching_protocols, milliseconds(1));
  metrics.Record(0, StatusCode::multi_status, milliseconds(1));
  metrics.Record(0, StatusCode::accepted, milliseconds(1));
  metrics.Record(0, StatusCode::permanent_redirect, milliseconds(1));
  metrics.Record(0, static_cast<StatusCode>(418), milliseconds(1));
  metrics.Record(0, StatusCode::service_unavailable, milliseconds(1));

  EXPECT_EQ(NonZero(metrics, 1),
            (std::set<std::string>{"0/1xx=1", "0/2xx=2", "0/3xx=1", "0/4xx=1", "0/5xx=1"}));
}

TEST(HttpMetrics, LatencyLandsInTheFirstBucketWhoseBoundHoldsIt) {
  HttpMetrics metrics(1);
  ASSERT_EQ(HttpMetrics::kLatencyBounds[0], 0.0005);
  ASSERT_EQ(HttpMetrics::kLatencyBounds[1], 0.001);
  ASSERT_EQ(HttpMetrics::kLatencyBounds[4], 0.01);
  std::size_t overflow = HttpMetrics::kLatencyBounds.size();

  metrics.Record(0, StatusCode::ok, microseconds(300));   // <= 0.5 ms
  metrics.Record(0, StatusCode::ok, milliseconds(1));     // exactly on the 1 ms bound
  metrics.Record(0, StatusCode::ok, microseconds(1001));  // just above it
  metrics.Record(0, StatusCode::ok, milliseconds(7));     // <= 10 ms
  metrics.Record(0, StatusCode::ok, seconds(6));          // beyond the last bound

  EXPECT_EQ(metrics.LatencyBucket(0), 1u);
  EXPECT_EQ(metrics.LatencyBucket(1), 1u) << "bounds are inclusive, as Prometheus 'le' is";
  EXPECT_EQ(metrics.LatencyBucket(2), 1u);
  EXPECT_EQ(metrics.LatencyBucket(3), 0u);
  EXPECT_EQ(metrics.LatencyBucket(4), 1u);
  EXPECT_EQ(metrics.LatencyBucket(overflow), 1u);
  std::uint64_t total = 0;
  for (std::size_t i = 0; i <= overflow; ++i) total += metrics.LatencyBucket(i);
  EXPECT_EQ(total, 5u) << "every request in exactly one bucket";
  EXPECT_NEAR(metrics.LatencySumSeconds(), 6.009301, 1e-9);
}

TEST(HttpMetrics, SlotLabelsNameEveryCodeThenTheClasses) {
  char scratch[4];
  for (std::size_t slot = 0; slot < HttpMetrics::kCodes.size(); ++slot) {
    EXPECT_EQ(HttpMetrics::SlotLabel(slot, scratch), std::to_string(HttpMetrics::kCodes[slot]));
  }
  std::size_t first_class = HttpMetrics::kCodes.size();
  EXPECT_EQ(HttpMetrics::SlotLabel(first_class + 0, scratch), "1xx");
  EXPECT_EQ(HttpMetrics::SlotLabel(first_class + 1, scratch), "2xx");
  EXPECT_EQ(HttpMetrics::SlotLabel(first_class + 4, scratch), "5xx");
  EXPECT_EQ(first_class + 5, HttpMetrics::kSlots);

  std::set<std::string> labels;
  for (std::size_t slot = 0; slot < HttpMetrics::kSlots; ++slot) {
    labels.emplace(HttpMetrics::SlotLabel(slot, scratch));
  }
  EXPECT_EQ(labels.size(), HttpMetrics::kSlots) << "no two slots share a label";
}

TEST(HttpMetrics, ConnectionsAreCountedOpenAndRefused) {
  HttpMetrics metrics(0);

  metrics.ConnectionOpened();
  metrics.ConnectionOpened();
  metrics.ConnectionClosed();
  metrics.ConnectionRefused();

  EXPECT_EQ(metrics.open_connections(), 1);
  EXPECT_EQ(metrics.refused_connections(), 1u);
}

}  // namespace
}  // namespace waymark::http
