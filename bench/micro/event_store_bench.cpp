// The store's share of ingestion: one turn of the journal applier (about 1,400 events of
// bench/ingest's shape, 20 interactions and 1,000 users) written to a SQLite database on
// disk, rollups included, as the applier writes it. Every iteration stores new events.
// BM_StoreLayout stores the turn's raw events alone, in today's layout and in leaner ones
// (docs/analytics.md weighs them), each turn one synced commit.
#include <benchmark/benchmark.h>

#include <array>
#include <cstdio>
#include <ctime>
#include <memory>
#include <string>
#include <vector>

#include "analytics/event_store.hpp"
#include "analytics/journal_batch.hpp"
#include "analytics/prepared_batch.hpp"
#include "core/clock.hpp"
#include "store/migration.hpp"
#include "store/sqlite.hpp"
#include "store/test_util.hpp"

namespace waymark::analytics {
namespace {

constexpr int kTurnEvents = 1400;
constexpr std::string_view kProject = "p_bench";

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

// The process's CPU time. While a write is awaited the bench's thread sleeps, so what it
// adds up is mostly the store's threads' time, the writer's and the checkpointer's; the
// bench's thread adds what starting the write and waking for it take (the CPU column).
double ProcessCpuSeconds() {
  timespec now{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

// A migrated database on disk holding the one project every turn is stored for.
Result<std::unique_ptr<store::Database>> OpenBenchDatabase(const std::filesystem::path& dir) {
  auto db = store::OpenSqlite({.path = dir / "bench.db"});
  if (!db.ok()) return db.status();
  if (auto migrated = store::Migrate(**db, store::AllMigrations()); !migrated.ok()) {
    return migrated.status();
  }
  const std::int64_t now = UnixNowMs();
  Status setup = store::testkit::Await((*db)->Write([&](store::Transaction& tx) -> Status {
    const std::array<store::Value, 3> workspace{std::string("w_bench"), std::string("Bench"),
                                                now / 1000};
    if (auto r =
            tx.Execute("INSERT INTO workspaces (id, name, created_at) VALUES (?, ?, ?)", workspace);
        !r.ok()) {
      return r.status();
    }
    const std::array<store::Value, 6> row{std::string(kProject),      std::string("w_bench"),
                                          std::string("Bench"),       std::string("bench"),
                                          std::string("wm_pk_bench"), now / 1000};
    return tx
        .Execute(
            "INSERT INTO projects (id, workspace_id, name, slug, public_key, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            row)
        .status();
  }));
  if (!setup.ok()) return setup;
  return std::move(*db);
}

// Stores a new turn of events an iteration, each `store(tx, events, batch)` in a write of
// its own. Items are events; `cpu_us_per_event` is the store's CPU time for each, the cost
// that shares the cores with the requests.
template <typename Store>
void StoreTurns(benchmark::State& state, store::Database& db, Store store) {
  const std::int64_t now = UnixNowMs();
  int first = 0;
  double cpu = 0;
  for (auto _ : state) {
    state.PauseTiming();
    const std::vector<Event> events = Turn(first, now);
    const PreparedBatch batch = PrepareBatch(std::string(kProject), events);
    first += kTurnEvents;
    state.ResumeTiming();
    const double cpu_before = ProcessCpuSeconds();
    Status status = store::testkit::Await(
        db.Write([&](store::Transaction& tx) -> Status { return store(tx, events, batch); }));
    cpu += ProcessCpuSeconds() - cpu_before;
    if (!status.ok()) {
      state.SkipWithError(status.message().c_str());
      return;
    }
  }
  const auto events = static_cast<double>(state.iterations() * kTurnEvents);
  state.SetItemsProcessed(state.iterations() * kTurnEvents);
  state.counters["cpu_us_per_event"] = cpu * 1e6 / events;
}

void BM_StoreTurn(benchmark::State& state) {
  store::testkit::TempDir dir;
  auto db = OpenBenchDatabase(dir.path());
  if (!db.ok()) {
    state.SkipWithError(db.status().message().c_str());
    return;
  }
  SeenUsers seen;
  StoreTurns(
      state, **db,
      [&](store::Transaction& tx, std::span<const Event> events, const PreparedBatch& batch) {
        return SaveEvents(tx, batch, events, seen).status();
      });
}
// The work is on the store's writer thread: wall time, not this thread's CPU.
BENCHMARK(BM_StoreTurn)->Unit(benchmark::kMillisecond)->MinTime(5.0)->UseRealTime();

// How a turn's raw events are laid out: today's row an event, or only each event's unique
// key (as text, or as integers: a project number and the id's two 64-bit halves) with the
// request's journal record kept whole as one row.
enum Layout : std::int64_t { kEventRows, kTextKeys, kIntegerKeys };

constexpr std::string_view kLayoutTables = R"sql(
CREATE TABLE event_keys_text (project_id TEXT NOT NULL, event_id TEXT NOT NULL,
  PRIMARY KEY (project_id, event_id)) WITHOUT ROWID;
CREATE TABLE event_keys_int (project INTEGER NOT NULL, hi INTEGER NOT NULL, lo INTEGER NOT NULL,
  PRIMARY KEY (project, hi, lo)) WITHOUT ROWID;
CREATE TABLE event_records (seq INTEGER PRIMARY KEY, project_id TEXT NOT NULL, payload BLOB);
)sql";

// The id's 32 hex digits as two numbers.
std::array<std::int64_t, 2> IdHalves(std::string_view id) {
  std::array<std::uint64_t, 2> halves{};
  std::size_t digits = 0;
  for (const char c : id) {
    if (c == '-') continue;
    const std::uint64_t nibble = c <= '9' ? c - '0' : c - 'a' + 10;
    std::uint64_t& half = halves[digits / 16];
    half = half << 4 | nibble;
    ++digits;
  }
  return {static_cast<std::int64_t>(halves[0]), static_cast<std::int64_t>(halves[1])};
}

// Inserts `params` (`columns` values a row) into `table` by statements of 64, 16, 4 and 1
// rows, as the store inserts events.
Status InsertRows(store::Transaction& tx, std::string_view table, std::size_t columns,
                  std::span<const store::Value> params) {
  std::string row = "(?";
  for (std::size_t i = 1; i < columns; ++i) row += ", ?";
  row += ")";
  std::size_t first = 0;
  const std::size_t rows = params.size() / columns;
  for (const std::size_t size : {64, 16, 4, 1}) {
    std::string sql = "INSERT INTO " + std::string(table) + " VALUES " + row;
    for (std::size_t r = 1; r < size; ++r) sql += ", " + row;
    sql += " ON CONFLICT DO NOTHING";
    for (; rows - first >= size; first += size) {
      auto inserted = tx.Execute(sql, params.subspan(first * columns, size * columns));
      if (!inserted.ok()) return inserted.status();
    }
  }
  return Status::Ok();
}

Status StoreKeysAndRecords(store::Transaction& tx, Layout layout, std::span<const Event> events) {
  std::vector<store::Value> keys;
  for (const Event& event : events) {
    if (layout == kTextKeys) {
      keys.emplace_back(std::string(kProject));
      keys.emplace_back(event.id);
    } else {
      const auto [hi, lo] = IdHalves(event.id);
      keys.insert(keys.end(), {std::int64_t{1}, hi, lo});
    }
  }
  const bool text = layout == kTextKeys;
  if (Status s = InsertRows(tx, text ? "event_keys_text" : "event_keys_int", text ? 2 : 3, keys);
      !s.ok()) {
    return s;
  }
  constexpr std::size_t kRequestEvents = 20;
  for (std::size_t first = 0; first < events.size(); first += kRequestEvents) {
    const auto request = events.subspan(first, std::min(kRequestEvents, events.size() - first));
    const std::array<store::Value, 2> record{
        std::string(kProject), EncodeBatch(kProject, request[0].received_at, request, {})};
    auto inserted =
        tx.Execute("INSERT INTO event_records (project_id, payload) VALUES (?, ?)", record);
    if (!inserted.ok()) return inserted.status();
  }
  return Status::Ok();
}

void BM_StoreLayout(benchmark::State& state) {
  store::testkit::TempDir dir;
  auto db = OpenBenchDatabase(dir.path());
  Status made = db.status();
  if (made.ok()) {
    made = store::testkit::Await(
        (*db)->Write([](store::Transaction& tx) { return tx.ExecuteScript(kLayoutTables); }));
  }
  if (!made.ok()) {
    state.SkipWithError(made.message().c_str());
    return;
  }
  const auto layout = static_cast<Layout>(state.range(0));
  StoreTurns(
      state, **db,
      [&](store::Transaction& tx, std::span<const Event> events, const PreparedBatch& batch) {
        if (layout != kEventRows) return StoreKeysAndRecords(tx, layout, events);
        const std::string table = "events (" + std::string(kEventColumns) + ")";
        return InsertRows(tx, table, kEventColumnCount, batch.rows);
      });
}
BENCHMARK(BM_StoreLayout)
    ->ArgName("layout")
    ->Arg(kEventRows)
    ->Arg(kTextKeys)
    ->Arg(kIntegerKeys)
    ->Unit(benchmark::kMillisecond)
    ->MinTime(5.0)
    ->UseRealTime();

}  // namespace
}  // namespace waymark::analytics
