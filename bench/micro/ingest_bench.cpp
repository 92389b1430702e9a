// The CPU work of one POST /v1/events as bench/ingest sends it (20 events, 2.4 KB), without
// the network and the store: reading and checking the body, and the answer. The JSON parse
// alone is the floor the reading is measured against. Then the journal applier's share
// before the store: a turn of such requests decoded and made into rows.
#include <benchmark/benchmark.h>

#include <array>
#include <boost/json/monotonic_resource.hpp>
#include <boost/json/parse.hpp>
#include <cstdio>
#include <string>

#include "analytics/ingest_answers.hpp"
#include "analytics/journal_batch.hpp"
#include "analytics/sdk_events.hpp"
#include "analytics/turn_work.hpp"

namespace waymark::analytics {
namespace {

constexpr std::int64_t kNow = 1795253400000;

// bench/events.lua's body.
std::string TwentyEvents() {
  std::string body = R"({"projectId":"wm_pk_bench","events":[)";
  for (int i = 1; i <= 20; ++i) {
    char event[256];
    std::snprintf(event, sizeof event,
                  R"(%s{"id":"00000001-0001-7000-8000-%012x","type":"view","ts":%lld,)"
                  R"("anonymousId":"user-%d","interactionId":"i%d","props":{"step":%d}})",
                  i == 1 ? "" : ",", i, static_cast<long long>(kNow - 5000), i % 1000, i % 20,
                  i % 3);
    body += event;
  }
  return body + "]}";
}

void BM_ParseTwentyEventsJsonOnly(benchmark::State& state) {
  const std::string body = TwentyEvents();
  for (auto _ : state) {
    unsigned char buffer[16384];
    boost::json::monotonic_resource resource(buffer, sizeof buffer);
    boost::json::value value = boost::json::parse(body, &resource);
    benchmark::DoNotOptimize(value);
  }
  state.SetItemsProcessed(state.iterations() * 20);
}
BENCHMARK(BM_ParseTwentyEventsJsonOnly);

void BM_ReadTwentyEvents(benchmark::State& state) {
  const std::string body = TwentyEvents();
  for (auto _ : state) {
    auto batch = ReadEventBatch(body, kNow);
    benchmark::DoNotOptimize(batch);
  }
  state.SetItemsProcessed(state.iterations() * 20);
}
BENCHMARK(BM_ReadTwentyEvents);

void BM_JournalTwentyEvents(benchmark::State& state) {
  const auto batch = std::get<EventBatch>(ReadEventBatch(TwentyEvents(), kNow));
  for (auto _ : state) {
    std::string payload = EncodeBatch("p_bench", kNow, batch.events, {});
    benchmark::DoNotOptimize(payload);
  }
  state.SetItemsProcessed(state.iterations() * 20);
}
BENCHMARK(BM_JournalTwentyEvents);

void BM_AnswerTwentyEvents(benchmark::State& state) {
  const auto batch = std::get<EventBatch>(ReadEventBatch(TwentyEvents(), kNow));
  for (auto _ : state) {
    http::Response answer = SavedAnswer(batch.events, batch.rejected);
    benchmark::DoNotOptimize(answer);
  }
  state.SetItemsProcessed(state.iterations() * 20);
}
BENCHMARK(BM_AnswerTwentyEvents);

// The events of a turn's record `r` (0 to 69) in varied traffic, like analytics_query's:
// four interaction event types over 40 interactions, post views over 8 posts, two days,
// 1,000 users.
std::vector<Event> VariedEvents(int r) {
  static constexpr std::array kTypes{EventType::kView, EventType::kClick, EventType::kDismiss,
                                     EventType::kComplete, EventType::kPostView};
  std::vector<Event> events(20);
  for (int i = 0; i < 20; ++i) {
    const int n = r * 20 + i;
    Event& event = events[i];
    char id[40];
    std::snprintf(id, sizeof id, "00000001-0001-7000-8000-%012x", n);
    event.id = id;
    event.type = kTypes[n % kTypes.size()];
    (event.type == EventType::kPostView ? event.post_id : event.interaction_id) =
        "i" + std::to_string(n % 40);
    event.user_key = "a:user-" + std::to_string(n % 1000);
    event.ts = kNow - (n % 2) * 86'400'000;
    event.props = R"({"step":)" + std::to_string(n % 3) + "}";
  }
  return events;
}

// A turn of the applier (JournalApplier::kTurnBytes, about 70 requests of 20 events) of one
// project, read from the journal's records and made ready for the writer: bench/ingest's
// requests (0), or varied traffic (1).
void BM_MakeTurn(benchmark::State& state) {
  const auto sdk = std::get<EventBatch>(ReadEventBatch(TwentyEvents(), kNow));
  std::vector<store::JournalRecord> records;
  for (int r = 0; r < 70; ++r) {
    const std::vector<Event> events = state.range(0) == 0 ? sdk.events : VariedEvents(r);
    records.push_back({static_cast<std::uint64_t>(r + 1), 20,
                       EncodeBatch("XmMhmhZA-7EhKMb46q131w", kNow, events, {})});
  }
  for (auto _ : state) {
    TurnWork work = MakeTurn(records);
    benchmark::DoNotOptimize(work);
  }
  state.SetItemsProcessed(state.iterations() * 70 * 20);
}
BENCHMARK(BM_MakeTurn)->Arg(0)->Arg(1);

}  // namespace
}  // namespace waymark::analytics
