#pragma once

#include <string>
#include <vector>

#include "core/status.hpp"
#include "store/database.hpp"

// The demo that `make run` shows a newcomer: a workspace with one project, a few posts and
// an interaction of every kind, made once and left alone after (makers may edit it).
namespace waymark::demo {

struct DemoProject {
  std::string project_id;
  std::string public_key;
  std::string tour_id;  // started from the demo page's "Take the tour" button
};

// The demo project, made on first call; `origins` are the demo page's, allowed to use it.
// BLOCKING: call before serving.
Result<DemoProject> SeedDemo(store::Database& db, const std::vector<std::string>& origins);

}  // namespace waymark::demo
