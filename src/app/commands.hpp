#pragma once

#include <cstddef>
#include <string>
#include <vector>

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

struct LogsStatsOptions {
  std::vector<std::string> files;  // log files or directories; none: <data_dir>/logs
  std::string since;               // YYYY-MM-DD, first day counted
  std::string until;               // YYYY-MM-DD, last day counted
  std::string format = "table";    // table, json or html
  std::string output;              // a file; empty: standard output
  std::size_t top = 20;            // rows in each ranked table
};

// `waymark logs stats [FILES...]`: traffic statistics from access logs (plain or gzip),
// in the format asked for. Lines it cannot read are counted, named and skipped.
int LogsStats(const Config& config, const LogsStatsOptions& options);

}  // namespace waymark::app
