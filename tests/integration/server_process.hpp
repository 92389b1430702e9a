#pragma once

#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include "http/client.hpp"

namespace waymark::testing {

// The real `waymark serve` binary on an ephemeral loopback port with a fresh data
// directory, for tests that speak real HTTP to it.
class ServerProcess {
 public:
  // `args` are extra command-line flags; `env` extra NAME=value variables.
  explicit ServerProcess(std::vector<std::string> args = {}, std::vector<std::string> env = {});
  ~ServerProcess();  // kills the server if it still runs and removes its directory

  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  std::uint16_t port() const { return port_; }
  const std::filesystem::path& data_dir() const { return data_dir_; }
  http::Client Client() const { return http::Client("127.0.0.1", port_); }
  Result<http::Client::RawReply> Raw(
      std::string_view bytes, std::chrono::milliseconds wait = std::chrono::seconds(2)) const {
    return http::Client::Raw("127.0.0.1", port_, bytes, wait);
  }

  void Signal(int signal) const;
  // SIGKILL, as a crash or the OOM killer would, then a new server on the same data
  // directory and flags (on a new port).
  void KillAndRestart();
  // Sends SIGTERM and waits up to `wait` for the exit; returns the exit status, or -1 when
  // the process had to be killed.
  int Terminate(std::chrono::milliseconds wait = std::chrono::seconds(15));
  // The server's application log (stderr) so far.
  std::string Log() const;

 private:
  void Start();

  std::filesystem::path root_;
  std::filesystem::path data_dir_;
  std::vector<std::string> args_;
  std::vector<std::string> env_;
  pid_t pid_ = -1;
  std::uint16_t port_ = 0;
};

// fork + exec of `program` with stdout to `out_fd`, stderr to `err_fd` and, when given,
// stdin from `in_fd`; `env` adds NAME=value variables to this process's environment.
pid_t Spawn(const std::string& program, const std::vector<std::string>& args,
            const std::vector<std::string>& env, int out_fd, int err_fd, int in_fd = -1);

// A fresh directory under the system's temporary directory.
std::filesystem::path MakeTempDir();

// The lines of one file.
std::vector<std::string> FileLines(const std::filesystem::path& file);

// Every line of every file in `dir`. The access log is written in the background, so this
// polls (up to 5 s) until at least `count` lines are there.
std::vector<std::string> AwaitLogLines(const std::filesystem::path& dir, std::size_t count);

struct CommandResult {
  int exit_status = -1;
  std::string output;  // stdout and stderr together
};

// Runs the waymark binary with `args` to completion (for CLI tests), `input` on its stdin.
CommandResult RunWaymark(const std::vector<std::string>& args,
                         const std::vector<std::string>& env = {}, const std::string& input = {});

}  // namespace waymark::testing
