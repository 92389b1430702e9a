#include "webhooks/dispatcher.hpp"

#include <spdlog/spdlog.h>

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/use_awaitable.hpp>

#include "core/clock.hpp"
#include "core/thread_name.hpp"
#include "webhooks/backoff.hpp"
#include "webhooks/enqueue.hpp"
#include "webhooks/signature.hpp"

namespace waymark::webhooks {

using boost::asio::awaitable;
using std::chrono::milliseconds;

Dispatcher::Dispatcher(store::Database& db, DispatcherOptions options)
    : db_(db),
      options_(std::move(options)),
      tls_(ClientTlsContext()),
      random_(std::random_device{}()) {
  boost::asio::co_spawn(io_, Run(), boost::asio::detached);
  thread_ = std::thread([this] {
    NameThisThread("wm-webhooks");
    io_.run();
  });
}

Dispatcher::~Dispatcher() {
  stopping_ = true;
  boost::asio::post(io_, [this] {
    for (Exchange* exchange : exchanges_) exchange->Abort();
    timer_.cancel();
  });
  thread_.join();
}

void Dispatcher::Poke() {
  poked_ = true;
  boost::asio::post(io_, [this] { timer_.cancel(); });
}

awaitable<void> Dispatcher::Run() {
  while (!stopping_) {
    poked_ = false;
    const std::int64_t now = UnixNowMs();
    co_await StartDue(now);
    co_await PruneIfDue(now);
    const milliseconds sleep = co_await SleepTime(now);
    if (poked_ || stopping_) continue;  // a change came while this pass read the store
    timer_.expires_after(sleep);
    boost::system::error_code ec;  // operation_aborted: poked
    co_await timer_.async_wait(boost::asio::redirect_error(boost::asio::use_awaitable, ec));
  }
}

awaitable<void> Dispatcher::StartDue(std::int64_t now) {
  const int room = options_.max_in_flight - in_flight_;
  if (room <= 0) co_return;
  // Long enough that no attempt still runs when its lease ends.
  const std::int64_t lease_until = now + options_.timeout.count() + 30'000;
  std::vector<DueDelivery> claimed;
  Status status = co_await db_.Write([&](store::Transaction& tx) -> Status {
    auto due = ClaimDue(tx, now, room, lease_until);
    if (!due.ok()) return due.status();
    claimed = std::move(*due);
    return Status::Ok();
  });
  claim_failed_ = !status.ok();
  if (claim_failed_) spdlog::warn("webhooks.claim_failed error=\"{}\"", status.message());
  for (DueDelivery& due : claimed) {
    if (stopping_) break;  // the rest come due again when their lease ends
    ++in_flight_;
    auto finished = [this, id = due.delivery.id](std::exception_ptr error) {
      --in_flight_;
      if (error) spdlog::error("webhooks.attempt_crashed delivery={}", id);
      Poke();
    };
    boost::asio::co_spawn(io_, Attempt(std::move(due)), std::move(finished));
  }
}

awaitable<void> Dispatcher::Attempt(DueDelivery due) {
  const Delivery& delivery = due.delivery;
  SendResult result = co_await Send(due);
  // Cut short by shutdown: not the receiver's fault, and it goes again after the lease.
  if (stopping_ && !result.succeeded()) co_return;
  const std::int64_t now = UnixNowMs();
  const int attempts = static_cast<int>(delivery.attempts) + 1;
  const double jitter = std::uniform_real_distribution<double>(0.0, 1.0)(random_);
  Outcome outcome = Outcome::kFailed;
  if (result.succeeded()) outcome = Outcome::kSucceeded;
  if (result.futile) outcome = Outcome::kFutile;
  const NextStep next = AfterAttempt(outcome, attempts, now, options_.retry_base, jitter);
  AttemptRecord record{now,         result.status,       result.error, result.response,
                       next.status, next.next_attempt_at};
  if (!result.succeeded()) {
    spdlog::info("webhooks.attempt_failed delivery={} attempt={} next={} error=\"{}\"", delivery.id,
                 attempts, next.status, result.error);
  }
  Status status = co_await db_.Write(
      [&](store::Transaction& tx) { return RecordAttempt(tx, delivery, record); });
  if (!status.ok()) {
    spdlog::warn("webhooks.record_failed delivery={} error=\"{}\"", delivery.id, status.message());
  }
}

awaitable<SendResult> Dispatcher::Send(const DueDelivery& due) {
  const Delivery& delivery = due.delivery;
  auto url = ParseTargetUrl(due.url);
  if (const auto* why = std::get_if<std::string>(&url)) {
    SendResult refused;  // the API checks URLs as they are written: only an old row can
    refused.error = "the URL " + *why;
    co_return refused;
  }
  const std::string body = DeliveryBody(delivery);
  const std::string secret =
      SigningSecret(options_.server_key, delivery.webhook_id, due.secret_generation);
  const Headers headers = DeliveryHeaders(delivery, secret, UnixNow(), body);
  Exchange exchange(io_.get_executor(), tls_, options_.allow_private_networks);
  exchanges_.insert(&exchange);
  SendResult result =
      co_await exchange.Post(std::get<TargetUrl>(url), headers, body, options_.timeout);
  exchanges_.erase(&exchange);
  co_return result;
}

awaitable<void> Dispatcher::PruneIfDue(std::int64_t now) {
  if (now < next_prune_) co_return;
  next_prune_ = now + std::chrono::duration_cast<milliseconds>(std::chrono::hours(1)).count();
  const std::int64_t before = now - std::chrono::duration_cast<milliseconds>(kRetention).count();
  store::WriteFn prune = [before](store::Transaction& tx) { return PruneEnded(tx, before); };
  Status status = co_await db_.Write(std::move(prune));
  if (!status.ok()) spdlog::warn("webhooks.prune_failed error=\"{}\"", status.message());
}

awaitable<milliseconds> Dispatcher::SleepTime(std::int64_t now) {
  milliseconds sleep = kMaxSleep;
  // Full: each attempt that ends pokes. A failed claim is tried again a second later,
  // not in a tight loop.
  if (in_flight_ >= options_.max_in_flight) co_return sleep;
  if (claim_failed_) co_return milliseconds(1000);
  std::optional<std::int64_t> next = co_await NextDue(db_);
  if (next) sleep = std::min(sleep, milliseconds(std::max<std::int64_t>(*next - now, 0)));
  co_return sleep;
}

}  // namespace waymark::webhooks
