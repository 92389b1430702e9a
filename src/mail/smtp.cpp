#include "mail/smtp.hpp"

#include <curl/curl.h>

#include <algorithm>
#include <cstring>
#include <ctime>
#include <memory>
#include <mutex>

#include "core/crypto.hpp"

namespace waymark::mail {
namespace {

using CurlHandle = std::unique_ptr<CURL, decltype(&curl_easy_cleanup)>;
using CurlList = std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)>;

// curl_global_init must run once before any other libcurl call, and libsodium (for the
// Message-ID) wants sodium_init before use.
Status InitOnce() {
  static std::once_flag once;
  static Status status;
  std::call_once(once, [] {
    status = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK
                 ? crypto::Init()
                 : Status::Internal("libcurl failed to initialize");
  });
  return status;
}

Status CheckOptions(const SmtpOptions& options) {
  if (!options.url.starts_with("smtp://") && !options.url.starts_with("smtps://")) {
    return Status::Invalid("url must start with smtp:// or smtps://");
  }
  if (options.timeout.count() <= 0) {
    return Status::Invalid("timeout must be positive");  // libcurl reads 0 as "wait forever"
  }
  return Status::Ok();
}

// A random id on the sender's domain, as RFC 5322 3.6.4 suggests.
std::string MakeMessageId(std::string_view from) {
  return crypto::RandomToken(18) + "@" + std::string(from.substr(from.find('@') + 1));
}

// CURLOPT_READFUNCTION: hands libcurl the next piece of the message.
std::size_t ReadMessage(char* buffer, std::size_t size, std::size_t count, void* user) {
  auto* rest = static_cast<std::string_view*>(user);
  const std::size_t n = std::min(size * count, rest->size());
  std::memcpy(buffer, rest->data(), n);
  rest->remove_prefix(n);
  return n;
}

// Points `curl` at everything it needs; the strings must outlive curl_easy_perform.
void Configure(CURL* curl, const SmtpOptions& options, const std::string& mail_from,
               curl_slist* recipients, std::string_view* message, char* error) {
  curl_easy_setopt(curl, CURLOPT_URL, options.url.c_str());
  curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);  // libcurl's SIGALRM would hit any thread
  curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(options.timeout.count()));
  curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error);
  if (options.url.starts_with("smtp://")) {
    // STARTTLS when offered; required when there is a password to protect, so a server
    // that stops offering it (or an attacker who strips it) never sees the credentials.
    const long tls = options.username.empty() ? CURLUSESSL_TRY : CURLUSESSL_ALL;
    curl_easy_setopt(curl, CURLOPT_USE_SSL, tls);
  }
  if (!options.username.empty()) curl_easy_setopt(curl, CURLOPT_USERNAME, options.username.c_str());
  if (!options.password.empty()) curl_easy_setopt(curl, CURLOPT_PASSWORD, options.password.c_str());
  curl_easy_setopt(curl, CURLOPT_MAIL_FROM, mail_from.c_str());
  curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
  curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
  curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(message->size()));
  curl_easy_setopt(curl, CURLOPT_READFUNCTION, ReadMessage);
  curl_easy_setopt(curl, CURLOPT_READDATA, message);
}

}  // namespace

Status SendMail(const SmtpOptions& options, const MailMessage& message) {
  if (Status status = InitOnce(); !status.ok()) return status;
  if (Status status = CheckOptions(options); !status.ok()) return status;
  Result<std::string> text =
      RenderMessage(options.from, message, std::time(nullptr), MakeMessageId(options.from));
  if (!text.ok()) return text.status();

  CurlHandle curl(curl_easy_init(), curl_easy_cleanup);
  const std::string mail_from = "<" + options.from + ">";
  CurlList recipients(curl_slist_append(nullptr, ("<" + message.to + ">").c_str()),
                      curl_slist_free_all);
  if (curl == nullptr || recipients == nullptr) return Status::Internal("libcurl out of memory");

  std::string_view rest = *text;
  char error[CURL_ERROR_SIZE] = "";
  Configure(curl.get(), options, mail_from, recipients.get(), &rest, error);
  const CURLcode code = curl_easy_perform(curl.get());
  if (code != CURLE_OK) {
    return Status::Unavailable(std::string("sending mail failed: ") +
                               (error[0] != '\0' ? error : curl_easy_strerror(code)));
  }
  return Status::Ok();
}

}  // namespace waymark::mail
