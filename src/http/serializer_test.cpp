#include "http/serializer.hpp"

#include <gtest/gtest.h>

#include <ctime>
#include <regex>

namespace waymark::http {
namespace {

const std::regex kImfFixdate(
    R"((Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) )"
    R"(\d{4} \d{2}:\d{2}:\d{2} GMT)");

// The head with its Date value checked against IMF-fixdate and replaced by "<date>", so the
// rest can be compared byte for byte.
std::string HeadWithoutDate(const Response& response, bool keep_alive) {
  std::string head;
  AppendHead(head, response, keep_alive);
  std::size_t start = head.find("\r\nDate: ");
  if (start == std::string::npos) return "no Date line in: " + head;
  start += 8;
  std::size_t end = head.find("\r\n", start);
  std::string date = head.substr(start, end - start);
  if (!std::regex_match(date, kImfFixdate)) return "bad Date '" + date + "' in: " + head;
  return head.replace(start, end - start, "<date>");
}

TEST(Serializer, OkWithBodyAnnouncesTypeAndLength) {
  Response response = Response::Json(R"({"status":"ok"})");

  EXPECT_EQ(HeadWithoutDate(response, true),
            "HTTP/1.1 200 OK\r\n"
            "Date: <date>\r\n"
            "Server: waymark\r\n"
            "Content-Type: application/json\r\n"
            "Content-Length: 15\r\n"
            "\r\n");
}

TEST(Serializer, StaticBodyLengthIsAnnouncedAndEmptyBodyIsZero) {
  static const std::string kAsset(1234, 'a');
  Response asset;
  asset.content_type = "text/css; charset=utf-8";
  asset.SetStaticBody(kAsset);
  Response empty(StatusCode::created, {}, {});

  EXPECT_NE(HeadWithoutDate(asset, true).find("\r\nContent-Length: 1234\r\n"), std::string::npos);
  EXPECT_EQ(HeadWithoutDate(empty, true),
            "HTTP/1.1 201 Created\r\nDate: <date>\r\nServer: waymark\r\nContent-Length: 0\r\n\r\n")
      << "no Content-Type without one, but the length is still announced";
}

TEST(Serializer, NoContentAndNotModifiedCarryNeitherLengthNorType) {
  Response no_content(StatusCode::no_content, "application/json", "");
  Response not_modified(StatusCode::not_modified, "text/html; charset=utf-8", "");
  not_modified.SetHeader("ETag", "W/\"abc\"");

  EXPECT_EQ(HeadWithoutDate(no_content, true),
            "HTTP/1.1 204 No Content\r\nDate: <date>\r\nServer: waymark\r\n\r\n");
  EXPECT_EQ(HeadWithoutDate(not_modified, true),
            "HTTP/1.1 304 Not Modified\r\nDate: <date>\r\nServer: waymark\r\n"
            "ETag: W/\"abc\"\r\n\r\n");
}

TEST(Serializer, ConnectionCloseWhenNotKeptAlive) {
  Response response = Response::Text("bye", StatusCode::service_unavailable);

  EXPECT_EQ(HeadWithoutDate(response, false),
            "HTTP/1.1 503 Service Unavailable\r\n"
            "Date: <date>\r\n"
            "Server: waymark\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n"
            "Content-Length: 3\r\n"
            "Connection: close\r\n"
            "\r\n");
  EXPECT_EQ(HeadWithoutDate(response, true).find("Connection:"), std::string::npos);
}

TEST(Serializer, CustomHeadersFollowInTheOrderSet) {
  Response response = Response::Text("x", StatusCode::not_found);
  response.SetHeader("X-Request-Id", "abc123");
  response.SetHeader("Vary", "Origin");
  response.SetHeader("Vary", "Accept-Encoding");
  response.SetHeader("Cache-Control", "no-cache");

  EXPECT_EQ(HeadWithoutDate(response, false),
            "HTTP/1.1 404 Not Found\r\n"
            "Date: <date>\r\n"
            "Server: waymark\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n"
            "Content-Length: 1\r\n"
            "Connection: close\r\n"
            "X-Request-Id: abc123\r\n"
            "Vary: Origin\r\n"
            "Vary: Accept-Encoding\r\n"
            "Cache-Control: no-cache\r\n"
            "\r\n");
}

TEST(Serializer, AppendsAfterWhatTheBufferAlreadyHolds) {
  std::string out = "previous response";

  AppendHead(out, Response::Empty(), true);

  EXPECT_TRUE(out.starts_with("previous responseHTTP/1.1 204 No Content\r\n")) << out;
}

TEST(Serializer, OnlyFinalStatusesOtherThan204And304CarryABody) {
  EXPECT_FALSE(StatusAllowsBody(StatusCode::continue_));
  EXPECT_FALSE(StatusAllowsBody(StatusCode::switching_protocols));
  EXPECT_TRUE(StatusAllowsBody(StatusCode::ok));
  EXPECT_FALSE(StatusAllowsBody(StatusCode::no_content));
  EXPECT_TRUE(StatusAllowsBody(StatusCode::found));
  EXPECT_FALSE(StatusAllowsBody(StatusCode::not_modified));
  EXPECT_TRUE(StatusAllowsBody(StatusCode::not_found));
  EXPECT_TRUE(StatusAllowsBody(StatusCode::internal_server_error));
}

TEST(Serializer, HttpDateIsTheCurrentSecondAsImfFixdate) {
  std::time_t before = std::time(nullptr);
  std::string date(CachedHttpDate());
  std::time_t after = std::time(nullptr);

  ASSERT_EQ(date.size(), 29u) << date;
  ASSERT_TRUE(std::regex_match(date, kImfFixdate)) << date;
  std::tm parsed{};
  ASSERT_NE(strptime(date.c_str(), "%a, %d %b %Y %H:%M:%S GMT", &parsed), nullptr) << date;
  std::time_t stamped = timegm(&parsed);
  EXPECT_GE(stamped, before) << date;
  EXPECT_LE(stamped, after) << date;
}

}  // namespace
}  // namespace waymark::http
