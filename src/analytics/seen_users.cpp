#include "analytics/seen_users.hpp"

#include <xxhash.h>

#include <algorithm>
#include <string>

namespace waymark::analytics {

SeenUsers::Key SeenUsers::KeyOf(std::string_view project, std::string_view period,
                                std::string_view subject, std::string_view metric,
                                std::string_view user) {
  // Joined by a byte no part holds, so ("ab", "c") and ("a", "bc") differ; on the stack,
  // so that the hot path allocates nothing (parts are bounded: ids, names, user ids).
  static constexpr char kSeparator = '\x1f';
  char buffer[1024];
  std::string heap;
  const std::size_t size =
      project.size() + period.size() + subject.size() + metric.size() + user.size() + 4;
  char* out = buffer;
  if (size > sizeof buffer) {
    heap.resize(size);
    out = heap.data();
  }
  char* at = out;
  for (std::string_view part : {project, period, subject, metric}) {
    at = std::copy(part.begin(), part.end(), at);
    *at++ = kSeparator;
  }
  at = std::copy(user.begin(), user.end(), at);
  const XXH128_hash_t hash = XXH3_128bits(out, static_cast<std::size_t>(at - out));
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
