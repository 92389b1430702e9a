#include "http/server.hpp"

#include <spdlog/spdlog.h>

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/write.hpp>
#include <optional>
#include <thread>
#include <unordered_set>

#include "core/thread_name.hpp"
#include "http/problem.hpp"
#include "http/serializer.hpp"

namespace waymark::http {

namespace asio = boost::asio;
using asio::ip::tcp;

namespace {

constexpr auto kTuple = asio::as_tuple(asio::use_awaitable);
using ReusePort = asio::detail::socket_option::boolean<SOL_SOCKET, SO_REUSEPORT>;

// Past the connection limit: one 503 problem, then close. Rare, so built each time.
asio::awaitable<void> Refuse(tcp::socket socket) {
  Response response =
      ProblemResponse({StatusCode::service_unavailable,
                       "Service Unavailable",
                       "The server has as many connections open as it accepts; retry shortly.",
                       {}});
  response.SetHeader("Retry-After", "1");
  std::string head;
  AppendHead(head, response, false);
  std::array<asio::const_buffer, 2> buffers{asio::buffer(head), asio::buffer(response.body())};
  co_await asio::async_write(socket, buffers, kTuple);
  boost::system::error_code ignored;
  socket.shutdown(tcp::socket::shutdown_both, ignored);
}

// How often each thread checks its connections' deadlines: the precision of timeouts.
constexpr auto kSweepInterval = std::chrono::milliseconds(50);

}  // namespace

// One I/O thread's world. Everything in it is touched only from its io_context.
struct Server::Worker {
  asio::io_context io{1};
  std::optional<tcp::acceptor> acceptor;
  std::unordered_set<Connection*> connections;
  Clock::time_point now = Clock::now();  // advanced by the sweeper
  Clock::time_point grace_deadline = Clock::time_point::max();
  bool draining = false;
  std::thread thread;
};

Server::Server(ServerOptions options, const Router& router, const Pipeline& pipeline)
    : options_(std::move(options)),
      metrics_(router.routes().size()),
      context_{router, pipeline, metrics_, options_.limits} {
  unsigned threads = options_.threads ? options_.threads : std::thread::hardware_concurrency();
  for (unsigned i = 0; i < std::max(threads, 1u); ++i) {
    workers_.push_back(std::make_unique<Worker>());
  }
}

Server::~Server() = default;

Result<std::uint16_t> Server::Listen() {
  boost::system::error_code ec;
  auto address = asio::ip::make_address(options_.bind, ec);
  if (ec) return Status::Invalid("bind address '" + options_.bind + "' is not an IP address");
  std::uint16_t port = options_.port;
  for (auto& worker : workers_) {
    tcp::acceptor& acceptor = worker->acceptor.emplace(worker->io);
    tcp::endpoint endpoint(address, port);
    acceptor.open(endpoint.protocol(), ec);
    if (!ec) acceptor.set_option(tcp::acceptor::reuse_address(true), ec);
    if (!ec) acceptor.set_option(ReusePort(true), ec);
    if (!ec) acceptor.bind(endpoint, ec);
    if (!ec) acceptor.listen(asio::socket_base::max_listen_connections, ec);
    if (ec) {
      return Status::Io("cannot listen on " + options_.bind + ":" + std::to_string(port) + ": " +
                        ec.message());
    }
    port = acceptor.local_endpoint().port();  // port 0 binds the next threads to the same one
  }
  return port;
}

void Server::Run() {
  for (auto& worker : workers_) {
    asio::co_spawn(worker->io, Accept(*worker), asio::detached);
    asio::co_spawn(worker->io, Sweep(*worker), asio::detached);
    worker->thread = std::thread([&io = worker->io] {
      NameThisThread("wm-http");
      io.run();
    });
  }
  for (auto& worker : workers_) worker->thread.join();
}

asio::awaitable<void> Server::Accept(Worker& worker) {
  while (worker.acceptor->is_open()) {
    auto [ec, socket] = co_await worker.acceptor->async_accept(kTuple);
    if (ec == asio::error::operation_aborted || worker.draining) break;
    if (ec) {  // out of descriptors and the like: back off instead of spinning
      spdlog::warn("http.accept_failed error=\"{}\"", ec.message());
      asio::steady_timer pause(worker.io, std::chrono::milliseconds(50));
      co_await pause.async_wait(kTuple);
      continue;
    }
    if (metrics_.open_connections() >= static_cast<std::int64_t>(options_.max_connections)) {
      metrics_.ConnectionRefused();
      asio::co_spawn(worker.io, Refuse(std::move(socket)), asio::detached);
      continue;
    }
    socket.set_option(tcp::no_delay(true), ec);
    asio::co_spawn(worker.io, Serve(worker, std::move(socket)), asio::detached);
  }
}

// Closes connections whose read or write ran past its deadline, and at the end of the
// shutdown grace period every connection left. Ends once a draining thread is empty.
asio::awaitable<void> Server::Sweep(Worker& worker) {
  asio::steady_timer tick(worker.io);
  while (!(worker.draining && worker.connections.empty())) {
    tick.expires_after(kSweepInterval);
    co_await tick.async_wait(kTuple);
    worker.now = Clock::now();
    bool grace_over = worker.now >= worker.grace_deadline;
    for (Connection* connection : worker.connections) {
      if (grace_over || connection->Expired(worker.now)) connection->Close();
    }
  }
}

asio::awaitable<void> Server::Serve(Worker& worker, tcp::socket socket) {
  Connection connection(std::move(socket), context_, worker.now);
  worker.connections.insert(&connection);
  metrics_.ConnectionOpened();
  if (worker.draining) connection.Drain();
  try {
    co_await connection.Run();
  } catch (const std::exception& error) {
    spdlog::error("http.connection_failed error=\"{}\"", error.what());
  }
  metrics_.ConnectionClosed();
  worker.connections.erase(&connection);
}

void Server::Shutdown() {
  if (shutting_down_.exchange(true)) return;
  for (auto& worker : workers_) {
    asio::post(worker->io, [this, &w = *worker] {
      w.draining = true;
      boost::system::error_code ignored;
      w.acceptor->close(ignored);
      w.grace_deadline = Clock::now() + options_.shutdown_grace;
      for (Connection* connection : w.connections) connection->Drain();
    });
  }
}

}  // namespace waymark::http
