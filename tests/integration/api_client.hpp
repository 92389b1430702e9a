// Test-only: speaks the management API as a browser or a script would, keeping the session
// cookie and CSRF token the server hands out.
#pragma once

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>
#include <string>

#include "http/client.hpp"
#include "server_process.hpp"

namespace waymark::testing {

struct ApiReply {
  unsigned status = 0;
  boost::json::value json;  // null when the body is not JSON
  http::ClientResponse raw;

  std::string Text(std::string_view key) const {
    const auto* object = json.if_object();
    const auto* value = object ? object->if_contains(key) : nullptr;
    return value && value->is_string() ? std::string(value->get_string()) : std::string();
  }
  // The field named by the first error of a problem+json answer.
  std::string ErrorField() const {
    const auto* object = json.if_object();
    const auto* errors = object ? object->if_contains("errors") : nullptr;
    if (!errors || !errors->is_array() || errors->get_array().empty()) return {};
    return std::string(errors->get_array()[0].at("field").get_string());
  }
};

// The value a Set-Cookie header gives `name`, or "" when it sets another cookie.
inline std::string CookieValue(const std::string& set_cookie, const std::string& name) {
  if (!set_cookie.starts_with(name + "=")) return {};
  std::string rest = set_cookie.substr(name.size() + 1);
  return rest.substr(0, rest.find(';'));
}

class ApiClient {
 public:
  explicit ApiClient(const ServerProcess& server) : client_(server.Client()) {}

  // Credentials: a browser session (cookie + CSRF token), a bearer token, or none.
  void UseSession(std::string token, std::string csrf) {
    session_ = std::move(token);
    csrf_ = std::move(csrf);
    bearer_.clear();
  }
  void UseBearer(std::string token) {
    bearer_ = std::move(token);
    session_.clear();
    csrf_.clear();
  }
  void UseNothing() { session_ = csrf_ = bearer_ = {}; }
  const std::string& session() const { return session_; }
  const std::string& csrf() const { return csrf_; }

  ApiReply Call(http::Verb method, const std::string& target, const std::string& body = {},
                http::Client::Headers headers = {}) {
    if (!session_.empty()) headers.emplace_back("Cookie", "_JIMO_TOKEN=" + session_);
    if (!csrf_.empty() && method != http::Verb::get) headers.emplace_back("X-CSRF-Token", csrf_);
    if (!bearer_.empty()) headers.emplace_back("Authorization", "Bearer " + bearer_);
    if (!body.empty()) headers.emplace_back("Content-Type", "application/json");
    auto response = client_.Send(method, target, body, headers);
    ApiReply reply;
    if (!response.ok()) return reply;
    reply.status = response->status;
    reply.raw = std::move(*response);
    boost::system::error_code ec;
    reply.json = boost::json::parse(reply.raw.body, ec);
    return reply;
  }
  ApiReply Get(const std::string& target) { return Call(http::Verb::get, target); }
  ApiReply Post(const std::string& target, const boost::json::value& body) {
    return Call(http::Verb::post, target, boost::json::serialize(body));
  }

  // Signs up or in and keeps the session the answer carries.
  ApiReply SignUp(const std::string& email, const std::string& password, const std::string& name,
                  const std::string& invitation = {}) {
    boost::json::object body{{"email", email}, {"password", password}, {"name", name}};
    if (!invitation.empty()) body["invitation"] = invitation;
    return Keep(Post("/api/v1/auth/signup", body));
  }
  ApiReply Login(const std::string& email, const std::string& password, bool remember = false) {
    return Keep(Post("/api/v1/auth/login",
                     {{"email", email}, {"password", password}, {"remember", remember}}));
  }

 private:
  ApiReply Keep(ApiReply reply) {
    std::string token = CookieValue(reply.raw.Header("Set-Cookie"), "_JIMO_TOKEN");
    if (!token.empty()) UseSession(token, reply.Text("csrfToken"));
    return reply;
  }

  http::Client client_;
  std::string session_;
  std::string csrf_;
  std::string bearer_;
};

}  // namespace waymark::testing
