#include "server_process.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

extern char** environ;

namespace waymark::testing {

pid_t Spawn(const std::string& program, const std::vector<std::string>& args,
            const std::vector<std::string>& env, int out_fd, int err_fd, int in_fd) {
  std::vector<std::string> all_env;
  for (char** e = environ; *e != nullptr; ++e) all_env.emplace_back(*e);
  all_env.insert(all_env.end(), env.begin(), env.end());
  std::vector<char*> argv{const_cast<char*>(program.c_str())};
  for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  std::vector<char*> envp;
  for (auto& e : all_env) envp.push_back(e.data());
  envp.push_back(nullptr);

  pid_t pid = fork();
  if (pid == 0) {
    if (in_fd >= 0) dup2(in_fd, STDIN_FILENO);
    dup2(out_fd, STDOUT_FILENO);
    dup2(err_fd, STDERR_FILENO);
    execve(argv[0], argv.data(), envp.data());
    _exit(127);
  }
  return pid;
}

namespace {

// Reads `fd` until a line announcing the port arrives; 0 when it never does.
std::uint16_t AwaitPort(int fd) {
  std::string seen;
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  while (std::chrono::steady_clock::now() < deadline) {
    pollfd p{fd, POLLIN, 0};
    if (poll(&p, 1, 100) <= 0) continue;
    char chunk[256];
    ssize_t n = read(fd, chunk, sizeof chunk);
    if (n <= 0) return 0;
    seen.append(chunk, static_cast<std::size_t>(n));
    std::size_t at = seen.find("listening on http://");
    std::size_t eol = seen.find('\n', at);
    if (at == std::string::npos || eol == std::string::npos) continue;
    std::string line = seen.substr(at, eol - at);
    return static_cast<std::uint16_t>(std::stoi(line.substr(line.rfind(':') + 1)));
  }
  return 0;
}

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

std::filesystem::path MakeTempDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "waymark-it-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
  return pattern;
}

ServerProcess::ServerProcess(std::vector<std::string> args, std::vector<std::string> env)
    : root_(MakeTempDir()),
      data_dir_(root_ / "data"),
      args_(std::move(args)),
      env_(std::move(env)) {
  Start();
}

void ServerProcess::Start() {
  std::vector<std::string> all{"serve",
                               "--bind",
                               "127.0.0.1",
                               "--port",
                               "0",
                               "--threads",
                               "2",
                               "--data-dir",
                               data_dir_.string(),
                               "--static-dir",
                               WAYMARK_SOURCE_DIR "/web/static"};
  all.insert(all.end(), args_.begin(), args_.end());
  int out[2];
  if (pipe(out) != 0) throw std::runtime_error("pipe failed");
  int err = open((root_ / "stderr.log").c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
  pid_ = Spawn(WAYMARK_BINARY, all, env_, out[1], err);
  close(out[1]);
  close(err);
  port_ = AwaitPort(out[0]);
  close(out[0]);  // the server writes nothing else to stdout
  if (port_ == 0) {
    throw std::runtime_error("waymark did not start; its log:\n" + Log());
  }
}

void ServerProcess::KillAndRestart() {
  kill(pid_, SIGKILL);
  waitpid(pid_, nullptr, 0);
  Start();
}

ServerProcess::~ServerProcess() {
  if (pid_ > 0) {
    kill(pid_, SIGKILL);
    waitpid(pid_, nullptr, 0);
  }
  std::error_code ignored;
  std::filesystem::remove_all(root_, ignored);
}

void ServerProcess::Signal(int signal) const {
  kill(pid_, signal);
}

int ServerProcess::Terminate(std::chrono::milliseconds wait) {
  kill(pid_, SIGTERM);
  auto deadline = std::chrono::steady_clock::now() + wait;
  int status = 0;
  while (std::chrono::steady_clock::now() < deadline) {
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return -1;  // the destructor kills it
}

std::string ServerProcess::Log() const {
  return ReadFile(root_ / "stderr.log");
}

std::vector<std::string> FileLines(const std::filesystem::path& file) {
  std::vector<std::string> lines;
  std::ifstream in(file);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::vector<std::string> AwaitLogLines(const std::filesystem::path& dir, std::size_t count) {
  std::vector<std::string> all;
  for (int attempt = 0; attempt < 100; ++attempt) {
    all.clear();
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
      auto lines = FileLines(entry.path());
      all.insert(all.end(), lines.begin(), lines.end());
    }
    if (all.size() >= count) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return all;
}

CommandResult RunWaymark(const std::vector<std::string>& args, const std::vector<std::string>& env,
                         const std::string& input) {
  std::filesystem::path root = MakeTempDir();
  { std::ofstream(root / "in.txt") << input; }
  int in = open((root / "in.txt").c_str(), O_RDONLY);
  int out = open((root / "out.log").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  pid_t pid = Spawn(WAYMARK_BINARY, args, env, out, out, in);
  close(out);
  close(in);
  int status = 0;
  waitpid(pid, &status, 0);
  CommandResult result{WIFEXITED(status) ? WEXITSTATUS(status) : -1, ReadFile(root / "out.log")};
  std::filesystem::remove_all(root);
  return result;
}

}  // namespace waymark::testing
