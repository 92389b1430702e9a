// The store's share of ingestion: one turn of the journal applier (about 1,400 events of
// bench/ingest's shape, 20 interactions and 1,000 users) written to a SQLite database on
// disk, rollups included, as the applier writes it. Every iteration stores new events.
#include <benchmark/benchmark.h>

#include <array>
#include <cstdio>
#include <string>
#include <vector>

#include "analytics/event_store.hpp"
#include "analytics/prepared_batch.hpp"
#include "core/clock.hpp"
#include "store/migration.hpp"
#include "store/sqlite.hpp"
#include "store/test_util.hpp"

namespace waymark::analytics {
namespace {

constexpr int kTurnEvents = 1400;

std::vector<Event> Turn(int first, std::int64_t now) {
  std::vector<Event> events(kTurnEvents);
  for (int i = 0; i < kTurnEvents; ++i) {
    const int n = first + i;
    char id[40];
    std::snprintf(id, sizeof id, "00000001-0001-7000-8000-%012x", n);
    Event& event = events[i];
    event.id = id;
    event.type = EventType::kView;
    event.ts = now;
    event.received_at = now;
    event.user_key = "a:user-" + std::to_string(n % 1000);
    event.interaction_id = "i" + std::to_string(n % 20);
    event.props = R"({"step":)" + std::to_string(n % 3) + "}";
  }
  return events;
}

void BM_StoreTurn(benchmark::State& state) {
  store::testkit::TempDir dir;
  auto db = store::OpenSqlite({.path = dir.path() / "bench.db"});
  if (!db.ok() || !store::Migrate(**db, store::AllMigrations()).ok()) {
    state.SkipWithError("cannot open the database");
    return;
  }
  const std::string project = "p_bench";
  const std::int64_t now = UnixNowMs();
  Status setup = store::testkit::Await((*db)->Write([&](store::Transaction& tx) -> Status {
    const std::array<store::Value, 3> workspace{std::string("w_bench"), std::string("Bench"),
                                                now / 1000};
    if (auto r =
            tx.Execute("INSERT INTO workspaces (id, name, created_at) VALUES (?, ?, ?)", workspace);
        !r.ok()) {
      return r.status();
    }
    const std::array<store::Value, 6> row{project,
                                          std::string("w_bench"),
                                          std::string("Bench"),
                                          std::string("bench"),
                                          std::string("wm_pk_bench"),
                                          now / 1000};
    return tx
        .Execute(
            "INSERT INTO projects (id, workspace_id, name, slug, public_key, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            row)
        .status();
  }));
  if (!setup.ok()) {
    state.SkipWithError(setup.message().c_str());
    return;
  }
  SeenUsers seen;
  int first = 0;
  for (auto _ : state) {
    state.PauseTiming();
    const std::vector<Event> events = Turn(first, now);
    const PreparedBatch batch = PrepareBatch(project, events);
    first += kTurnEvents;
    state.ResumeTiming();
    Status status = store::testkit::Await((*db)->Write([&](store::Transaction& tx) -> Status {
      return SaveEvents(tx, batch, events, seen).status();
    }));
    if (!status.ok()) {
      state.SkipWithError(status.message().c_str());
      return;
    }
  }
  state.SetItemsProcessed(state.iterations() * kTurnEvents);
}
// The work is on the store's writer thread: wall time, not this thread's CPU.
BENCHMARK(BM_StoreTurn)->Unit(benchmark::kMillisecond)->MinTime(5.0)->UseRealTime();

}  // namespace
}  // namespace waymark::analytics
