#include "traffic/traffic_index.hpp"

#include <xxhash.h>

#include <algorithm>
#include <unordered_set>

#include "traffic/log_files.hpp"
#include "traffic/log_source.hpp"

namespace waymark::traffic {
namespace {

// Shorter than any Combined line, so a real log is named by its first line alone; the
// minimum keeps files that start with a short or empty line from all looking alike.
constexpr std::size_t kFileKeyMinBytes = 64;

}  // namespace

std::optional<std::uint64_t> FileKey(std::string_view head) {
  head = head.substr(0, kFileKeyHeadBytes);
  const std::size_t newline = head.find('\n', kFileKeyMinBytes - 1);
  if (newline != std::string_view::npos) return XXH3_64bits(head.data(), newline + 1);
  if (head.size() == kFileKeyHeadBytes) return XXH3_64bits(head.data(), head.size());
  return std::nullopt;
}

TrafficIndex::TrafficIndex(TrafficIndexOptions options)
    : options_(std::move(options)), tally_(options_.limits) {}

void TrafficIndex::Refresh(std::chrono::system_clock::time_point now) {
  using std::chrono::days;
  std::lock_guard lock(mutex_);
  // A clock set back does not stop the refreshes: only a recent one in its past counts.
  if (last_refresh_ && now >= *last_refresh_ && now - *last_refresh_ < options_.min_interval) {
    return;
  }
  last_refresh_ = now;
  if (options_.flush) options_.flush();

  std::unordered_set<std::uint64_t> listed;
  for (const std::filesystem::path& path : LogFilesIn(options_.dir)) {
    ReadFile(path, path.filename() == "access.log", listed);
  }
  // A file read whole and no longer there was deleted by retention: forget it.
  std::erase_if(files_,
                [&](const auto& file) { return file.second.done && !listed.contains(file.first); });
  if (options_.retention_days > 0) {
    tally_.ForgetBefore(std::chrono::floor<days>(now) - days(options_.retention_days));
  }
  // Lines still come for today, and for yesterday just after midnight (a request logged
  // when it ends, a rotated file read late); older days are done.
  if (!tally_.Days().empty()) tally_.SealBefore(tally_.Days().rbegin()->first - days(1));
}

void TrafficIndex::ReadFile(const std::filesystem::path& path, bool live,
                            std::unordered_set<std::uint64_t>& listed) {
  Result<LogSource> opened = LogSource::Open(path);
  // Gone since the directory was listed: rotated (the next refresh finds it under its new
  // name, by its key) or deleted by retention.
  if (!opened.ok()) return;
  LogSource& source = *opened;
  const std::optional<std::uint64_t> key = FileKey(source.Head(kFileKeyHeadBytes));
  if (!key) return;
  listed.insert(*key);
  FileState& file = files_[*key];
  if (file.done) return;  // this file, or the same text under another name, read whole
  if (live && file.identity == source.Identity() && file.size == source.Size()) return;
  // The live log's last line may be half written: it is counted once its '\n' is there.
  // A rotated file gets no more lines, so its last line counts as it is.
  const LogSource::Read read = source.ReadInto(tally_, file.offset, !live, nullptr);
  file.offset = std::max(file.offset, read.end_offset);
  file.identity = source.Identity();
  file.size = source.Size();
  file.done = !live;
}

Report TrafficIndex::Query(const DayRange& range, std::size_t top) const {
  std::lock_guard lock(mutex_);
  return Summarize(tally_, {.top = top, .range = range});
}

}  // namespace waymark::traffic
