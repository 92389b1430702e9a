#include "store/journal.hpp"

#include <fcntl.h>
#include <spdlog/spdlog.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <iterator>
#include <system_error>

#include "core/thread_name.hpp"
#include "store/journal_format.hpp"

namespace waymark::store {

using namespace journal_format;

namespace {

// Group commit under load, as a database's commit delay: once a group of kBusyGroup records
// or more was written, the next waits up to kGatherWait for kGatherTarget records to join
// it. A sync costs about as much CPU whatever it carries (some 60 µs on this machine), so
// fewer, larger ones leave the requests more; a lone record is never held.
constexpr std::size_t kBusyGroup = 8;
constexpr std::size_t kGatherTarget = 32;
constexpr auto kGatherWait = std::chrono::microseconds(300);

// A released segment kept to become the next one: writing over blocks a file already has
// spares each sync the file system's own bookkeeping of a growing file. Not a segment's
// name, so opening never reads it.
constexpr std::string_view kSpareName = "spare.log";

std::string SegmentName(std::uint64_t first) {
  char name[32];
  std::snprintf(name, sizeof name, "%020llu.log", static_cast<unsigned long long>(first));
  return name;
}

Status SyncDirectory(const std::filesystem::path& dir) {
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return ErrnoStatus("cannot open", dir);
  const int synced = ::fsync(fd);
  ::close(fd);
  return synced == 0 ? Status::Ok() : ErrnoStatus("cannot sync", dir);
}

}  // namespace

Result<std::unique_ptr<Journal>> Journal::Open(const JournalOptions& options,
                                               std::uint64_t processed, const Found& found) {
  std::error_code error;
  std::filesystem::create_directories(options.dir, error);
  if (error) return Status::Io("journal: cannot create " + options.dir.string());
  std::vector<Segment> segments;
  for (const auto& entry : std::filesystem::directory_iterator(options.dir, error)) {
    const std::string name = entry.path().filename().string();
    if (name.size() != 24 || !name.ends_with(".log") ||
        !std::all_of(name.begin(), name.begin() + 20,
                     [](char c) { return c >= '0' && c <= '9'; })) {
      continue;
    }
    segments.push_back({std::stoull(name.substr(0, 20)), entry.path(), 0});
  }
  if (error) return Status::Io("journal: cannot list " + options.dir.string());
  std::sort(segments.begin(), segments.end(),
            [](const Segment& a, const Segment& b) { return a.first < b.first; });

  std::uint64_t last = 0;
  std::uint64_t items = 0;
  std::uint64_t cut = 0;
  for (std::size_t i = 0; i < segments.size(); ++i) {
    Segment& segment = segments[i];
    if (segment.first == 0 || (i > 0 && segment.first != last + 1)) {
      return Status::Io("journal: " + segment.path.string() + " does not follow sequence " +
                        std::to_string(last));
    }
    auto scan = ScanSegment(segment.path, segment.first, processed, found);
    if (!scan.ok()) return scan.status();
    if (scan->intact_bytes < scan->file_bytes) {
      if (i + 1 < segments.size()) {
        return Damaged(segment.path, scan->intact_bytes);
      }
      // A crash in the middle of a write: the torn record was never acknowledged.
      if (::truncate(segment.path.c_str(), static_cast<off_t>(scan->intact_bytes)) != 0) {
        return ErrnoStatus("cannot cut the torn tail of", segment.path);
      }
      cut = scan->file_bytes - scan->intact_bytes;
    }
    segment.durable_bytes = scan->intact_bytes;
    last = scan->last;
    items += scan->items_after;
  }
  if (last < processed) {
    // The journal is behind what was processed (its tail lost, the database restored
    // later than it): every record in it is processed, and numbering goes on after
    // `processed` in a new segment, which must not follow these.
    for (const Segment& segment : segments) std::filesystem::remove(segment.path, error);
    segments.clear();
    items = 0;
  }
  const std::uint64_t next = std::max(last, processed) + 1;
  std::unique_ptr<Journal> journal(new Journal(options, std::move(segments), next));
  journal->items_found_ = items;
  journal->bytes_cut_ = cut;
  journal->durable_ = next - 1;
  if (!journal->segments_.empty() && next == last + 1) {
    Segment& tail = journal->segments_.back();
    journal->fd_ = ::open(tail.path.c_str(), O_WRONLY | O_CLOEXEC);
    if (journal->fd_ < 0) return ErrnoStatus("cannot open", tail.path);
    journal->fd_bytes_ = tail.durable_bytes;
    journal->fd_file_bytes_ = tail.durable_bytes;
    if (cut > 0 && ::fsync(journal->fd_) != 0) return ErrnoStatus("cannot sync", tail.path);
  }
  journal->Release(processed);
  journal->thread_ = std::thread([raw = journal.get()] {
    NameThisThread("wm-journal");
    raw->Run();
  });
  return journal;
}

Journal::Journal(const JournalOptions& options, std::vector<Segment> segments, std::uint64_t next)
    : options_(options), segments_(std::move(segments)), next_(next) {}

Journal::~Journal() {
  {
    std::lock_guard lock(mutex_);
    closing_ = true;
  }
  wake_.notify_one();
  if (thread_.joinable()) thread_.join();
  if (fd_ >= 0) {
    // A reused segment's leftovers past the last record go, so that the next open finds
    // nothing to cut.
    if (Status s = Fit(); !s.ok()) spdlog::warn("journal.close error=\"{}\"", s.message());
    ::close(fd_);
  }
  if (cursor_.fd >= 0) ::close(cursor_.fd);
}

boost::asio::awaitable<Result<std::uint64_t>> Journal::Append(std::string payload,
                                                              std::uint32_t items) {
  return SuspendUntil<Result<std::uint64_t>>(
      [this, payload = std::move(payload), items](auto done) mutable {
        const std::uint32_t payload_crc = PayloadCrc(payload);
        std::unique_lock lock(mutex_);
        if (!failed_.ok() || closing_ || payload.size() > kMaxPayload) {
          const Status refusal = !failed_.ok() ? failed_
                                 : closing_    ? Status::Unavailable("journal: closing")
                                               : Status::Invalid("journal: record too large");
          lock.unlock();
          std::move(done)(refusal);
          return;
        }
        Header header{static_cast<std::uint32_t>(payload.size()), items, next_++, 0};
        char bytes[kHeaderBytes];
        PutHeader(bytes, header);
        header.crc = RecordCrc(payload_crc, bytes);
        PutHeader(bytes, header);
        queued_.append(bytes, kHeaderBytes);
        queued_.append(payload);
        waiting_.push_back({header.sequence, std::move(done)});
        // Only the first record and the gathered group's last are waited for.
        const bool awaited = waiting_.size() == 1 || waiting_.size() == kGatherTarget;
        lock.unlock();
        if (awaited) wake_.notify_one();
      });
}

void Journal::OnDurable(std::function<void()> fn) {
  std::lock_guard lock(on_durable_mutex_);
  on_durable_ = std::move(fn);
}

std::uint64_t Journal::durable() const {
  std::lock_guard lock(mutex_);
  return durable_;
}

void Journal::Run() {
  for (;;) {
    std::string bytes;
    std::vector<Waiting> group;
    Status failed = Status::Ok();
    {
      std::unique_lock lock(mutex_);
      // Closing still writes what is queued: every record taken gets its answer.
      wake_.wait(lock, [this] { return closing_ || !waiting_.empty(); });
      if (last_group_ >= kBusyGroup) {
        wake_.wait_for(lock, kGatherWait,
                       [this] { return closing_ || waiting_.size() >= kGatherTarget; });
      }
      if (waiting_.empty()) return;
      last_group_ = waiting_.size();
      bytes.swap(queued_);
      group.swap(waiting_);
      failed = failed_;
    }
    if (failed.ok()) failed = Flush(bytes, group.front().sequence);
    bool recover = false;
    {
      std::lock_guard lock(mutex_);
      if (failed.ok()) {
        durable_ = group.back().sequence;
        segments_.back().durable_bytes = fd_bytes_;
      } else if (failed_.ok()) {
        // The records queued meanwhile were numbered after the failed ones: they fail too,
        // so that numbering goes on from the last durable record.
        std::move(waiting_.begin(), waiting_.end(), std::back_inserter(group));
        waiting_.clear();
        queued_.clear();
        next_ = durable_ + 1;
        recover = true;
        spdlog::error("journal.write_failed dir={} error=\"{}\"", options_.dir.string(),
                      failed.message());
      }
    }
    if (recover) {
      if (Status cut = CutBack(); !cut.ok()) {
        std::lock_guard lock(mutex_);
        failed_ = cut;
        spdlog::error("journal.failed dir={} error=\"{}\"", options_.dir.string(), cut.message());
      }
    }
    for (Waiting& waiting : group) {
      if (failed.ok()) {
        std::move(waiting.done)(waiting.sequence);
      } else {
        std::move(waiting.done)(failed);
      }
    }
    if (failed.ok()) {
      std::lock_guard lock(on_durable_mutex_);
      if (on_durable_) on_durable_();
    }
  }
}

Status Journal::Flush(const std::string& bytes, std::uint64_t first) {
  if (fd_ < 0 || fd_bytes_ >= options_.segment_bytes) {
    if (Status s = StartSegment(first); !s.ok()) return s;
  }
  const std::filesystem::path& path = options_.dir;
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::pwrite(fd_, bytes.data() + done, bytes.size() - done,
                               static_cast<off_t>(fd_bytes_ + done));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return ErrnoStatus("cannot write to", path);
    done += static_cast<std::size_t>(n);
  }
  if (::fdatasync(fd_) != 0) return ErrnoStatus("cannot sync", path);
  fd_bytes_ += bytes.size();
  fd_file_bytes_ = std::max(fd_file_bytes_, fd_bytes_);
  return Status::Ok();
}

