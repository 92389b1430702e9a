#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/status.hpp"
#include "http/connection.hpp"

namespace waymark::http {

struct ServerOptions {
  std::string bind = "0.0.0.0";
  std::uint16_t port = 8080;  // 0: any free port, the same on every thread
  unsigned threads = 0;       // 0: one per core
  std::size_t max_connections = 10000;
  std::chrono::milliseconds shutdown_grace{10'000};
  ConnectionLimits limits;
};

// The listener: one io_context per thread, each with its own SO_REUSEPORT acceptor so the
// kernel spreads connections over threads and no lock is shared on the accept path.
class Server {
 public:
  Server(ServerOptions options, const Router& router, const Pipeline& pipeline);
  ~Server();

  // Binds every thread's acceptor. Returns the port actually bound.
  Result<std::uint16_t> Listen();
  // Serves until Shutdown() has finished; blocks the calling thread.
  void Run();
  // Stops accepting, lets in-flight requests finish within the grace period, then closes
  // every connection. Safe to call from any thread, more than once.
  void Shutdown();

  HttpMetrics& metrics() { return metrics_; }

 private:
  struct Worker;
  boost::asio::awaitable<void> Accept(Worker& worker);
  boost::asio::awaitable<void> Sweep(Worker& worker);
  boost::asio::awaitable<void> Serve(Worker& worker, boost::asio::ip::tcp::socket socket);

  ServerOptions options_;
  HttpMetrics metrics_;
  ServerContext context_;
  std::vector<std::unique_ptr<Worker>> workers_;
  std::atomic<bool> shutting_down_{false};
};

}  // namespace waymark::http
