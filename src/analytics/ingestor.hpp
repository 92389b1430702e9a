#pragma once

#include <boost/asio/awaitable.hpp>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <span>
#include <string_view>

#include "analytics/event.hpp"
#include "analytics/journal_applier.hpp"
#include "analytics/segment_messages.hpp"
#include "core/status.hpp"
#include "store/database.hpp"
#include "store/journal.hpp"

// Ingestion (docs/analytics.md): a request's events are appended to the analytics journal
// on local disk, whose flusher writes every request waiting with one write and one
// fdatasync, and the request is answered once they are durable there: it never waits for
// the database. The applier then stores them there (journal_applier.hpp), so a burst is
// absorbed at the journal's pace and stored at the database's. The events not stored yet
// are bounded: past the bound a request is refused with Unavailable (503 and Retry-After)
// instead of the backlog growing without limit.
namespace waymark::analytics {

class Ingestor {
 public:
  // Opens the journal in `journal_dir` and starts applying what it holds beyond what the
  // database has stored. BLOCKING (reads the database and the journal): call at start.
  static Result<std::unique_ptr<Ingestor>> Open(store::Database& db,
                                                const std::filesystem::path& journal_dir,
                                                std::size_t max_pending_events);
  // Stops the applier, then closes the journal (writing what is queued).
  ~Ingestor();

  Ingestor(const Ingestor&) = delete;
  Ingestor& operator=(const Ingestor&) = delete;

  // Appends the project's `events` (and `profiles` riding on them) to the journal; resumes
  // once they are durable. Unavailable when the events not stored yet would pass the bound.
  // REQUIRES: `events` and `profiles` outlive the call (the caller's frame).
  boost::asio::awaitable<Status> Save(std::string_view project_id, std::span<const Event> events,
                                      std::span<const ProfileUpdate> profiles = {});

  // Resumes once every event durable at the call is stored in the database, or after
  // `patience`; answers whether they are. For reads that must see what was acknowledged.
  boost::asio::awaitable<bool> Settle(std::chrono::milliseconds patience);

  // Events acknowledged and not stored in the database yet: in all, and of one project.
  std::size_t pending() const { return backlog_.total(); }
  std::size_t pending(std::string_view project_id) const { return backlog_.of(project_id); }

 private:
  Ingestor(store::Database& db, std::unique_ptr<store::Journal> journal, std::uint64_t applied,
           Backlog::ByProject found, std::size_t max_pending_events);

  const std::size_t max_pending_;
  Backlog backlog_;
  std::unique_ptr<store::Journal> journal_;
  JournalApplier applier_;  // after the journal: stops before it closes
};

}  // namespace waymark::analytics
