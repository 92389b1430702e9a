#include <unistd.h>

#include <boost/json/serialize.hpp>
#include <chrono>
#include <cstdio>
#include <fstream>

#include "app/commands.hpp"
#include "core/time_format.hpp"
#include "traffic/demographics.hpp"
#include "traffic/log_files.hpp"
#include "traffic/log_source.hpp"
#include "traffic/number_format.hpp"
#include "traffic/progress_bar.hpp"
#include "traffic/report.hpp"
#include "traffic/report_html.hpp"
#include "traffic/report_json.hpp"
#include "traffic/report_table.hpp"

namespace waymark::app {
namespace {

// Below this the bar would only flicker.
constexpr std::uint64_t kProgressBarBytes = 32 << 20;

std::optional<std::chrono::sys_days> DateOrExit(const std::string& text, const char* flag) {
  if (text.empty()) return std::nullopt;
  std::optional<std::chrono::sys_days> day = ParseIsoDate(text);
  if (!day) {
    std::fprintf(stderr, "waymark: %s must be a date such as 2026-11-24, not \"%s\"\n", flag,
                 text.c_str());
    std::exit(2);
  }
  return day;
}

// The files named (a directory stands for its access log and rotated files), or the data
// directory's logs.
std::vector<std::filesystem::path> InputPaths(const Config& config,
                                              const std::vector<std::string>& named) {
  std::vector<std::filesystem::path> paths;
  if (named.empty()) return traffic::LogFilesIn(config.data_dir / "logs");
  for (const std::string& name : named) {
    std::error_code error;
    if (name != "-" && std::filesystem::is_directory(name, error)) {
      for (auto& path : traffic::LogFilesIn(name)) paths.push_back(std::move(path));
    } else {
      paths.emplace_back(name);
    }
  }
  return paths;
}

std::vector<traffic::LogSource> OpenAll(const std::vector<std::filesystem::path>& paths,
                                        traffic::Tally& tally) {
  std::vector<traffic::LogSource> sources;
  for (const auto& path : paths) {
    Result<traffic::LogSource> source = traffic::LogSource::Open(path);
    if (source.ok()) {
      sources.push_back(std::move(source).value());
    } else {
      std::fprintf(stderr, "waymark: skipped %s\n", source.status().message().c_str());
      tally.AddNote("skipped " + source.status().message());
    }
  }
  return sources;
}

void ReadAll(std::vector<traffic::LogSource>& sources, traffic::Tally& tally) {
  std::uint64_t total = 0;
  for (const auto& source : sources) total += source.Size();
  std::optional<traffic::ProgressBar> bar;
  if (::isatty(STDERR_FILENO) && total >= kProgressBarBytes) bar.emplace(stderr, total);
  std::uint64_t before = 0;
  for (auto& source : sources) {
    const auto progress = [&](std::uint64_t done) {
      if (bar) bar->Update(before + done, tally.Lines().Read());
    };
    before += source.ReadInto(tally, 0, true, progress).bytes_read;
  }
  if (bar) bar->Finish();
}

std::string Render(const traffic::Report& report, const std::string& format,
                   const std::vector<traffic::LogSource>& sources) {
  if (format == "json") return boost::json::serialize(traffic::ReportJson(report)) + "\n";
  if (format == "html") {
    traffic::HtmlPage page;
    for (const auto& source : sources) page.sources.push_back(source.Name());
    page.title = sources.size() == 1 ? "Traffic of " + sources[0].Name() : "Traffic";
    page.generated_at = Iso8601(std::chrono::duration_cast<std::chrono::seconds>(
                                    std::chrono::system_clock::now().time_since_epoch())
                                    .count());
    return traffic::RenderHtml(report, page);
  }
  return traffic::RenderTable(report);
}

// One line on standard error, so a report written to a file or a pipe still says what
// was left out.
void SayWhatWasSkipped(const traffic::Report& report, double seconds, std::size_t files) {
  const traffic::LineCounts& lines = report.lines;
  std::fprintf(stderr, "waymark: %s line%s from %zu file%s in %.2f s",
               traffic::Thousands(lines.Read()).c_str(), lines.Read() == 1 ? "" : "s", files,
               files == 1 ? "" : "s", seconds);
  if (lines.Skipped() > 0) {
    std::fprintf(stderr, "; skipped %s:", traffic::Thousands(lines.Skipped()).c_str());
    const char* separator = " ";
    for (int i = 0; i < traffic::kLineProblemCount; ++i) {
      if (lines.skipped[i] == 0) continue;
      std::fprintf(stderr, "%s%s %s", separator, traffic::Thousands(lines.skipped[i]).c_str(),
                   std::string(traffic::LineProblemName(traffic::LineProblem(i))).c_str());
      separator = ", ";
    }
  }
  std::fprintf(stderr, "\n");
  for (const std::string& note : report.notes) std::fprintf(stderr, "waymark: %s\n", note.c_str());
}

}  // namespace

int LogsStats(const Config& config, const LogsStatsOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  const traffic::DayRange range{DateOrExit(options.since, "--since"),
                                DateOrExit(options.until, "--until")};
  const std::vector<std::filesystem::path> paths = InputPaths(config, options.files);
  if (paths.empty()) {
    std::fprintf(stderr, "waymark: no access log in %s (give the files to read)\n",
                 (config.data_dir / "logs").c_str());
    return 1;
  }
  const bool demographics = config.traffic_reverse_dns || !config.traffic_geoip_database.empty();
  // Addresses are kept only when demographics need them; a million distinct ones is about
  // 100 MB, the most a command should take, and the busiest are the ones looked up.
  traffic::Tally tally({.addresses = demographics ? std::size_t{1'000'000} : 0}, range);
  std::vector<traffic::LogSource> sources = OpenAll(paths, tally);
  if (sources.empty()) return 1;
  ReadAll(sources, tally);
  traffic::Report report = traffic::Summarize(tally, {.top = options.top, .range = range});
  if (demographics) {
    Result<traffic::Demographics> located = traffic::Locate(
        traffic::AddressCounts(tally, range), {.reverse_dns = config.traffic_reverse_dns,
                                               .geoip_database = config.traffic_geoip_database,
                                               .dns_budget = config.traffic_dns_budget,
                                               .top = options.top});
    if (!located.ok()) {
      std::fprintf(stderr, "waymark: %s\n", located.status().message().c_str());
      return 2;
    }
    report.demographics = std::move(located).value();
  }
  const std::string text = Render(report, options.format, sources);

  if (options.output.empty()) {
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fflush(stdout);  // the report, then what was skipped, even on one terminal
  } else {
    std::ofstream file(options.output, std::ios::binary | std::ios::trunc);
    file.write(text.data(), static_cast<std::streamsize>(text.size()));
    if (!file.flush()) {
      std::fprintf(stderr, "waymark: cannot write %s\n", options.output.c_str());
      return 1;
    }
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  SayWhatWasSkipped(report, seconds, sources.size());
  return 0;
}

}  // namespace waymark::app
