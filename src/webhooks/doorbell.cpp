#include "webhooks/doorbell.hpp"

#include <algorithm>
#include <mutex>
#include <vector>

namespace waymark::webhooks {
namespace {

// Process-wide on purpose: a server has one dispatcher, but tests may start several, and
// Enqueue's callers should not have to carry one to every place an event happens.
struct Listeners {
  std::mutex mutex;
  std::vector<const std::function<void()>*> wakes;
};

Listeners& All() {
  static Listeners listeners;
  return listeners;
}

}  // namespace

void RingDoorbell() {
  Listeners& listeners = All();
  std::lock_guard lock(listeners.mutex);
  for (const auto* wake : listeners.wakes) (*wake)();
}

DoorbellListener::DoorbellListener(std::function<void()> wake) : wake_(std::move(wake)) {
  Listeners& listeners = All();
  std::lock_guard lock(listeners.mutex);
  listeners.wakes.push_back(&wake_);
}

DoorbellListener::~DoorbellListener() {
  Listeners& listeners = All();
  std::lock_guard lock(listeners.mutex);
  std::erase(listeners.wakes, &wake_);
}

}  // namespace waymark::webhooks
