#include "webhooks/backoff.hpp"

#include <algorithm>
#include <array>

namespace waymark::webhooks {
namespace {

// Multiples of the base, one per wait between two attempts.
constexpr std::array<int, kMaxAttempts - 1> kSteps{1, 3, 12, 60, 360, 1440, 4320};

}  // namespace

std::optional<std::chrono::milliseconds> RetryDelay(int attempts, std::chrono::milliseconds base,
                                                    double jitter) {
  if (attempts >= kMaxAttempts) return std::nullopt;
  const int step = kSteps[static_cast<std::size_t>(std::max(attempts, 1) - 1)];
  const double factor = 0.8 + 0.4 * std::clamp(jitter, 0.0, 1.0);
  const double wait = static_cast<double>(base.count()) * step * factor;
  return std::chrono::milliseconds(std::max<std::int64_t>(1, static_cast<std::int64_t>(wait)));
}

NextStep AfterAttempt(Outcome outcome, int attempts, std::int64_t now,
                      std::chrono::milliseconds base, double jitter) {
  if (outcome == Outcome::kSucceeded) return {"succeeded", std::nullopt};
  if (outcome == Outcome::kFutile) return {"failed", std::nullopt};
  std::optional<std::chrono::milliseconds> wait = RetryDelay(attempts, base, jitter);
  if (!wait) return {"failed", std::nullopt};
  return {"pending", now + wait->count()};
}

}  // namespace waymark::webhooks
