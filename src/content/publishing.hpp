#pragma once

#include "content/context.hpp"
#include "content/scheduler.hpp"
#include "content/snapshots.hpp"

namespace waymark::content {

// Everything that keeps published content served and on time, in the order it must be
// built and torn down: the snapshots, the scheduler that rebuilds them, and the Context the
// routes use. REQUIRES: `db` outlives it.
class Publishing {
 public:
  explicit Publishing(store::Database& db)
      : snapshots_(db), scheduler_(db, snapshots_), context_{db, snapshots_, scheduler_} {}

  Context& context() { return context_; }
  Snapshots& snapshots() { return snapshots_; }
  Scheduler& scheduler() { return scheduler_; }

 private:
  Snapshots snapshots_;
  Scheduler scheduler_;
  Context context_;
};

}  // namespace waymark::content
