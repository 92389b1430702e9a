#pragma once

#include <boost/asio/awaitable.hpp>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "core/completion.hpp"
#include "core/status.hpp"

// An append-only journal of records on local disk, with group commit: every record waiting
// when the flusher wakes is written with one write and made durable with one fdatasync, and
// only then are their appenders resumed; under load, the flusher first waits a moment for
// more records to join (journal.cpp, kGatherWait). A record is numbered (its sequence, from
// 1, one apart) and carries a count of the items in it (events, say), so that a reader can
// bound what is still to be processed without decoding anything.
//
// On disk: `<dir>/<first sequence, 20 digits>.log` segments, each a run of records
//   u32 payload length | u32 items | u64 sequence | u32 CRC-32 of the 16 bytes before and
//   the payload | payload
// little-endian. A new segment starts once the current one passes segment_bytes. A crash
// can leave only the last segment's tail torn (a record partly written, never
// acknowledged); opening cuts it off. Damage anywhere else is refused, not skipped.
//
// A released segment is kept as `<dir>/spare.log` and written over as the next segment:
// syncing a write into blocks the file already has spares the file system its bookkeeping
// of a growing file (a quarter of a sync's CPU and half its wait, measured on ext4). Its old
// records are never taken for new ones, their sequences being older; a segment is cut to
// its records once the next one starts, so only the last may hold anything after them,
// which opening cuts off with a torn tail.
namespace waymark::store {

struct JournalOptions {
  std::filesystem::path dir;  // created when missing
  std::uint64_t segment_bytes = 64ull << 20;
};

struct JournalRecord {
  std::uint64_t sequence = 0;
  std::uint32_t items = 0;
  std::string payload;
};

class Journal {
 public:
  // What Open found of a record after `processed`: its payload and items.
  using Found = std::function<void(std::string_view payload, std::uint32_t items)>;

  // Opens the journal in options.dir. `processed` is the last sequence already processed
  // (0: none): new records are numbered after it and after every record found, since the
  // segments holding processed records may be gone. Opening reads every record to check
  // it; `found` sees each one after `processed` on the way, in order (and in vain should
  // the open then fail).
  static Result<std::unique_ptr<Journal>> Open(const JournalOptions& options,
                                               std::uint64_t processed, const Found& found = {});
  // Writes and syncs what is queued, completes its appenders, and joins the flusher.
  ~Journal();

  Journal(const Journal&) = delete;
  Journal& operator=(const Journal&) = delete;

  // Appends one record; resumes once it is durable, with its sequence. A failed write or
  // sync fails its group and the records queued behind it; the segment is then cut back to
  // its last durable record, and later appends go on from there (a full disk recovers once
  // space is freed). Should cutting back fail too, every later append fails until restart.
  boost::asio::awaitable<Result<std::uint64_t>> Append(std::string payload, std::uint32_t items);

  // Runs `fn` on the flusher thread after each group is durable (to wake a reader); an
  // empty `fn` stops it, and once that returns, no call is under way.
  void OnDurable(std::function<void()> fn);

  // The durable records after `after`, in order, about max_bytes of them (at least one when
  // there is one). Blocking reads: call it off the I/O threads. For one reader at a time.
  Result<std::vector<JournalRecord>> Read(std::uint64_t after, std::size_t max_bytes);

  // Deletes the segments whose records are all at or before `processed`, but for one kept as
  // the spare when there is none.
  void Release(std::uint64_t processed);

  // The last durable sequence (0: none yet).
  std::uint64_t durable() const;
  // The items in records after `processed` when the journal was opened.
  std::uint64_t items_found() const { return items_found_; }
  // The bytes cut off after the last record when the journal was opened: a torn record, or
  // after a crash what a reused segment held before.
  std::uint64_t bytes_cut() const { return bytes_cut_; }

 private:
  struct Segment {
    std::uint64_t first = 0;  // the sequence of its first record
    std::filesystem::path path;
    std::uint64_t durable_bytes = 0;
  };
  struct Waiting {
    std::uint64_t sequence;
    Completion<Result<std::uint64_t>> done;
  };
  struct Cursor {
    int fd = -1;
    std::uint64_t segment_first = 0;
    std::uint64_t offset = 0;
    std::uint64_t next = 0;  // the sequence of the record at offset
  };

  Journal(const JournalOptions& options, std::vector<Segment> segments, std::uint64_t next);

  void Run();
  Status Flush(const std::string& bytes, std::uint64_t first);
  // After a failed write or sync, what reached the segment past its last durable record is
  // unknown: cuts it off, so that the next group follows that record.
  Status CutBack();
  // Cuts the segment's file to its records, when it is longer (a reused one).
  Status Fit();
  Status StartSegment(std::uint64_t first);
  Status Seek(std::uint64_t after, const std::vector<Segment>& segments);

  const JournalOptions options_;
  std::mutex on_durable_mutex_;
  std::function<void()> on_durable_;  // GUARDED_BY(on_durable_mutex_)
  std::uint64_t items_found_ = 0;
  std::uint64_t bytes_cut_ = 0;
  int fd_ = -1;                      // the last segment, for appending; the flusher's
  std::uint64_t fd_bytes_ = 0;       // its records' bytes; the flusher's
  std::uint64_t fd_file_bytes_ = 0;  // its file's size, more when reused; the flusher's
  std::size_t last_group_ = 0;       // the records of the last group written; the flusher's

  mutable std::mutex mutex_;
  std::condition_variable wake_;
  std::vector<Segment> segments_;  // GUARDED_BY(mutex_), in order
  std::string queued_;             // GUARDED_BY(mutex_): encoded records
  std::vector<Waiting> waiting_;   // GUARDED_BY(mutex_)
  std::uint64_t next_ = 1;         // GUARDED_BY(mutex_)
  std::uint64_t durable_ = 0;      // GUARDED_BY(mutex_)
  Status failed_ = Status::Ok();   // GUARDED_BY(mutex_)
  bool closing_ = false;           // GUARDED_BY(mutex_)

  Cursor cursor_;  // the reader's

  std::thread thread_;  // last: starts once everything above exists
};

}  // namespace waymark::store
