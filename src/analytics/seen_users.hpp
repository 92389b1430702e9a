#pragma once

#include <boost/unordered/unordered_flat_set.hpp>
#include <cstddef>
#include <cstdint>
#include <string_view>

// Which (project, period, subject, metric, user) the rollups have already counted, so that
// most events skip asking the store. It only ever answers "seen" for what the store holds:
// keys are added after their transaction commits (Transaction::AfterCommit), and forgetting
// costs only a lookup. Keys are 128-bit hashes (XXH3) of the user, seeded by a 64-bit hash
// of the row, whose collisions are too rare to matter. Two generations bound the memory:
// when the newer fills, the older is dropped. Not thread-safe: used on the store's writer
// thread only.
namespace waymark::analytics {

class SeenUsers {
 public:
  struct Key {
    std::uint64_t low = 0;
    std::uint64_t high = 0;
    friend bool operator==(const Key&, const Key&) = default;
  };

  explicit SeenUsers(std::size_t generation_size = 100'000) : generation_size_(generation_size) {}

  // What the keys of one rollup row (project, period, subject, metric) share: hashed once,
  // it seeds the hash of each user sighted in the row.
  static std::uint64_t RowSeed(std::string_view project, std::string_view period,
                               std::string_view subject, std::string_view metric);
  static Key KeyOf(std::uint64_t row_seed, std::string_view user);

  bool Contains(const Key& key) const { return newer_.contains(key) || older_.contains(key); }
  void Add(const Key& key);
  std::size_t size() const { return newer_.size() + older_.size(); }

 private:
  // Keys are hashes already: half of one is a hash the set need not mix again.
  struct Hash {
    using is_avalanching = void;
    std::size_t operator()(const Key& key) const { return static_cast<std::size_t>(key.low); }
  };

  std::size_t generation_size_;
  boost::unordered_flat_set<Key, Hash> newer_;
  boost::unordered_flat_set<Key, Hash> older_;
};

}  // namespace waymark::analytics
