// The rollups' cache of users already counted, as an analytics turn asks it: four sightings
// an event, most of them counted before, in a cache of 200,000 (both generations full).
#include <benchmark/benchmark.h>

#include <cstdint>
#include <vector>

#include "analytics/seen_users.hpp"

namespace waymark::analytics {
namespace {

constexpr std::size_t kGeneration = 100'000;

void BM_SeenUsersContains(benchmark::State& state) {
  SeenUsers seen(kGeneration);
  std::vector<SeenUsers::Key> keys;
  for (std::uint64_t i = 0; i < 2 * kGeneration; ++i) {
    // What KeyOf makes: 128 bits of XXH3, here from a simple mix of the counter.
    const std::uint64_t low = (i + 1) * 0x9E3779B97F4A7C15ULL;
    keys.push_back({low, low ^ 0xC2B2AE3D27D4EB4FULL});
    seen.Add(keys.back());
  }
  std::size_t found = 0;
  std::size_t at = 0;
  for (auto _ : state) {
    // Seven of eight asked were counted before; the others were not.
    const SeenUsers::Key& known = keys[(at * 7919) % keys.size()];
    const SeenUsers::Key asked = (at % 8 == 0) ? SeenUsers::Key{known.low + 1, known.high} : known;
    found += seen.Contains(asked) ? 1 : 0;
    ++at;
  }
  benchmark::DoNotOptimize(found);
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_SeenUsersContains);

}  // namespace
}  // namespace waymark::analytics
