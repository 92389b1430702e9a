#pragma once

#include <boost/asio/awaitable.hpp>
#include <boost/asio/thread_pool.hpp>
#include <string>

#include "core/status.hpp"
#include "mail/smtp.hpp"

namespace waymark::auth {

// Mails password-reset links over SMTP, off the I/O threads. Disabled when no SMTP server
// is configured; operators then hand out links from `waymark user reset-link`.
class ResetMailer {
 public:
  ResetMailer(mail::SmtpOptions smtp, std::string public_url);
  ~ResetMailer();

  bool enabled() const { return !smtp_.url.empty(); }
  boost::asio::awaitable<Status> Send(std::string email, std::string token);

 private:
  mail::SmtpOptions smtp_;
  std::string public_url_;
  boost::asio::thread_pool pool_{1};
};

}  // namespace waymark::auth
