#include <CLI/CLI.hpp>
#include <cstdio>

#include "app/commands.hpp"
#include "app/options.hpp"
#include "core/crypto.hpp"

int main(int argc, char** argv) {
  CLI::App app{"Waymark: changelog, in-app messages and analytics, self-hosted."};
  app.require_subcommand(1);

  waymark::app::ConfigFlags serve_flags;
  CLI::App* serve = app.add_subcommand("serve", "Serve the site, the API and the widget");
  serve_flags.AddTo(*serve);

  waymark::app::ConfigFlags migrate_flags;
  CLI::App* migrate = app.add_subcommand("migrate", "Bring the database schema up to date");
  migrate_flags.AddTo(*migrate);

  waymark::app::ConfigFlags routes_flags;
  CLI::App* routes = app.add_subcommand("routes", "List the API's routes and who may call them");
  routes_flags.AddTo(*routes);

  CLI::App* user = app.add_subcommand("user", "Manage makers' accounts");
  user->require_subcommand(1);
  waymark::app::ConfigFlags create_flags;
  waymark::app::UserCreateOptions create_options;
  CLI::App* create = user->add_subcommand(
      "create", "Create an account (password on standard input) with its own workspace");
  create->add_option("--email", create_options.email, "the account's email")->required();
  create->add_option("--name", create_options.name, "the maker's name")->required();
  create_flags.AddTo(*create);
  waymark::app::ConfigFlags reset_flags;
  std::string reset_email;
  CLI::App* reset = user->add_subcommand("reset-link", "Print a password-reset link for EMAIL");
  reset->add_option("email", reset_email, "the account's email")->required();
  reset_flags.AddTo(*reset);

  CLI::App* logs = app.add_subcommand("logs", "Read the access logs");
  logs->require_subcommand(1);
  waymark::app::ConfigFlags stats_flags;
  waymark::app::LogsStatsOptions stats_options;
  CLI::App* stats = logs->add_subcommand(
      "stats", "Traffic statistics from access logs (default: the data directory's)");
  stats->add_option("files", stats_options.files,
                    "log files (plain or gzip; - for standard input) or directories");
  stats->add_option("--since", stats_options.since, "first day counted (YYYY-MM-DD)");
  stats->add_option("--until", stats_options.until, "last day counted (YYYY-MM-DD)");
  stats->add_option("--format", stats_options.format, "table, json or html")
      ->check(CLI::IsMember({"table", "json", "html"}))
      ->capture_default_str();
  stats->add_option("--output", stats_options.output, "write the report to this file");
  stats->add_option("--top", stats_options.top, "rows in each ranked table")
      ->check(CLI::Range(1, 100000))
      ->capture_default_str();
  stats_flags.AddTo(*stats);

  CLI11_PARSE(app, argc, argv);
  if (waymark::Status sodium = waymark::crypto::Init(); !sodium.ok()) {
    std::fprintf(stderr, "waymark: %s\n", sodium.message().c_str());
    return 1;
  }
  if (serve->parsed()) return waymark::app::Serve(serve_flags.LoadOrExit());
  if (migrate->parsed()) return waymark::app::Migrate(migrate_flags.LoadOrExit());
  if (routes->parsed()) return waymark::app::Routes(routes_flags.LoadOrExit());
  if (create->parsed()) return waymark::app::UserCreate(create_flags.LoadOrExit(), create_options);
  if (stats->parsed()) return waymark::app::LogsStats(stats_flags.LoadOrExit(), stats_options);
  if (reset->parsed()) return waymark::app::UserResetLink(reset_flags.LoadOrExit(), reset_email);
  return 2;
}
