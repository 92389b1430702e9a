#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string_view>

// When a failed delivery is tried again.
namespace waymark::webhooks {

// Attempts per delivery, the first included; after the last one fails, it is given up.
inline constexpr int kMaxAttempts = 8;

// The wait after the `attempts`-th failed attempt, or nullopt when that was the last one.
// With `base` 10 s: 10 s, 30 s, 2 min, 10 min, 1 h, 4 h, 12 h (about 17 hours in all),
// each stretched or shrunk by up to 20% by `jitter` (in [0, 1)), so that deliveries that
// failed together, when a receiver went down, do not all come back at the same instant.
std::optional<std::chrono::milliseconds> RetryDelay(int attempts, std::chrono::milliseconds base,
                                                    double jitter);

// How an attempt went. kFutile: it failed before anything was sent, for a reason that
// trying again would not change (an address the server does not deliver to).
enum class Outcome { kSucceeded, kFailed, kFutile };

// What a delivery becomes after its `attempts`-th attempt, made at `now` (epoch ms):
// "succeeded"; "pending" again at next_attempt_at; or "failed", given up.
struct NextStep {
  std::string_view status;
  std::optional<std::int64_t> next_attempt_at;
};
NextStep AfterAttempt(Outcome outcome, int attempts, std::int64_t now,
                      std::chrono::milliseconds base, double jitter);

}  // namespace waymark::webhooks
