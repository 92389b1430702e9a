#pragma once

#include <boost/unordered/unordered_flat_map.hpp>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace waymark::traffic {

struct Count {
  std::uint64_t hits = 0;
  std::uint64_t bytes = 0;
  std::uint64_t visitors = 0;  // kept only where a key belongs to one visitor (user agents)

  Count& operator+=(const Count& other) {
    hits += other.hits;
    bytes += other.bytes;
    visitors += other.visitors;
    return *this;
  }
};

// Counts by name (a URL, a referring host, a user agent) with at most `limit` names: a
// log full of one-off URLs (a scanner's) must not grow memory without bound. Past the
// limit, new names add to Other(), which the reports show as such.
class Counter {
 public:
  explicit Counter(std::size_t limit) : limit_(limit) {}

  // The count for `name`, created when there is room; Other() when there is not.
  Count& At(std::string_view name) {
    if (auto found = counts_.find(name); found != counts_.end()) return found->second;
    if (counts_.size() >= limit_) return other_;
    return counts_.try_emplace(std::string(name)).first->second;
  }

  void Merge(const Counter& other) {
    for (const auto& [name, count] : other.counts_) At(name) += count;
    other_ += other.other_;
  }

  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using Map = boost::unordered_flat_map<std::string, Count, Hash, std::equal_to<>>;

  const Map& Counts() const { return counts_; }
  const Count& Other() const { return other_; }

 private:
  std::size_t limit_;
  Map counts_;
  Count other_;
};

}  // namespace waymark::traffic
