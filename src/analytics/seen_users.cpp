#include "analytics/seen_users.hpp"

#define XXH_STATIC_LINKING_ONLY  // XXH3_state_t on the stack rather than the heap
#include <xxhash.h>

namespace waymark::analytics {

SeenUsers::Key SeenUsers::KeyOf(std::string_view project, std::string_view period,
                                std::string_view subject, std::string_view metric,
                                std::string_view user) {
  // Separated by a byte no part holds, so ("ab", "c") and ("a", "bc") differ. Streamed, so
  // that the hot path allocates nothing.
  static constexpr char kSeparator = '\x1f';
  XXH3_state_t state;
  XXH3_128bits_reset(&state);
  for (std::string_view part : {project, period, subject, metric}) {
    XXH3_128bits_update(&state, part.data(), part.size());
    XXH3_128bits_update(&state, &kSeparator, 1);
  }
  XXH3_128bits_update(&state, user.data(), user.size());
  const XXH128_hash_t hash = XXH3_128bits_digest(&state);
  return {hash.low64, hash.high64};
}

void SeenUsers::Add(const Key& key) {
  if (newer_.size() >= generation_size_) {
    older_ = std::move(newer_);
    newer_ = {};
  }
  newer_.insert(key);
}

}  // namespace waymark::analytics
