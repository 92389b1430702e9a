// Test-only: a webhook receiver on 127.0.0.1 (plain HTTP) that answers each request with the
// next of the answers it was given, the last one again when they run out, and keeps what it
// received. Requests are served one at a time, on a thread of its own.
#pragma once

#include <algorithm>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/write.hpp>
#include <cctype>
#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace waymark::webhooks::testkit {

struct Received {
  std::string target;
  std::map<std::string, std::string> headers;  // names in lower case
  std::string body;
  std::chrono::steady_clock::time_point at;
};

struct Answer {
  unsigned status = 200;
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
  std::chrono::milliseconds delay{0};  // before answering
};

class TestReceiver {
 public:
  explicit TestReceiver(std::vector<Answer> answers = {Answer{}}) : answers_(std::move(answers)) {
    acceptor_.open(boost::asio::ip::tcp::v4());
    acceptor_.set_option(boost::asio::socket_base::reuse_address(true));
    acceptor_.bind({boost::asio::ip::make_address("127.0.0.1"), 0});
    acceptor_.listen();
    boost::asio::co_spawn(io_, Accept(), boost::asio::detached);
    thread_ = std::thread([this] { io_.run(); });
  }
  ~TestReceiver() {
    io_.stop();
    thread_.join();
  }

  std::uint16_t port() const { return acceptor_.local_endpoint().port(); }
  std::string Url(const std::string& path = "/hook") const {
    return "http://127.0.0.1:" + std::to_string(port()) + path;
  }

  // What came so far, once `count` requests came or `timeout` passed.
  std::vector<Received> WaitFor(std::size_t count, std::chrono::milliseconds timeout) {
    std::unique_lock lock(mutex_);
    arrived_.wait_for(lock, timeout, [&] { return received_.size() >= count; });
    return received_;
  }

 private:
  boost::asio::awaitable<void> Accept() {
    for (;;) {
      boost::asio::ip::tcp::socket socket =
          co_await acceptor_.async_accept(boost::asio::use_awaitable);
      co_await Serve(std::move(socket));
    }
  }

  boost::asio::awaitable<void> Serve(boost::asio::ip::tcp::socket socket) {
    namespace http = boost::beast::http;
    try {
      boost::beast::flat_buffer buffer;
      http::request<http::string_body> request;
      co_await http::async_read(socket, buffer, request, boost::asio::use_awaitable);
      const Answer answer = Record(request);
      if (answer.delay.count() > 0) {
        boost::asio::steady_timer timer(socket.get_executor(), answer.delay);
        co_await timer.async_wait(boost::asio::use_awaitable);
      }
      http::response<http::string_body> response{static_cast<http::status>(answer.status), 11};
      for (const auto& [name, value] : answer.headers) response.set(name, value);
      response.body() = answer.body;
      response.keep_alive(false);
      response.prepare_payload();
      co_await http::async_write(socket, response, boost::asio::use_awaitable);
    } catch (const std::exception&) {
      // The client went away early (a timeout test): nothing to answer.
    }
  }

  Answer Record(const boost::beast::http::request<boost::beast::http::string_body>& request) {
    Received received{
        std::string(request.target()), {}, request.body(), std::chrono::steady_clock::now()};
    for (const auto& field : request) {
      std::string name(field.name_string());
      std::transform(name.begin(), name.end(), name.begin(),
                     [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
      received.headers[name] = std::string(field.value());
    }
    std::lock_guard lock(mutex_);
    const std::size_t index = std::min(received_.size(), answers_.size() - 1);
    received_.push_back(std::move(received));
    arrived_.notify_all();
    return answers_[index];
  }

  const std::vector<Answer> answers_;
  std::mutex mutex_;
  std::condition_variable arrived_;
  std::vector<Received> received_;
  boost::asio::io_context io_;
  boost::asio::ip::tcp::acceptor acceptor_{io_};
  std::thread thread_;
};

}  // namespace waymark::webhooks::testkit
