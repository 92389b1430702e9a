// SIGTERM: stop accepting, let in-flight requests finish within a bound, exit 0.
#include <gtest/gtest.h>
#include <signal.h>

#include <boost/asio/connect.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/write.hpp>
#include <thread>

#include "server_process.hpp"

namespace waymark::testing {
namespace {

namespace asio = boost::asio;

// A connection that has sent a request's headers and half its body.
struct HalfSentRequest {
  asio::io_context io;
  asio::ip::tcp::socket socket{io};

  explicit HalfSentRequest(std::uint16_t port) {
    socket.connect({asio::ip::make_address("127.0.0.1"), port});
    asio::write(socket,
                asio::buffer(std::string_view(
                    "GET /healthz HTTP/1.1\r\nHost: t\r\nContent-Length: 10\r\n\r\n12345")));
  }
  std::string FinishAndRead() {
    asio::write(socket, asio::buffer(std::string_view("67890")));
    std::string reply;
    boost::system::error_code ec;
    asio::read(socket, asio::dynamic_buffer(reply), ec);  // until the server closes
    return reply;
  }
};

TEST(Shutdown, IdleServerExitsZeroOnSigterm) {
  ServerProcess server;
  http::Client idle = server.Client();
  ASSERT_EQ(idle.Get("/healthz")->status, 200u);  // an idle keep-alive connection stays open
  EXPECT_EQ(server.Terminate(), 0);
  EXPECT_NE(server.Log().find("serve.stopped"), std::string::npos) << server.Log();
}

// Stop signals sent again and again while the server stops (an impatient operator, a
// supervisor's retries) never cut its last steps short: it still exits 0.
TEST(Shutdown, RepeatedSigtermsDuringShutdownStillExitZero) {
  ServerProcess server;
  ASSERT_EQ(server.Client().Get("/healthz")->status, 200u);
  int status = -1;
  for (int sent = 0; sent < 5000 && status == -1; ++sent) {
    status = server.Terminate(std::chrono::milliseconds(1));
  }
  EXPECT_EQ(status, 0);
  EXPECT_NE(server.Log().find("serve.stopped"), std::string::npos) << server.Log();
}

TEST(Shutdown, InFlightRequestFinishesAndNewConnectionsAreRefused) {
  ServerProcess server;
  HalfSentRequest in_flight(server.port());
  std::this_thread::sleep_for(std::chrono::milliseconds(100));  // let the server read the head
  server.Signal(SIGTERM);
  std::this_thread::sleep_for(std::chrono::milliseconds(200));  // let it stop accepting

  EXPECT_FALSE(server.Client().Get("/healthz").ok()) << "no new connections while draining";
  std::string reply = in_flight.FinishAndRead();
  EXPECT_TRUE(reply.starts_with("HTTP/1.1 200 ")) << reply;
  EXPECT_NE(reply.find("Connection: close"), std::string::npos);
  EXPECT_EQ(server.Terminate(), 0);
}

TEST(Shutdown, RequestsThatDoNotFinishAreCutAtTheGraceBound) {
  ServerProcess server({"--timeouts-shutdown-ms", "300"});
  HalfSentRequest stuck(server.port());
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  EXPECT_EQ(server.Terminate(std::chrono::seconds(5)), 0);
}

}  // namespace
}  // namespace waymark::testing
