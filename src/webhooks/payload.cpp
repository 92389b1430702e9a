#include "webhooks/payload.hpp"

#include <boost/json/object.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "core/time_format.hpp"
#include "markup/utf8.hpp"
#include "webhooks/signature.hpp"

namespace waymark::webhooks {

std::string DeliveryBody(const Delivery& delivery) {
  boost::system::error_code ec;
  boost::json::value data = boost::json::parse(delivery.data, ec);
  if (ec || !data.is_object()) data = boost::json::object();  // written by Enqueue: never
  boost::json::object body{{"id", delivery.id},
                           {"type", delivery.event},
                           {"createdAt", Iso8601(delivery.created_at / 1000)},
                           {"projectId", delivery.project_id},
                           {"data", std::move(data)}};
  return boost::json::serialize(body);
}

Headers DeliveryHeaders(const Delivery& delivery, std::string_view secret,
                        std::int64_t unix_seconds, std::string_view body) {
  return {{"Content-Type", "application/json"},
          {"User-Agent", std::string(kUserAgent)},
          {"Waymark-Signature", SignatureHeader(secret, unix_seconds, body)},
          {"Waymark-Webhook-Id", delivery.webhook_id},
          {"Waymark-Delivery-Id", delivery.id},
          {"Waymark-Event", delivery.event}};
}

std::string KeptResponse(std::string_view answer) {
  static constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD
  std::string kept;
  for (std::size_t at = 0; at < answer.size();) {
    const markup::Utf8Char c = markup::DecodeUtf8(answer, at);
    const std::string_view piece = c.valid ? answer.substr(at, c.length) : kReplacement;
    if (kept.size() + piece.size() > kKeptResponseBytes) break;
    kept.append(piece);
    at += c.length;
  }
  return kept;
}

}  // namespace waymark::webhooks
