#include "analytics/seen_users.hpp"

#include <xxhash.h>

#include <string>

namespace waymark::analytics {

std::uint64_t SeenUsers::RowSeed(std::string_view project, std::string_view period,
                                 std::string_view subject, std::string_view metric) {
  // Joined by a byte no part holds, so ("ab", "c") and ("a", "bc") differ.
  static constexpr char kSeparator = '\x1f';
  std::string joined;
  joined.reserve(project.size() + period.size() + subject.size() + metric.size() + 3);
  for (std::string_view part : {project, period, subject}) {
    joined.append(part);
    joined += kSeparator;
  }
  joined.append(metric);
  return XXH3_64bits(joined.data(), joined.size());
}

SeenUsers::Key SeenUsers::KeyOf(std::uint64_t row_seed, std::string_view user) {
  const XXH128_hash_t hash = XXH3_128bits_withSeed(user.data(), user.size(), row_seed);
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
