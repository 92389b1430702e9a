#pragma once

#include <atomic>
#include <boost/asio/awaitable.hpp>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "content/snapshot.hpp"
#include "core/status.hpp"
#include "store/database.hpp"

namespace waymark::content {

// The current snapshot of each project that was asked for, built on first use and rebuilt
// after every change. Readers on any thread get a shared, immutable snapshot that stays
// valid for as long as they hold it, however many rebuilds happen meanwhile.
class Snapshots {
 public:
  using Handle = std::shared_ptr<const Snapshot>;

  explicit Snapshots(store::Database& db) : db_(db) {}

  // The project's snapshot; NotFound when there is no such project.
  boost::asio::awaitable<Result<Handle>> Get(std::string project_id);
  // The snapshot of the project whose public changelog is at `slug`.
  boost::asio::awaitable<Result<Handle>> GetBySlug(std::string slug);
  // The snapshot of the project whose public key (the widget's projectId) is `public_key`.
  boost::asio::awaitable<Result<Handle>> GetByKey(std::string public_key);
  // The same when it is built already, without waiting; null otherwise.
  Handle LoadedByKey(std::string_view public_key) const;

  // Builds the project's snapshot afresh from the store and installs it, unless a build
  // that started later got there first. A project that is gone is forgotten.
  boost::asio::awaitable<Status> Rebuild(std::string project_id);

  // The snapshots built so far, for the scheduler to find the next boundary among.
  std::vector<Handle> Loaded() const;
  // How many builds were installed since start (a metric, and a check for the tests).
  std::uint64_t builds() const { return builds_.load(); }

 private:
  Handle Find(const std::string& project_id) const;
  void Install(Handle snapshot);
  void Forget(const std::string& project_id);
  // REQUIRES: `index` is slug_to_id_ or key_to_id_, whose values `column` holds.
  boost::asio::awaitable<Result<Handle>> GetBy(
      std::string_view column, const std::unordered_map<std::string, std::string>& index,
      std::string value);

  store::Database& db_;
  std::atomic<std::uint64_t> sequence_{0};
  std::atomic<std::uint64_t> builds_{0};
  mutable std::mutex mutex_;
  std::unordered_map<std::string, Handle> by_project_;       // GUARDED_BY(mutex_)
  std::unordered_map<std::string, std::string> slug_to_id_;  // GUARDED_BY(mutex_)
  std::unordered_map<std::string, std::string> key_to_id_;   // GUARDED_BY(mutex_)
};

}  // namespace waymark::content
