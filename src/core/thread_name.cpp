#include "core/thread_name.hpp"

#include <pthread.h>

namespace waymark {

// Linux's bound, the terminating zero included.
constexpr std::size_t kNameBytes = 16;

void NameThisThread(std::string_view name) {
  // A pool's task names its thread each time it runs (core/offload.hpp): once is enough.
  thread_local std::string named;
  if (named == name) return;
  char buffer[kNameBytes] = {};
  name.copy(buffer, kNameBytes - 1);
  pthread_setname_np(pthread_self(), buffer);
  named = name;
}

std::string ThisThreadName() {
  char buffer[kNameBytes] = {};
  if (pthread_getname_np(pthread_self(), buffer, sizeof buffer) != 0) return "";
  return buffer;
}

}  // namespace waymark
