#pragma once

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cctype>
#include <map>
#include <stdexcept>
#include <string>
#include <thread>

namespace waymark::traffic {

// A DNS server on 127.0.0.1 for tests, since the test machine reaches no other: it
// answers PTR queries from `names` ("10.2.0.192.in-addr.arpa" -> "host1.example.co.uk")
// and NXDOMAIN to the rest. Test-only.
class DnsTestServer {
 public:
  enum class Mode {
    kAnswer,
    kSilent,         // reads queries and never answers
    kServerFailure,  // answers SERVFAIL to everything
  };

  explicit DnsTestServer(std::map<std::string, std::string> names, Mode mode = Mode::kAnswer)
      : names_(std::move(names)), mode_(mode) {
    socket_ = ::socket(AF_INET, SOCK_DGRAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (socket_ < 0 || ::bind(socket_, reinterpret_cast<sockaddr*>(&address), length) != 0 ||
        ::getsockname(socket_, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
      throw std::runtime_error("DnsTestServer: no UDP socket on 127.0.0.1");
    }
    port_ = ntohs(address.sin_port);
    thread_ = std::thread([this] { Serve(); });
  }
  ~DnsTestServer() {
    stop_ = true;
    thread_.join();
    ::close(socket_);
  }

  std::string Address() const { return "127.0.0.1:" + std::to_string(port_); }
  std::size_t Queries() const { return queries_; }

 private:
  void Serve() {
    pollfd fd{socket_, POLLIN, 0};
    while (!stop_) {
      if (::poll(&fd, 1, 20) <= 0) continue;
      char buffer[512];
      sockaddr_in peer{};
      socklen_t length = sizeof peer;
      const auto got = ::recvfrom(socket_, buffer, sizeof buffer, 0,
                                  reinterpret_cast<sockaddr*>(&peer), &length);
      if (got <= 0) continue;
      ++queries_;
      const std::string reply = Reply(std::string(buffer, static_cast<std::size_t>(got)));
      if (mode_ == Mode::kSilent || reply.empty()) continue;
      ::sendto(socket_, reply.data(), reply.size(), 0, reinterpret_cast<sockaddr*>(&peer), length);
    }
  }

  // The query's header and question, made an answer: one PTR record pointing back at the
  // question's name (offset 12), or none with NXDOMAIN.
  std::string Reply(const std::string& query) const {
    if (query.size() < 12) return {};
    std::string name;
    std::size_t at = 12;
    while (at < query.size() && query[at] != 0) {
      const auto label = static_cast<unsigned char>(query[at]);
      if (!name.empty()) name += '.';
      name += query.substr(at + 1, label);
      at += label + 1;
    }
    const std::size_t question_end = at + 1 + 4;  // the root label, type and class
    if (question_end > query.size()) return {};
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));

    std::string reply = query.substr(0, question_end);
    const auto found = names_.find(name);
    reply[2] = static_cast<char>(0x84 | (query[2] & 0x01));  // response, authoritative, RD
    reply[3] = static_cast<char>(mode_ == Mode::kServerFailure ? 0x82  // RA, SERVFAIL
                                 : found == names_.end()       ? 0x83  // RA, NXDOMAIN
                                                               : 0x80);
    for (std::size_t i = 6; i < 12; ++i) reply[i] = 0;  // no records but the answer below
    if (found == names_.end() || mode_ == Mode::kServerFailure) return reply;

    reply[7] = 1;
    std::string target;
    for (std::size_t start = 0; start <= found->second.size();) {
      std::size_t dot = found->second.find('.', start);
      if (dot == std::string::npos) dot = found->second.size();
      target += static_cast<char>(dot - start);
      target += found->second.substr(start, dot - start);
      start = dot + 1;
    }
    target += '\0';
    reply += std::string("\xc0\x0c\x00\x0c\x00\x01\x00\x00\x0e\x10", 10);  // PTR IN, 1 h
    reply += static_cast<char>(target.size() >> 8);
    reply += static_cast<char>(target.size() & 0xff);
    return reply + target;
  }

  std::map<std::string, std::string> names_;
  Mode mode_;
  int socket_ = -1;
  unsigned short port_ = 0;
  std::atomic<bool> stop_ = false;
  std::atomic<std::size_t> queries_ = 0;
  std::thread thread_;
};

}  // namespace waymark::traffic
