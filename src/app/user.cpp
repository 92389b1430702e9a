#include <cstdio>
#include <iostream>
#include <string>

#include "app/commands.hpp"
#include "app/store.hpp"
#include "auth/accounts.hpp"
#include "auth/credentials_rules.hpp"
#include "auth/password_resets.hpp"
#include "core/clock.hpp"
#include "core/crypto.hpp"
#include "core/log.hpp"
#include "core/run_blocking.hpp"

namespace waymark::app {
namespace {

int Fail(std::string_view command, std::string_view message) {
  std::fprintf(stderr, "waymark user %.*s: %.*s\n", static_cast<int>(command.size()),
               command.data(), static_cast<int>(message.size()), message.data());
  return 1;
}

}  // namespace

int UserCreate(const Config& config, const UserCreateOptions& options) {
  InitLogging(config.log_level);
  std::optional<std::string> email = auth::NormalizeEmail(options.email);
  if (!email) return Fail("create", "--email is not an email address");
  if (options.name.empty() || options.name.size() > 100) {
    return Fail("create", "--name must be 1 to 100 bytes");
  }
  // The password comes on standard input, never on the command line, where other users
  // of the machine could read it in the process list.
  std::string password;
  std::getline(std::cin, password);
  if (auto problem = auth::PasswordProblem(password)) {
    return Fail("create", "the password on standard input " + *problem);
  }
  auto hash = crypto::HashPassword(password);
  if (!hash.ok()) return Fail("create", hash.status().message());

  auto db = OpenMigratedStore(config);
  if (!db.ok()) return Fail("create", db.status().message());
  auth::AccountRequest request{*email, options.name, *hash, std::nullopt, true};
  std::optional<auth::CreatedAccount> created;
  Status written = RunBlocking((*db)->Write([&](store::Transaction& tx) -> Status {
    auto account = auth::CreateAccount(tx, request, UnixNow());
    if (account.ok()) created = std::move(*account);
    return account.status();
  }));
  if (!written.ok()) return Fail("create", written.message());
  std::printf("created user %s <%s>, owner of workspace %s%s\n", created->user.id.c_str(),
              created->user.email.c_str(), created->workspace_id.c_str(),
              created->user.instance_owner ? " (instance owner)" : "");
  return 0;
}

int UserResetLink(const Config& config, const std::string& email_text) {
  InitLogging(config.log_level);
  std::optional<std::string> email = auth::NormalizeEmail(email_text);
  if (!email) return Fail("reset-link", "not an email address");
  auto db = OpenMigratedStore(config);
  if (!db.ok()) return Fail("reset-link", db.status().message());
  std::string token;
  Status written = RunBlocking((*db)->Write([&](store::Transaction& tx) -> Status {
    auto user = auth::FindUserByEmail(tx, *email);
    if (!user.ok()) return user.status();
    if (!*user) return Status::NotFound("no account has this email");
    auto issued = auth::IssueReset(tx, (*user)->id, UnixNow());
    if (issued.ok()) token = std::move(*issued);
    return issued.status();
  }));
  if (!written.ok()) return Fail("reset-link", written.message());
  std::printf("%s\n", auth::ResetLink(config.public_url, token).c_str());
  std::fprintf(stderr, "The link works once, within the hour.\n");
  return 0;
}

}  // namespace waymark::app
