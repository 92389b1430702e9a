// Headers nearly every translation unit includes, compiled once per target.
#pragma once

// <ostream> must come first: Boost 1.81's core/detail/string_view.hpp uses std::ostream
// without including it.
// clang-format off
#include <ostream>
// clang-format on

#include <boost/asio/awaitable.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/json.hpp>
#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>
