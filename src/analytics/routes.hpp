#pragma once

#include "analytics/ingestor.hpp"
#include "content/snapshots.hpp"
#include "http/router.hpp"
#include "widget/origin_gate.hpp"

// Where events come in (docs/sdk.md "Analytics events", docs/analytics.md):
//   POST /v1/events                     the SDK's events, by the project's public key
//   POST /v1/batch, /v1/track, /v1/identify, /v1/page, /v1/screen, /v1/group, /v1/alias
//                                       Segment's HTTP tracking API, the key as writeKey
namespace waymark::analytics {

struct IngestContext {
  Ingestor& ingestor;
  content::Snapshots& snapshots;
};

// REQUIRES: `context` and `cors` outlive the router.
void AddIngestRoutes(http::Router& router, IngestContext& context,
                     const widget::WidgetCorsPolicy& cors);

}  // namespace waymark::analytics
