#pragma once

#include <functional>

// How Enqueue, which runs inside other modules' transactions and knows no dispatcher,
// wakes the dispatchers of this process once what it queued is committed.
namespace waymark::webhooks {

// Runs every listener's `wake`, on the calling thread.
void RingDoorbell();

// While alive, `wake` runs at each ring. It must be quick and must not throw: it runs on
// the store's writer thread.
class DoorbellListener {
 public:
  explicit DoorbellListener(std::function<void()> wake);
  ~DoorbellListener();

  DoorbellListener(const DoorbellListener&) = delete;
  DoorbellListener& operator=(const DoorbellListener&) = delete;

 private:
  std::function<void()> wake_;
};

}  // namespace waymark::webhooks
