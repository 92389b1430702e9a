#pragma once

#include "access/api_router.hpp"
#include "analytics/ingestor.hpp"
#include "store/database.hpp"

// The management API's analytics (docs/openapi.yaml):
//   GET /api/v1/projects/{projectId}/analytics          the report, from rollups
//   GET /api/v1/projects/{projectId}/analytics/events   the raw events as CSV, streamed
namespace waymark::analytics {

struct ReportContext {
  store::Database& db;
  // When set, a report or export first waits (a little) for the events acknowledged so far
  // to be stored, so that it counts them.
  Ingestor* ingestor = nullptr;
};

// REQUIRES: `context` outlives the router.
void AddReportRoutes(access::ApiRouter& api, ReportContext& context);

}  // namespace waymark::analytics
