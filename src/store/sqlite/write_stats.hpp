#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

#include "store/store_stats.hpp"

namespace waymark::store::sqlite {

// The writer's counters. Not synchronised: the writer guards it with its own mutex.
class WriteStats {
 public:
  // `size` writes ran in a group that committed; `succeeded` of them kept their changes.
  void RecordCommitted(std::size_t size, std::size_t succeeded);
  void RecordFailed(std::size_t count) { failed_ += count; }
  void RecordRejected() { ++rejected_; }

  StoreStats Snapshot(std::size_t queue_depth) const;

 private:
  std::uint64_t groups_ = 0;
  std::uint64_t committed_ = 0;
  std::uint64_t failed_ = 0;
  std::uint64_t rejected_ = 0;
  std::uint64_t size_sum_ = 0;
  std::array<std::uint64_t, kGroupSizeBounds.size() + 1> per_bucket_{};  // not cumulative
};

}  // namespace waymark::store::sqlite
