#pragma once

#include <span>
#include <vector>

#include "core/status.hpp"
#include "store/database.hpp"
#include "store/sqlite/connection.hpp"

namespace waymark::store::sqlite {

struct GroupOutcome {
  bool committed = false;        // the transaction reached the disk
  std::vector<Status> statuses;  // one per write, in order
};

// Runs `writes` in one transaction, each inside its own savepoint so that a failing write
// undoes only itself, then commits: one fsync serves the whole group. A write's Status is
// its own failure, or, if the transaction itself was lost, the reason it was lost.
// REQUIRES: called on the writer thread, the only user of `connection`.
GroupOutcome CommitGroup(Connection& connection, std::span<WriteFn> writes);

}  // namespace waymark::store::sqlite
