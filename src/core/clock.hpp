#pragma once

#include <chrono>
#include <cstdint>

namespace waymark {

// Wall-clock time in Unix seconds, the unit every stored time uses. Logic that depends on
// time takes `now` as a parameter instead of calling this, so tests can choose it.
inline std::int64_t UnixNow() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

// The same in epoch milliseconds, the unit of event times (as browsers count them).
inline std::int64_t UnixNowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace waymark
