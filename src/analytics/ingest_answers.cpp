#include "analytics/ingest_answers.hpp"

#include <algorithm>
#include <boost/json/serialize.hpp>

namespace waymark::analytics {
namespace {

// Appends `text` as a JSON string. Ids and reasons seldom need escaping, so those that do
// not are copied as they are; the others are escaped by the JSON library.
void AppendString(std::string& out, std::string_view text) {
  const bool plain = std::all_of(
      text.begin(), text.end(), [](unsigned char c) { return c >= 0x20 && c != '"' && c != '\\'; });
  if (!plain) {
    out += boost::json::serialize(boost::json::string_view(text.data(), text.size()));
    return;
  }
  out += '"';
  out += text;
  out += '"';
}

}  // namespace

// Written as text rather than built as a JSON document and serialized: a request's answer
// then costs half as much (micro_bench's BM_AnswerTwentyEvents: 0.7 µs, from 1.5).
http::Response SavedAnswer(const std::vector<Event>& events, const std::vector<Rejection>& rejected,
                           bool segment_success) {
  std::string answer;
  answer.reserve(64 + events.size() * 40 + rejected.size() * 120);
  answer += segment_success ? R"({"success":true,"saved":[)" : R"({"saved":[)";
  for (std::size_t i = 0; i < events.size(); ++i) {
    if (i > 0) answer += ',';
    AppendString(answer, events[i].id);
  }
  answer += R"(],"rejected":[)";
  for (std::size_t i = 0; i < rejected.size(); ++i) {
    answer += i > 0 ? R"(,{"id":)" : R"({"id":)";
    AppendString(answer, rejected[i].id);
    answer += R"(,"field":)";
    AppendString(answer, rejected[i].field);
    answer += R"(,"reason":)";
    AppendString(answer, rejected[i].reason);
    answer += '}';
  }
  answer += "]}";
  return http::Response::Json(std::move(answer));
}

http::Response AllRejected(const std::vector<Rejection>& rejected) {
  http::Problem problem{
      http::StatusCode::bad_request, "Bad Request", "No event of the request could be saved.", {}};
  for (const Rejection& r : rejected) problem.errors.push_back({r.field, r.reason});
  return http::ProblemResponse(problem);
}

}  // namespace waymark::analytics
