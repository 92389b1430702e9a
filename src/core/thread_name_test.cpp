#include "core/thread_name.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <thread>
#include <vector>

namespace waymark {
namespace {

TEST(ThreadName, IsWhatTheSystemShowsForTheThread) {
  std::string named;
  std::string shown;
  std::thread([&] {
    NameThisThread("wm-test");
    named = ThisThreadName();
    std::ifstream("/proc/thread-self/comm") >> shown;
  }).join();
  EXPECT_EQ(named, "wm-test");
  EXPECT_EQ(shown, "wm-test");
}

TEST(ThreadName, ALongNameIsCutToFifteenBytes) {
  std::string named;
  std::thread([&] {
    NameThisThread("wm-a-name-longer-than-fifteen");
    named = ThisThreadName();
  }).join();
  EXPECT_EQ(named, "wm-a-name-longe");
}

// Naming again by the same name is skipped; any other name still takes.
TEST(ThreadName, EachNewNameTakesTheLastOnesPlace) {
  std::vector<std::string> seen;
  std::thread([&] {
    for (const char* name : {"wm-one", "wm-two", "wm-two", "wm-one"}) {
      NameThisThread(name);
      seen.push_back(ThisThreadName());
    }
  }).join();
  EXPECT_EQ(seen, (std::vector<std::string>{"wm-one", "wm-two", "wm-two", "wm-one"}));
}

}  // namespace
}  // namespace waymark