Status Journal::CutBack() {
  if (fd_ < 0) return Status::Ok();
  const std::filesystem::path& path = options_.dir;
  if (::ftruncate(fd_, static_cast<off_t>(fd_bytes_)) != 0) {
    return ErrnoStatus("cannot cut back", path);
  }
  if (::fdatasync(fd_) != 0) return ErrnoStatus("cannot sync", path);
  fd_file_bytes_ = fd_bytes_;
  return Status::Ok();
}

Status Journal::Fit() {
  if (fd_file_bytes_ == fd_bytes_) return Status::Ok();
  return CutBack();
}

Status Journal::StartSegment(std::uint64_t first) {
  // A segment ends exactly after its last record: only the last one may hold anything else.
  if (fd_ >= 0) {
    if (Status s = Fit(); !s.ok()) return s;
  }
  const std::filesystem::path path = options_.dir / SegmentName(first);
  const std::filesystem::path spare = options_.dir / kSpareName;
  const bool reused =
      ::renameat2(AT_FDCWD, spare.c_str(), AT_FDCWD, path.c_str(), RENAME_NOREPLACE) == 0;
  const int fd = reused ? ::open(path.c_str(), O_WRONLY | O_CLOEXEC)
                        : ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  struct stat file {};
  const Status started = fd < 0                    ? ErrnoStatus("cannot open", path)
                         : ::fstat(fd, &file) != 0 ? ErrnoStatus("cannot stat", path)
                                                   : SyncDirectory(options_.dir);
  if (!started.ok()) {
    if (fd >= 0) ::close(fd);
    if (fd >= 0 || reused) ::unlink(path.c_str());  // so that the next try can make it again
    return started;
  }
  if (fd_ >= 0) ::close(fd_);
  fd_ = fd;
  fd_bytes_ = 0;
  fd_file_bytes_ = static_cast<std::uint64_t>(file.st_size);
  std::lock_guard lock(mutex_);
  segments_.push_back({first, path, 0});
  return Status::Ok();
}

