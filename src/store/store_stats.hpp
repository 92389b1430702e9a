#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

namespace waymark::store {

// Upper bounds of the group-size histogram buckets; a last, implicit bucket is +Inf.
inline constexpr std::array<std::uint64_t, 11> kGroupSizeBounds{1,  2,   4,   8,   16,  32,
                                                                64, 128, 256, 512, 1024};

// A point-in-time copy of the write path's counters, for the ops module to render.
struct StoreStats {
  std::uint64_t write_queue_depth = 0;  // writes queued and not yet taken into a group
  std::uint64_t groups_committed = 0;
  std::uint64_t writes_committed = 0;  // writes that succeeded inside a committed group
  std::uint64_t writes_failed = 0;     // rolled back alone, or lost with their group
  std::uint64_t writes_rejected = 0;   // turned away with Unavailable (queue full, closing)

  // Cumulative, as Prometheus wants them: group_size_le[i] counts committed groups of at
  // most kGroupSizeBounds[i] writes; the last entry (+Inf) equals groups_committed.
  std::array<std::uint64_t, kGroupSizeBounds.size() + 1> group_size_le{};
  std::uint64_t group_size_sum = 0;  // writes run inside committed groups, failed ones too
};

}  // namespace waymark::store
