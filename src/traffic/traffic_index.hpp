#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <mutex>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "traffic/report.hpp"
#include "traffic/tally.hpp"

namespace waymark::traffic {

struct TrafficIndexOptions {
  std::filesystem::path dir;  // the access log's directory: <data_dir>/logs
  int retention_days = 30;    // days kept, counting back from today; 0 keeps every day
  // Smaller than the command's: the tally stays in the server's memory for good.
  TallyLimits limits{.urls = 5'000, .referrers = 2'000, .agents = 2'000};
  // Requests within this time of the last refresh are answered from the tally as it is,
  // so a burst of them does not list the directory each time.
  std::chrono::milliseconds min_interval{1'000};
  // Called before each refresh reads: the server's AccessLog::Flush, so that the requests
  // it answered before this one are in the file. Empty: nothing to flush.
  std::function<void()> flush;
};

// A running tally of the server's own access log and its rotated files, for the API: each
// refresh reads only what the files gained since the one before.
//
// A file is known by its first line (see FileKey), not by its name or inode, so the
// access log renamed by rotation goes on where it stopped, a compressed copy of a file
// already read adds nothing, and the new access log starts at its beginning.
//
// Thread-safe: one mutex covers the tally and the files' offsets, and is held while files
// are read, so there is one refresher at a time and a query waits for it. REQUIRES: not
// called on an I/O thread (Refresh reads files).
class TrafficIndex {
 public:
  explicit TrafficIndex(TrafficIndexOptions options);

  // Flushes the server's log, then reads the new lines of every log file, unless the last
  // refresh was less than min_interval before `now`. The live access.log's last line is left for
  // the next refresh until its '\n' is written. Then seals the days before yesterday (their
  // visitors are forgotten: no more lines are expected for them) and drops the days past
  // the retention.
  void Refresh(std::chrono::system_clock::time_point now = std::chrono::system_clock::now());

  // The report of the days in `range`, as far as the last refresh read.
  Report Query(const DayRange& range, std::size_t top) const;

 private:
  // What was read of one file, whatever its name is now.
  struct FileState {
    std::uint64_t offset = 0;    // text bytes counted (decompressed bytes for gzip)
    std::uint64_t identity = 0;  // the file last read (device and inode) ...
    std::uint64_t size = 0;      // ... and its size then: unchanged means nothing new
    bool done = false;           // read whole as a rotated file: nothing more will come
  };

  // Reads what `path` gained and adds its key to `listed`. REQUIRES: mutex_ held.
  void ReadFile(const std::filesystem::path& path, bool live,
                std::unordered_set<std::uint64_t>& listed);

  const TrafficIndexOptions options_;
  mutable std::mutex mutex_;
  Tally tally_;                                         // GUARDED_BY(mutex_)
  std::unordered_map<std::uint64_t, FileState> files_;  // GUARDED_BY(mutex_): by FileKey
  std::optional<std::chrono::system_clock::time_point> last_refresh_;  // GUARDED_BY(mutex_)
};

// How much of a file's head names it.
inline constexpr std::size_t kFileKeyHeadBytes = 512;

// The name of a file whose text begins with `head` (its first kFileKeyHeadBytes bytes, or
// all of it when shorter): a hash of its first whole lines, at least 64 bytes of them, so
// that two files starting with a short or empty line do not look alike. A line never
// changes once written, so the key holds while the file grows. nullopt when the head does
// not hold them yet (a file being written): it is read once it does. A head of whole
// kFileKeyHeadBytes without such lines (a very long first line) is its own key.
std::optional<std::uint64_t> FileKey(std::string_view head);

}  // namespace waymark::traffic
