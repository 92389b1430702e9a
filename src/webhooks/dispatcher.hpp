#pragma once

#include <atomic>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <chrono>
#include <cstdint>
#include <random>
#include <set>
#include <string>
#include <thread>

#include "store/database.hpp"
#include "webhooks/delivery_store.hpp"
#include "webhooks/doorbell.hpp"
#include "webhooks/sender.hpp"

namespace waymark::webhooks {

struct DispatcherOptions {
  std::string server_key;                        // what signing secrets derive from (signature.hpp)
  std::chrono::milliseconds timeout{10'000};     // per attempt, everything included
  std::chrono::milliseconds retry_base{10'000};  // the first wait of the backoff (backoff.hpp)
  int max_in_flight = 8;                         // deliveries sent at once
  bool allow_private_networks = false;           // or public addresses only (address_policy.hpp)
};

// Sends the queued deliveries, whether or not anyone asks: on a thread of its own, it takes
// the deliveries due (in a write, which leases them), POSTs up to max_in_flight at once,
// and records each attempt with the next one's time. It wakes when Enqueue commits
// (doorbell.hpp), when the next delivery comes due, or at most kMaxSleep later, so that
// deliveries queued through another node are not missed for long. All its state is in
// the store, so a restart loses nothing; what was in flight is sent again once its lease
// ends. Finished deliveries are deleted after kRetention.
class Dispatcher {
 public:
  static constexpr std::chrono::seconds kMaxSleep{60};
  static constexpr std::chrono::hours kRetention{30 * 24};

  // REQUIRES: `db` outlives the dispatcher.
  Dispatcher(store::Database& db, DispatcherOptions options);
  ~Dispatcher();  // interrupts what is in flight and stops the thread

  Dispatcher(const Dispatcher&) = delete;
  Dispatcher& operator=(const Dispatcher&) = delete;

  // Something may be due: look again. Safe from any thread.
  void Poke();

 private:
  boost::asio::awaitable<void> Run();
  boost::asio::awaitable<void> StartDue(std::int64_t now);
  boost::asio::awaitable<void> Attempt(DueDelivery due);
  boost::asio::awaitable<SendResult> Send(const DueDelivery& due);
  boost::asio::awaitable<void> PruneIfDue(std::int64_t now);
  boost::asio::awaitable<std::chrono::milliseconds> SleepTime(std::int64_t now);

  store::Database& db_;
  const DispatcherOptions options_;
  boost::asio::ssl::context tls_;
  std::atomic<bool> stopping_{false};
  std::atomic<bool> poked_{false};
  // Touched only on the dispatcher's thread.
  int in_flight_ = 0;
  bool claim_failed_ = false;
  std::set<Exchange*> exchanges_;
  std::mt19937_64 random_;
  std::int64_t next_prune_ = 0;

  boost::asio::io_context io_;
  boost::asio::steady_timer timer_{io_};
  DoorbellListener doorbell_{[this] { Poke(); }};
  std::thread thread_;  // last: starts once everything above exists
};

}  // namespace waymark::webhooks
