#pragma once

#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

extern char** environ;

namespace waymark::mail {

// A real SMTP server for tests: aiosmtpd on a free loopback port, filing every message it
// accepts in a Maildir of its own temporary directory. Test-only.
//
// What comes back is what aiosmtpd's Mailbox handler stores, not the bytes on the wire: it
// parses each message with Python's email package, appends X-Peer, X-MailFrom and X-RcptTo
// headers, and writes it out again with LF line endings.
class SmtpSink {
 public:
  // Throws std::runtime_error, with aiosmtpd's output, when the server does not come up.
  SmtpSink() {
    port_ = FreePort();
    std::string pattern = (std::filesystem::temp_directory_path() / "waymark-smtp-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    root_ = pattern;
    Start();
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    while (!AcceptsConnections()) {
      if (Exited() || std::chrono::steady_clock::now() > deadline) {
        const std::string why = Exited() ? "exited" : "accepted no connection within 5 s";
        const std::string log = Log();
        Stop();
        throw std::runtime_error("the test SMTP server (" + std::string(kPython) +
                                 " -m aiosmtpd, from the python3-aiosmtpd package) " + why +
                                 "; its output:\n" + log);
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
  }
  ~SmtpSink() { Stop(); }

  SmtpSink(const SmtpSink&) = delete;
  SmtpSink& operator=(const SmtpSink&) = delete;

  std::string url() const { return "smtp://127.0.0.1:" + std::to_string(port_); }

  // The texts of the messages received so far, oldest first, once there are at least
  // `count` of them or `timeout` has passed (then fewer).
  std::vector<std::string> WaitForMessages(std::size_t count,
                                           std::chrono::milliseconds timeout) const {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    std::vector<std::filesystem::path> files = MessageFiles();
    while (files.size() < count && std::chrono::steady_clock::now() < deadline) {
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
      files = MessageFiles();
    }
    std::vector<std::string> texts;
    for (const auto& file : files) texts.push_back(ReadFile(file));
    return texts;
  }

 private:
  // The system interpreter, which python3-aiosmtpd installs into: a `python3` earlier on
  // PATH (pyenv, a virtualenv) does not see Debian's packages.
  static constexpr const char* kPython = "/usr/bin/python3";

  static std::uint16_t FreePort() {
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{.sin_family = AF_INET, .sin_port = 0, .sin_addr = {htonl(INADDR_LOOPBACK)}};
    socklen_t size = sizeof address;
    if (fd < 0 || bind(fd, reinterpret_cast<sockaddr*>(&address), size) != 0 ||
        getsockname(fd, reinterpret_cast<sockaddr*>(&address), &size) != 0) {
      if (fd >= 0) close(fd);
      throw std::runtime_error("no free loopback port");
    }
    close(fd);  // aiosmtpd binds it again; another process could take it in between
    return ntohs(address.sin_port);
  }

  void Start() {
    const std::string listen = "127.0.0.1:" + std::to_string(port_);
    const std::string maildir = (root_ / "maildir").string();  // aiosmtpd creates it
    const std::string log = (root_ / "aiosmtpd.log").string();
    std::vector<std::string> args{
        kPython, "-m", "aiosmtpd", "-n", "-l", listen, "-c", "aiosmtpd.handlers.Mailbox", maildir};
    std::vector<char*> argv;
    for (auto& arg : args) argv.push_back(arg.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, log.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
    const int error = posix_spawn(&pid_, kPython, &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (error != 0) {
      pid_ = -1;
      std::filesystem::remove_all(root_);
      throw std::runtime_error(std::string("cannot start ") + kPython + ": " + strerror(error));
    }
  }

  void Stop() {
    if (pid_ > 0) {
      kill(pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
      pid_ = -1;
    }
    std::error_code ignored;
    std::filesystem::remove_all(root_, ignored);
  }

  bool Exited() {
    if (pid_ <= 0) return true;
    if (waitpid(pid_, nullptr, WNOHANG) != pid_) return false;
    pid_ = -1;
    return true;
  }

  bool AcceptsConnections() const {
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{
        .sin_family = AF_INET, .sin_port = htons(port_), .sin_addr = {htonl(INADDR_LOOPBACK)}};
    const bool ok =
        fd >= 0 && connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
    if (fd >= 0) close(fd);
    return ok;
  }

  // Maildir delivers into tmp/ and links the finished file into new/; a reader may move
  // it on to cur/.
  std::vector<std::filesystem::path> MessageFiles() const {
    std::vector<std::filesystem::path> files;
    for (const char* folder : {"new", "cur"}) {
      std::error_code missing;
      for (const auto& entry :
           std::filesystem::directory_iterator(root_ / "maildir" / folder, missing)) {
        files.push_back(entry.path());
      }
    }
    std::sort(files.begin(), files.end(), [](const auto& a, const auto& b) {
      const auto a_time = std::filesystem::last_write_time(a);
      const auto b_time = std::filesystem::last_write_time(b);
      return a_time != b_time ? a_time < b_time : a < b;
    });
    return files;
  }

  static std::string ReadFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  }

  std::string Log() const { return ReadFile(root_ / "aiosmtpd.log"); }

  std::filesystem::path root_;
  pid_t pid_ = -1;
  std::uint16_t port_ = 0;
};

}  // namespace waymark::mail