Result<std::vector<JournalRecord>> Journal::Read(std::uint64_t after, std::size_t max_bytes) {
  std::vector<Segment> segments;
  std::uint64_t durable = 0;
  {
    std::lock_guard lock(mutex_);
    segments = segments_;
    durable = durable_;
  }
  std::vector<JournalRecord> records;
  if (after >= durable || segments.empty()) return records;
  // The cursor goes on from where the last read stopped, unless the reader asks for other
  // records or the cursor's segment has been released since.
  const bool cursor_segment_kept =
      std::any_of(segments.begin(), segments.end(),
                  [&](const Segment& s) { return s.first == cursor_.segment_first; });
  if (cursor_.fd < 0 || cursor_.next != after + 1 || !cursor_segment_kept) {
    if (Status s = Seek(after, segments); !s.ok()) return s;
  }
  std::size_t bytes = 0;
  while (cursor_.next <= durable && (records.empty() || bytes < max_bytes)) {
    auto segment = std::find_if(segments.begin(), segments.end(),
                                [&](const Segment& s) { return s.first == cursor_.segment_first; });
    if (segment == segments.end()) return Status::Internal("journal: the read segment is gone");
    if (cursor_.offset >= segment->durable_bytes) {
      // Only the last segment grows; the reader is at the end of an earlier one.
      if (std::next(segment) == segments.end()) break;
      const Segment& following = *std::next(segment);
      const int fd = ::open(following.path.c_str(), O_RDONLY | O_CLOEXEC);
      if (fd < 0) return ErrnoStatus("cannot open", following.path);
      ::close(cursor_.fd);
      cursor_ = {fd, following.first, 0, following.first};
      continue;
    }
    char header_bytes[kHeaderBytes];
    if (Status s = ReadAt(cursor_.fd, header_bytes, kHeaderBytes, cursor_.offset, segment->path);
        !s.ok()) {
      return s;
    }
    const Header header = GetHeader(header_bytes);
    if (!Follows(header, cursor_.next)) return Damaged(segment->path, cursor_.offset);
    JournalRecord record{header.sequence, header.items, std::string(header.length, '\0')};
    if (Status s = ReadAt(cursor_.fd, record.payload.data(), header.length,
                          cursor_.offset + kHeaderBytes, segment->path);
        !s.ok()) {
      return s;
    }
    if (!Intact(header, header_bytes, record.payload)) {
      return Damaged(segment->path, cursor_.offset);
    }
    cursor_.offset += kHeaderBytes + header.length;
    cursor_.next += 1;
    bytes += header.length;
    records.push_back(std::move(record));
  }
  return records;
}

