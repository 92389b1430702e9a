#pragma once

#include <boost/asio/awaitable.hpp>
#include <boost/asio/thread_pool.hpp>
#include <string>

#include "core/status.hpp"

namespace waymark::auth {

// argon2id hashing and checking, off the I/O threads: each call takes tens of
// milliseconds and 64 MiB on purpose. The pool's size bounds the memory and CPU that
// sign-in attempts can take, however many arrive at once.
class PasswordHasher {
 public:
  explicit PasswordHasher(std::size_t threads = 1);
  ~PasswordHasher();

  boost::asio::awaitable<Result<std::string>> Hash(std::string password);
  // Checks against `hash`, or, when the account does not exist (empty hash), against a
  // throwaway hash, so that the answer takes as long either way.
  boost::asio::awaitable<bool> Verify(std::string hash, std::string password);

 private:
  boost::asio::thread_pool pool_;
  std::string decoy_hash_;
};

}  // namespace waymark::auth
