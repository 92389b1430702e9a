#include "auth/password_hasher.hpp"

#include "core/crypto.hpp"
#include "core/offload.hpp"

namespace waymark::auth {
namespace {

constexpr std::string_view kThreadName = "wm-passwords";

}  // namespace

PasswordHasher::PasswordHasher(std::size_t threads)
    : pool_(threads), decoy_hash_(crypto::HashPassword(crypto::RandomToken(16)).value()) {}

PasswordHasher::~PasswordHasher() {
  pool_.join();
}

boost::asio::awaitable<Result<std::string>> PasswordHasher::Hash(std::string password) {
  auto work = [password = std::move(password)] { return crypto::HashPassword(password); };
  co_return co_await Offload(pool_, kThreadName, std::move(work));
}

boost::asio::awaitable<bool> PasswordHasher::Verify(std::string hash, std::string password) {
  const bool decoy = hash.empty();
  if (decoy) hash = decoy_hash_;
  auto work = [hash = std::move(hash), password = std::move(password)] {
    return crypto::VerifyPassword(hash, password);
  };
  const bool match = co_await Offload(pool_, kThreadName, std::move(work));
  co_return match && !decoy;
}

}  // namespace waymark::auth
