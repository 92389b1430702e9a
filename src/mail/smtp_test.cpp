#include "mail/smtp.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "mail/test_smtp_sink.hpp"

namespace waymark::mail {
namespace {

using namespace std::chrono_literals;
using ::testing::HasSubstr;
using ::testing::Not;

constexpr std::string_view kFrom = "reports@waymark.example";

// A loopback port held by a socket that is bound, and listening only when asked: without
// listen() every connection is refused; with it the kernel accepts connections that no
// one ever answers.
class HeldPort {
 public:
  explicit HeldPort(bool listening) : fd_(socket(AF_INET, SOCK_STREAM, 0)) {
    sockaddr_in address{.sin_family = AF_INET, .sin_port = 0, .sin_addr = {htonl(INADDR_LOOPBACK)}};
    socklen_t size = sizeof address;
    EXPECT_EQ(bind(fd_, reinterpret_cast<sockaddr*>(&address), size), 0);
    EXPECT_EQ(getsockname(fd_, reinterpret_cast<sockaddr*>(&address), &size), 0);
    if (listening) EXPECT_EQ(listen(fd_, 8), 0);
    port_ = ntohs(address.sin_port);
  }
  ~HeldPort() { close(fd_); }

  std::string url() const { return "smtp://127.0.0.1:" + std::to_string(port_); }

 private:
  int fd_;
  std::uint16_t port_ = 0;
};

// Sends and measures how long it took.
std::pair<Status, std::chrono::milliseconds> TimedSend(const SmtpOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  Status status = SendMail(options, {.to = "ada@example.com", .subject = "Hi", .text = "Hello"});
  return {status, std::chrono::duration_cast<std::chrono::milliseconds>(
                      std::chrono::steady_clock::now() - start)};
}

TEST(SendMail, DeliversTheMessageToTheServer) {
  SmtpSink sink;
  const MailMessage message{.to = "ada@example.com",
                            .subject = "Weekly report",
                            .text = "Hello Ada,\n\n.a line that starts with a dot\n.\nGrüße\n"};
  const Status status = SendMail({.url = sink.url(), .from = std::string(kFrom)}, message);
  ASSERT_TRUE(status.ok()) << status.message();

  const std::vector<std::string> received = sink.WaitForMessages(1, 5s);
  ASSERT_EQ(received.size(), 1u);
  const std::string& text = received[0];
  EXPECT_THAT(text, HasSubstr("\nSubject: Weekly report\n"));
  EXPECT_THAT(text, HasSubstr("\nTo: ada@example.com\n"));
  EXPECT_THAT(text, HasSubstr("\nFrom: reports@waymark.example\n"));
  EXPECT_THAT(text, HasSubstr("\nX-MailFrom: reports@waymark.example\n"));
  EXPECT_THAT(text, HasSubstr("\nX-RcptTo: ada@example.com\n"));
  // The dots arrive as written: libcurl stuffs them and the server takes them out again.
  EXPECT_THAT(text, HasSubstr("\n\nHello Ada,\n\n.a line that starts with a dot\n.\nGrüße\n"));
}

TEST(SendMail, DeliversEachMessageOnItsOwn) {
  SmtpSink sink;
  for (std::string to : {"ada@example.com", "grace@example.org"}) {
    const Status status = SendMail({.url = sink.url(), .from = std::string(kFrom)},
                                   {.to = to, .subject = "Für " + to, .text = "Hi"});
    ASSERT_TRUE(status.ok()) << status.message();
  }
  const std::vector<std::string> received = sink.WaitForMessages(2, 5s);
  ASSERT_EQ(received.size(), 2u);
  EXPECT_THAT(received[0], HasSubstr("\nX-RcptTo: ada@example.com\n"));
  EXPECT_THAT(received[1], HasSubstr("\nX-RcptTo: grace@example.org\n"));
  EXPECT_THAT(received[0], HasSubstr("\nSubject: =?UTF-8?B?"));
  EXPECT_THAT(received[0], Not(HasSubstr("Für")));
}

TEST(SendMail, FailsFastWhenTheConnectionIsRefused) {
  HeldPort closed(/*listening=*/false);
  const auto [status, took] = TimedSend({.url = closed.url(),
                                         .from = std::string(kFrom),
                                         .username = "reports",
                                         .password = "hunter2-secret",
                                         .timeout = 1000ms});
  EXPECT_EQ(status.code(), Status::Code::kUnavailable);
  EXPECT_THAT(status.message(), HasSubstr("sending mail failed: "));
  EXPECT_THAT(status.message(), Not(HasSubstr("hunter2-secret")));
  EXPECT_LT(took, 2s);
}

TEST(SendMail, GivesUpAfterTheTimeoutWhenTheServerNeverAnswers) {
  HeldPort silent(/*listening=*/true);
  const auto [status, took] =
      TimedSend({.url = silent.url(), .from = std::string(kFrom), .timeout = 300ms});
  EXPECT_EQ(status.code(), Status::Code::kUnavailable);
  EXPECT_THAT(status.message(), HasSubstr("timed out"));
  EXPECT_GE(took, 250ms);
  EXPECT_LT(took, 2s);
}

TEST(SendMail, RefusesWhatCannotBeSent) {
  const SmtpOptions good{.url = "smtp://127.0.0.1:1", .from = std::string(kFrom)};
  const MailMessage message{.to = "ada@example.com", .subject = "Hi", .text = "Hello"};

  SmtpOptions options = good;
  options.url = "http://127.0.0.1:1";
  EXPECT_THAT(SendMail(options, message).message(), HasSubstr("url must start with smtp://"));
  options = good;
  options.timeout = 0ms;
  EXPECT_THAT(SendMail(options, message).message(), HasSubstr("timeout must be positive"));
  options = good;
  options.from = "reports";
  EXPECT_THAT(SendMail(options, message).message(), HasSubstr("from must contain exactly one"));
  MailMessage injected = message;
  injected.to = "ada@example.com>\r\nRCPT TO:<eve@example.com";
  const Status status = SendMail(good, injected);
  EXPECT_EQ(status.code(), Status::Code::kInvalid);
  EXPECT_THAT(status.message(), HasSubstr("to"));
}

}  // namespace
}  // namespace waymark::mail
