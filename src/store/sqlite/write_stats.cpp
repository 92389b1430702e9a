#include "store/sqlite/write_stats.hpp"

#include <algorithm>

namespace waymark::store::sqlite {
namespace {

std::size_t BucketOf(std::size_t size) {
  const auto* bound = std::lower_bound(kGroupSizeBounds.begin(), kGroupSizeBounds.end(), size);
  return static_cast<std::size_t>(bound - kGroupSizeBounds.begin());  // end() is +Inf
}

}  // namespace

void WriteStats::RecordCommitted(std::size_t size, std::size_t succeeded) {
  ++groups_;
  committed_ += succeeded;
  failed_ += size - succeeded;
  size_sum_ += size;
  ++per_bucket_[BucketOf(size)];
}

StoreStats WriteStats::Snapshot(std::size_t queue_depth) const {
  StoreStats stats;
  stats.write_queue_depth = queue_depth;
  stats.groups_committed = groups_;
  stats.writes_committed = committed_;
  stats.writes_failed = failed_;
  stats.writes_rejected = rejected_;
  stats.group_size_sum = size_sum_;
  std::uint64_t running = 0;
  for (std::size_t i = 0; i < per_bucket_.size(); ++i) {
    running += per_bucket_[i];
    stats.group_size_le[i] = running;
  }
  return stats;
}

}  // namespace waymark::store::sqlite
