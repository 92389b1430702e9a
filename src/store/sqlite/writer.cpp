#include "store/sqlite/writer.hpp"

#include <algorithm>
#include <utility>

#include "core/thread_name.hpp"
#include "store/sqlite/group_commit.hpp"

namespace waymark::store::sqlite {

Writer::Writer(Connection connection, std::size_t max_pending, std::size_t max_group)
    : max_pending_(max_pending),
      max_group_(std::max<std::size_t>(max_group, 1)),
      connection_(std::move(connection)),
      thread_([this] {
        NameThisThread("wm-sql-writer");
        Run();
      }) {}

Writer::~Writer() {
  {
    std::lock_guard lock(mutex_);
    closing_ = true;
  }
  wake_.notify_one();
  thread_.join();
}

void Writer::Submit(WriteFn fn, Completion<Status> done) {
  const char* refusal = nullptr;
  {
    std::lock_guard lock(mutex_);
    if (closing_) {
      refusal = "store: closing";
    } else if (queue_.size() >= max_pending_) {
      refusal = "store: write queue full";
    } else {
      queue_.emplace_back(std::move(fn), std::move(done));
    }
    if (refusal) stats_.RecordRejected();
  }
  if (refusal) {
    std::move(done)(Status::Unavailable(refusal));
    return;
  }
  wake_.notify_one();
}

StoreStats Writer::Stats() const {
  std::lock_guard lock(mutex_);
  return stats_.Snapshot(queue_.size());
}

void Writer::Run() {
  for (Group group = TakeGroup(); !group.writes.empty(); group = TakeGroup()) {
    Finish(group);
  }
}

Writer::Group Writer::TakeGroup() {
  std::unique_lock lock(mutex_);
  // Closing still drains the queue: every accepted write gets committed and answered.
  wake_.wait(lock, [this] { return closing_ || !queue_.empty(); });
  Group group;
  const std::size_t size = std::min(queue_.size(), max_group_);
  group.writes.reserve(size);
  group.callers.reserve(size);
  for (std::size_t i = 0; i < size; ++i) {
    group.writes.push_back(std::move(queue_.front().first));
    group.callers.push_back(std::move(queue_.front().second));
    queue_.pop_front();
  }
  return group;
}

void Writer::Finish(Group& group) {
  GroupOutcome outcome = CommitGroup(connection_, group.writes);
  const auto succeeded = static_cast<std::size_t>(std::count_if(
      outcome.statuses.begin(), outcome.statuses.end(), [](const Status& s) { return s.ok(); }));
  {
    std::lock_guard lock(mutex_);
    if (outcome.committed) {
      stats_.RecordCommitted(group.writes.size(), succeeded);
    } else {
      stats_.RecordFailed(group.writes.size());
    }
  }
  // Destroyed here, not after the callers resume, so nothing a caller owns is touched late.
  group.writes.clear();
  // Only now, after COMMIT, may a caller learn that its write succeeded.
  for (std::size_t i = 0; i < group.callers.size(); ++i) {
    std::move(group.callers[i])(std::move(outcome.statuses[i]));
  }
}

}  // namespace waymark::store::sqlite
