#include "core/offload.hpp"

#include <gtest/gtest.h>

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <thread>

#include "core/status.hpp"

namespace waymark {
namespace {

TEST(Offload, RunsOnThePoolAndResumesAtHome) {
  boost::asio::io_context io;
  boost::asio::thread_pool pool(1);
  std::thread::id home = std::this_thread::get_id();
  std::thread::id worked_on;
  std::thread::id resumed_on;
  std::string worker_name;
  std::optional<Result<std::string>> out;
  boost::asio::co_spawn(
      io,
      [&]() -> boost::asio::awaitable<void> {
        auto work = [&, text = std::string(100, 'x')] {
          worked_on = std::this_thread::get_id();
          worker_name = ThisThreadName();
          return Result<std::string>(text + "!");
        };
        Result<std::string> result = co_await Offload(pool, "wm-test-pool", std::move(work));
        resumed_on = std::this_thread::get_id();
        out.emplace(std::move(result));
      },
      boost::asio::detached);
  io.run();
  pool.join();
  ASSERT_TRUE(out && out->ok());
  EXPECT_EQ(out->value(), std::string(100, 'x') + "!");
  EXPECT_NE(worked_on, home);
  EXPECT_EQ(resumed_on, home);
  EXPECT_EQ(worker_name, "wm-test-pool");
}

}  // namespace
}  // namespace waymark
