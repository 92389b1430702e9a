#include "webhooks/sender.hpp"

#include <gtest/gtest.h>

#include <boost/asio/ssl/stream.hpp>
#include <boost/asio/this_coro.hpp>

#include "core/run_blocking.hpp"
#include "webhooks/test_certificates.hpp"
#include "webhooks/test_receiver.hpp"

namespace waymark::webhooks {
namespace {

namespace asio = boost::asio;
using std::chrono::milliseconds;
using testkit::Answer;
using testkit::TestReceiver;

asio::awaitable<SendResult> PostWith(asio::ssl::context& tls, TargetUrl url, Headers headers,
                                     std::string body, milliseconds timeout,
                                     bool allow_private_networks) {
  Exchange exchange(co_await asio::this_coro::executor, tls, allow_private_networks);
  co_return co_await exchange.Post(url, headers, std::move(body), timeout);
}

// Receivers in these tests listen on this machine: private networks are allowed unless
// a test says otherwise.
SendResult PostTo(const std::string& url, asio::ssl::context& tls, std::string body = "{}",
                  milliseconds timeout = std::chrono::seconds(5),
                  bool allow_private_networks = true) {
  auto target = ParseTargetUrl(url);
  EXPECT_TRUE(std::holds_alternative<TargetUrl>(target)) << url;
  Headers headers{{"Content-Type", "application/json"}, {"Waymark-Event", "ping"}};
  return RunBlocking(PostWith(tls, std::get<TargetUrl>(target), headers, std::move(body), timeout,
                              allow_private_networks));
}

SendResult PostPublicOnly(const std::string& url, asio::ssl::context& tls) {
  return PostTo(url, tls, "{}", std::chrono::seconds(5), false);
}

class SenderTest : public ::testing::Test {
 protected:
  asio::ssl::context tls_ = ClientTlsContext();
};

TEST_F(SenderTest, PostsTheBodyWithItsHeadersAndKeepsTheAnswer) {
  TestReceiver receiver({Answer{.status = 200, .body = "thanks"}});
  SendResult result = PostTo(receiver.Url("/in?token=abc"), tls_, R"({"type":"ping"})");
  EXPECT_TRUE(result.succeeded()) << result.error;
  EXPECT_EQ(result.status, 200);
  EXPECT_EQ(result.response, "thanks");
  auto received = receiver.WaitFor(1, std::chrono::seconds(5));
  ASSERT_EQ(received.size(), 1u);
  EXPECT_EQ(received[0].target, "/in?token=abc");
  EXPECT_EQ(received[0].body, R"({"type":"ping"})");
  EXPECT_EQ(received[0].headers["host"], "127.0.0.1:" + std::to_string(receiver.port()));
  EXPECT_EQ(received[0].headers["content-type"], "application/json");
  EXPECT_EQ(received[0].headers["waymark-event"], "ping");
  EXPECT_EQ(received[0].headers["connection"], "close");
}

TEST_F(SenderTest, AnythingButA2xxIsAFailureWithItsStatus) {
  TestReceiver receiver({Answer{.status = 500, .body = "down"}, Answer{.status = 204}});
  SendResult failed = PostTo(receiver.Url(), tls_);
  EXPECT_FALSE(failed.succeeded());
  EXPECT_EQ(failed.status, 500);
  EXPECT_EQ(failed.error, "answered 500");
  EXPECT_EQ(failed.response, "down");
  SendResult empty = PostTo(receiver.Url(), tls_);
  EXPECT_TRUE(empty.succeeded()) << empty.error;
  EXPECT_EQ(empty.status, 204);
}

TEST_F(SenderTest, DoesNotFollowRedirects) {
  TestReceiver receiver({Answer{.status = 302, .headers = {{"Location", "/elsewhere"}}}});
  SendResult result = PostTo(receiver.Url(), tls_);
  EXPECT_FALSE(result.succeeded());
  EXPECT_EQ(result.status, 302);
  EXPECT_EQ(result.error, "answered 302; redirects are not followed");
  EXPECT_EQ(receiver.WaitFor(2, milliseconds(300)).size(), 1u);
}

TEST_F(SenderTest, GivesUpOnASlowReceiverAtTheTimeout) {
  TestReceiver receiver({Answer{.delay = std::chrono::seconds(3)}});
  const auto start = std::chrono::steady_clock::now();
  SendResult result = PostTo(receiver.Url(), tls_, "{}", milliseconds(200));
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(2));
  EXPECT_FALSE(result.status.has_value());
  EXPECT_EQ(result.error, "no answer within 200 ms");
}

TEST_F(SenderTest, ReportsAConnectionRefused) {
  std::uint16_t port = 0;
  {
    TestReceiver gone;
    port = gone.port();
  }
  SendResult result = PostTo("http://127.0.0.1:" + std::to_string(port) + "/", tls_);
  EXPECT_FALSE(result.status.has_value());
  EXPECT_TRUE(result.error.starts_with("cannot connect to 127.0.0.1:")) << result.error;
}

TEST_F(SenderTest, RefusesAReceiverOnThisMachineUnlessPrivateNetworksAreAllowed) {
  TestReceiver receiver;
  SendResult refused = PostPublicOnly(receiver.Url(), tls_);
  EXPECT_FALSE(refused.succeeded());
  EXPECT_TRUE(refused.futile);
  EXPECT_FALSE(refused.status.has_value());
  EXPECT_EQ(refused.error,
            "refused: 127.0.0.1 is a loopback address (webhooks.allow_private_networks)");
  EXPECT_TRUE(receiver.WaitFor(1, milliseconds(300)).empty());

  SendResult allowed = PostTo(receiver.Url(), tls_);
  EXPECT_TRUE(allowed.succeeded()) << allowed.error;
  EXPECT_FALSE(allowed.futile);
  EXPECT_EQ(receiver.WaitFor(1, std::chrono::seconds(5)).size(), 1u);
}

TEST_F(SenderTest, ChecksTheAddressesAHostNameResolvesTo) {
  TestReceiver receiver;  // "localhost" resolves to 127.0.0.1, perhaps ::1 too
  const std::string url = "http://localhost:" + std::to_string(receiver.port()) + "/hook";
  SendResult refused = PostPublicOnly(url, tls_);
  EXPECT_TRUE(refused.futile);
  EXPECT_TRUE(refused.error.starts_with("refused: localhost resolves to ")) << refused.error;
  EXPECT_NE(refused.error.find(", a loopback address (webhooks.allow_private_networks)"),
            std::string::npos)
      << refused.error;
  EXPECT_TRUE(receiver.WaitFor(1, milliseconds(300)).empty());
}

TEST_F(SenderTest, RefusesAnIpv4AddressWrittenAsIpv6) {
  SendResult refused = PostPublicOnly("http://[::ffff:169.254.169.254]/latest/meta-data/", tls_);
  EXPECT_TRUE(refused.futile);
  EXPECT_NE(refused.error.find("a link-local address"), std::string::npos) << refused.error;
}

TEST_F(SenderTest, ReadsALongAnswerOnlyUpToItsLimit) {
  TestReceiver receiver({Answer{.status = 200, .body = std::string(200 * 1024, 'x')}});
  SendResult result = PostTo(receiver.Url(), tls_);
  EXPECT_TRUE(result.succeeded()) << result.error;
  EXPECT_EQ(result.response, std::string(kKeptResponseBytes, 'x'));
}

// A TLS receiver with the test certificate for "localhost" and 127.0.0.1, answering 200.
class TlsReceiver {
 public:
  explicit TlsReceiver(const std::string& address) {
    tls_.use_certificate_chain(asio::buffer(std::string_view(testkit::kLocalhostCertPem)));
    tls_.use_private_key(asio::buffer(std::string_view(testkit::kLocalhostKeyPem)),
                         asio::ssl::context::pem);
    acceptor_.open(asio::ip::tcp::v4());
    acceptor_.bind({asio::ip::make_address(address), 0});
    acceptor_.listen();
    asio::co_spawn(io_, Accept(), asio::detached);
    thread_ = std::thread([this] { io_.run(); });
  }
  ~TlsReceiver() {
    io_.stop();
    thread_.join();
  }
  std::uint16_t port() const { return acceptor_.local_endpoint().port(); }
  int served() const { return served_; }

