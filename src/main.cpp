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

  CLI11_PARSE(app, argc, argv);
  if (waymark::Status sodium = waymark::crypto::Init(); !sodium.ok()) {
    std::fprintf(stderr, "waymark: %s\n", sodium.message().c_str());
    return 1;
  }
  if (serve->parsed()) return waymark::app::Serve(serve_flags.LoadOrExit());
  if (migrate->parsed()) return waymark::app::Migrate(migrate_flags.LoadOrExit());
  return 2;
}
