#include "auth/reset_mailer.hpp"

#include "auth/password_resets.hpp"
#include "core/offload.hpp"

namespace waymark::auth {

ResetMailer::ResetMailer(mail::SmtpOptions smtp, std::string public_url)
    : smtp_(std::move(smtp)), public_url_(std::move(public_url)) {}

ResetMailer::~ResetMailer() {
  pool_.join();
}

boost::asio::awaitable<Status> ResetMailer::Send(std::string email, std::string token) {
  mail::MailMessage message;
  message.to = std::move(email);
  message.subject = "Reset your Waymark password";
  message.text =
      "Someone asked to reset the password of your Waymark account.\n\n"
      "To choose a new password, open this link within the hour:\n\n" +
      ResetLink(public_url_, token) +
      "\n\nIf it was not you, ignore this message: your password stays as it is.\n";
  auto work = [this, message = std::move(message)] { return mail::SendMail(smtp_, message); };
  co_return co_await Offload(pool_, "wm-mail", std::move(work));
}

}  // namespace waymark::auth