 private:
  asio::awaitable<void> Accept() {
    for (;;) {
      asio::ssl::stream<asio::ip::tcp::socket> stream(
          co_await acceptor_.async_accept(asio::use_awaitable), tls_);
      try {
        co_await stream.async_handshake(asio::ssl::stream_base::server, asio::use_awaitable);
        namespace http = boost::beast::http;
        boost::beast::flat_buffer buffer;
        http::request<http::string_body> request;
        co_await http::async_read(stream, buffer, request, asio::use_awaitable);
        http::response<http::string_body> response{http::status::ok, 11};
        response.body() = "secure";
        response.keep_alive(false);
        response.prepare_payload();
        co_await http::async_write(stream, response, asio::use_awaitable);
        ++served_;
      } catch (const std::exception&) {
        // The client refused the certificate.
      }
    }
  }

  asio::ssl::context tls_{asio::ssl::context::tls_server};
  std::atomic<int> served_{0};
  asio::io_context io_;
  asio::ip::tcp::acceptor acceptor_{io_};
  std::thread thread_;
};

asio::ssl::context TrustingTheTestCa() {
  asio::ssl::context tls = ClientTlsContext();
  tls.add_certificate_authority(asio::buffer(std::string_view(testkit::kTestCaPem)));
  return tls;
}

TEST_F(SenderTest, SpeaksTlsToAReceiverWithATrustedCertificateForItsHost) {
  TlsReceiver receiver("127.0.0.1");
  asio::ssl::context trusting = TrustingTheTestCa();
  SendResult result = PostTo("https://localhost:" + std::to_string(receiver.port()), trusting);
  EXPECT_TRUE(result.succeeded()) << result.error;
  EXPECT_EQ(result.response, "secure");
  EXPECT_EQ(receiver.served(), 1);
}

TEST_F(SenderTest, RefusesACertificateTheSystemDoesNotTrust) {
  TlsReceiver receiver("127.0.0.1");
  SendResult result = PostTo("https://localhost:" + std::to_string(receiver.port()), tls_);
  EXPECT_FALSE(result.status.has_value());
  EXPECT_NE(result.error.find("certificate verify failed"), std::string::npos) << result.error;
  EXPECT_EQ(receiver.served(), 0);
}

TEST_F(SenderTest, RefusesATrustedCertificateMadeForAnotherHost) {
  TlsReceiver receiver("127.0.0.2");  // the certificate names localhost and 127.0.0.1 only
  asio::ssl::context trusting = TrustingTheTestCa();
  SendResult result = PostTo("https://127.0.0.2:" + std::to_string(receiver.port()), trusting);
  EXPECT_FALSE(result.status.has_value());
  EXPECT_NE(result.error.find("certificate verify failed"), std::string::npos) << result.error;
  EXPECT_EQ(receiver.served(), 0);
}

}  // namespace
}  // namespace waymark::webhooks
