#pragma once

#include <chrono>
#include <string>

#include "core/status.hpp"
#include "mail/message.hpp"

namespace waymark::mail {

struct SmtpOptions {
  // smtp://host:port (STARTTLS when the server offers it) or smtps://host:port (TLS from
  // the first byte).
  std::string url;
  std::string from;      // the envelope and header sender, a bare address
  std::string username;  // no authentication when empty
  std::string password;
  std::chrono::milliseconds timeout{10000};  // for the whole exchange, connecting included
};

// Sends `message` and returns once the server has accepted it or `options.timeout` has
// passed. BLOCKING: it waits on the network for up to the timeout, so callers run it off
// the I/O threads. Safe to call from several threads at once.
//
// Status::Invalid when the options or the message cannot make a valid email;
// Status::Unavailable, with libcurl's explanation, when the server cannot be reached or
// refuses it. Neither message contains the password.
Status SendMail(const SmtpOptions& options, const MailMessage& message);

}  // namespace waymark::mail
