#include "http/response.hpp"

#include <gtest/gtest.h>

namespace waymark::http {
namespace {

TEST(Response, KnowsWhichHeadersItHas) {
  Response response = Response::Text("hi");
  EXPECT_FALSE(response.HasHeader("ETag"));
  response.SetHeader("ETag-Extra", "x");
  response.SetHeader("Content-Security-Policy", "default-src 'none'");
  EXPECT_FALSE(response.HasHeader("ETag"));
  EXPECT_TRUE(response.HasHeader("ETag-Extra"));
  EXPECT_TRUE(response.HasHeader("Content-Security-Policy"));
  EXPECT_FALSE(response.HasHeader("Content-Security"));
}

}  // namespace
}  // namespace waymark::http
