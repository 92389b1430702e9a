// deploy/nginx-site.conf in front of a real server: the client's address reaches the log.
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <regex>
#include <sstream>
#include <thread>

#include "server_process.hpp"

namespace waymark::testing {
namespace {

namespace fs = std::filesystem;

std::uint16_t FreePort() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
  socklen_t size = sizeof address;
  getsockname(fd, reinterpret_cast<sockaddr*>(&address), &size);
  close(fd);
  return ntohs(address.sin_port);
}

// nginx with the shipped site file, its ports pointed at this test's servers.
class Nginx {
 public:
  Nginx(std::uint16_t listen_port, std::uint16_t waymark_port) : root_(MakeTempDir()) {
    std::ifstream in(WAYMARK_SOURCE_DIR "/deploy/nginx-site.conf");
    std::stringstream site;
    site << in.rdbuf();
    std::string text = std::regex_replace(site.str(), std::regex("127\\.0\\.0\\.1:8080"),
                                          "127.0.0.1:" + std::to_string(waymark_port));
    text = std::regex_replace(text, std::regex("listen 80;"),
                              "listen 127.0.0.1:" + std::to_string(listen_port) + ";");
    std::ofstream(root_ / "site.conf") << text;
    std::ofstream(root_ / "nginx.conf")
        << "daemon off;\nworker_processes 1;\npid " << (root_ / "nginx.pid").string()
        << ";\nerror_log " << (root_ / "error.log").string()
        << " warn;\nevents {}\nhttp {\n  access_log off;\n  client_body_temp_path "
        << (root_ / "body").string() << ";\n  proxy_temp_path " << (root_ / "proxy").string()
        << ";\n  include " << (root_ / "site.conf").string() << ";\n}\n";
    pid_ = Spawn("/usr/sbin/nginx", {"-p", root_.string(), "-c", (root_ / "nginx.conf").string()},
                 {}, STDOUT_FILENO, STDERR_FILENO);
  }
  ~Nginx() {
    kill(pid_, SIGTERM);
    waitpid(pid_, nullptr, 0);
    fs::remove_all(root_);
  }

 private:
  fs::path root_;
  pid_t pid_;
};

TEST(BehindNginx, TheClientAddressReachesTheAccessLog) {
  ServerProcess waymark({"--access-log-trusted-proxies", "127.0.0.1"});
  std::uint16_t port = FreePort();
  Nginx nginx(port, waymark.port());
  http::Client client("127.0.0.1", port);
  Result<http::ClientResponse> response = Status::Io("not tried");
  for (int attempt = 0; attempt < 100; ++attempt) {  // nginx takes a moment to listen
    response = client.Get("/healthz", {{"X-Forwarded-For", "203.0.113.7"}});
    if (response.ok()) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  ASSERT_TRUE(response.ok()) << response.status().message();
  EXPECT_EQ(response->status, 200u);
  EXPECT_EQ(response->body, R"({"status":"ok"})");

  auto lines = AwaitLogLines(waymark.data_dir() / "logs", 1);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_TRUE(lines[0].starts_with("203.0.113.7 - - [")) << lines[0];
}

}  // namespace
}  // namespace waymark::testing
