#include "app/server_key.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "core/crypto.hpp"

namespace waymark::app {
namespace {

Status Failed(const std::filesystem::path& path, std::string_view what) {
  return Status::Io(std::string(what) + " " + path.string() + ": " + std::strerror(errno));
}

// Creates the file only when it does not exist yet, so two nodes starting together on one
// data directory cannot each write their own key.
Status CreateKeyFile(const std::filesystem::path& path) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL, 0600);
  if (fd < 0) return errno == EEXIST ? Status::Ok() : Failed(path, "cannot create");
  const std::string key = crypto::RandomToken(32) + "\n";
  const bool written = ::write(fd, key.data(), key.size()) == static_cast<ssize_t>(key.size());
  const bool synced = ::fsync(fd) == 0;
  ::close(fd);
  return written && synced ? Status::Ok() : Failed(path, "cannot write");
}

}  // namespace

Result<std::string> LoadServerKey(const Config& config) {
  if (!config.server_key.empty()) return config.server_key;
  const std::filesystem::path path = config.data_dir / "server.key";
  if (Status created = CreateKeyFile(path); !created.ok()) return created;
  std::ifstream file(path);
  std::string key;
  if (!std::getline(file, key) || key.size() < 32) {
    return Status::Internal(path.string() + " holds no key; delete it to make a new one");
  }
  return key;
}

}  // namespace waymark::app