Status Journal::Seek(std::uint64_t after, const std::vector<Segment>& segments) {
  // The last segment starting at or before the wanted record; if it was released, the
  // earliest one left.
  auto segment =
      std::upper_bound(segments.begin(), segments.end(), after + 1,
                       [](std::uint64_t sequence, const Segment& s) { return sequence < s.first; });
  if (segment != segments.begin()) --segment;
  const int fd = ::open(segment->path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return ErrnoStatus("cannot open", segment->path);
  if (cursor_.fd >= 0) ::close(cursor_.fd);
  cursor_ = {fd, segment->first, 0, segment->first};
  if (segment->first > after + 1) {
    spdlog::warn("journal.gap dir={} wanted={} first={}", options_.dir.string(), after + 1,
                 segment->first);
  }
  while (cursor_.next <= after && cursor_.offset < segment->durable_bytes) {
    char header_bytes[kHeaderBytes];
    if (Status s = ReadAt(fd, header_bytes, kHeaderBytes, cursor_.offset, segment->path); !s.ok()) {
      return s;
    }
    cursor_.offset += kHeaderBytes + GetHeader(header_bytes).length;
    cursor_.next += 1;
  }
  return Status::Ok();
}

void Journal::Release(std::uint64_t processed) {
  std::vector<std::filesystem::path> gone;
  {
    std::lock_guard lock(mutex_);
    // A segment is done when the next one starts at or before the first unprocessed record.
    while (segments_.size() > 1 && segments_[1].first <= processed + 1) {
      gone.push_back(segments_.front().path);
      segments_.erase(segments_.begin());
    }
  }
  const std::filesystem::path spare = options_.dir / kSpareName;
  for (const auto& path : gone) {
    // The first one gone is kept to be the next segment, unless a spare is kept already.
    if (::renameat2(AT_FDCWD, path.c_str(), AT_FDCWD, spare.c_str(), RENAME_NOREPLACE) == 0) {
      continue;
    }
    std::error_code error;
    std::filesystem::remove(path, error);
    if (error) spdlog::warn("journal.remove path={} error=\"{}\"", path.string(), error.message());
  }
}

}  // namespace waymark::store
