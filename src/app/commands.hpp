#pragma once

#include <string>

#include "core/config.hpp"

// The subcommands of `waymark`; each returns the process exit status.
namespace waymark::app {

// `waymark serve`: runs until SIGTERM or SIGINT.
int Serve(const Config& config);

// `waymark migrate`: applies pending schema migrations and exits.
int Migrate(const Config& config);

// `waymark routes`: the management API's routes and the access each requires, as TSV.
int Routes(const Config& config);

struct UserCreateOptions {
  std::string email;
  std::string name;
};

// `waymark user create --email E --name N`, the password on standard input: an account
// with a workspace of its own (the instance's owner when it is the first).
int UserCreate(const Config& config, const UserCreateOptions& options);

// `waymark user reset-link EMAIL`: prints a one-hour, single-use password-reset link.
int UserResetLink(const Config& config, const std::string& email);

}  // namespace waymark::app
