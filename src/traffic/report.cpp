#include "traffic/report.hpp"

#include <algorithm>
#include <charconv>
#include <string_view>
#include <unordered_map>

#include "traffic/user_agent.hpp"

namespace waymark::traffic {
namespace {

// A row for each name.
std::vector<Ranked> RowsOf(const std::unordered_map<std::string_view, Count>& by_name) {
  std::vector<Ranked> rows;
  rows.reserve(by_name.size());
  for (const auto& [name, count] : by_name) {
    rows.push_back({std::string(name), count.hits, count.bytes, count.visitors});
  }
  return rows;
}

// Counts by name across days; the names borrow from the tally.
struct Merged {
  std::unordered_map<std::string_view, Count> counts;
  Count beyond_limit;

  void Add(const Counter& counter) {
    for (const auto& [name, count] : counter.Counts()) counts[name] += count;
    beyond_limit += counter.Other();
  }
  std::vector<Ranked> Rows() const { return RowsOf(counts); }
};

void ClassifyAgents(const Merged& agents, std::size_t top, Report& report) {
  std::unordered_map<std::string_view, Count> browsers, systems, devices, crawlers;
  for (const auto& [agent, count] : agents.counts) {
    const AgentKind kind = ClassifyAgent(agent);
    browsers[kind.browser] += count;
    systems[kind.os] += count;
    devices[kind.device] += count;
    if (!kind.crawler.empty()) crawlers[kind.crawler] += count;
  }
  report.browsers = Rank(RowsOf(browsers), top, agents.beyond_limit);
  report.systems = Rank(RowsOf(systems), top, agents.beyond_limit);
  report.devices = Rank(RowsOf(devices), top, agents.beyond_limit);
  report.crawlers = Rank(RowsOf(crawlers), top);
}

// "404 /path" names, split into one table per status.
void SplitFailures(const Merged& failures, std::size_t top, Report& report) {
  std::map<unsigned, std::vector<Ranked>> by_status;
  for (const auto& [name, count] : failures.counts) {
    unsigned status = 0;
    std::from_chars(name.data(), name.data() + 3, status);
    by_status[status].push_back({std::string(name.substr(4)), count.hits, count.bytes, 0});
  }
  for (auto& [status, rows] : by_status) {
    report.failures.push_back({status, Rank(std::move(rows), top)});
  }
  for (const FailureRow& row : report.failures) {
    if (row.status == 404) report.not_found = row.urls;
  }
}

}  // namespace

RankedTable Rank(std::vector<Ranked> rows, std::size_t top, Count beyond_limit) {
  const auto before = [](const Ranked& a, const Ranked& b) {
    return a.hits != b.hits ? a.hits > b.hits : a.name < b.name;
  };
  RankedTable table;
  table.distinct = rows.size();
  table.more = beyond_limit;
  const std::size_t kept = std::min(top, rows.size());
  std::partial_sort(rows.begin(), rows.begin() + static_cast<std::ptrdiff_t>(kept), rows.end(),
                    before);
  for (std::size_t i = kept; i < rows.size(); ++i) {
    table.more += Count{rows[i].hits, rows[i].bytes, rows[i].visitors};
  }
  rows.resize(kept);
  table.rows = std::move(rows);
  return table;
}

std::vector<Ranked> AddressCounts(const Tally& tally, const DayRange& range) {
  Merged addresses;
  for (const auto& [day, counts] : tally.Days()) {
    if (range.Holds(day)) addresses.Add(counts.addresses);
  }
  return addresses.Rows();
}

Report Summarize(const Tally& tally, const ReportOptions& options) {
  Report report;
  Merged pages, files, failures, referrers, agents;
  std::map<unsigned, std::uint64_t> status;
  for (const auto& [day, counts] : tally.Days()) {
    if (!options.range.Holds(day)) continue;
    if (!report.first_day) report.first_day = day;
    report.last_day = day;
    report.requests += counts.requests;
    report.visitors += counts.visitors;
    report.bytes += counts.bytes;
    report.days.push_back({day, counts.requests, counts.visitors, counts.bytes});
    for (int h = 0; h < 24; ++h) report.hours[h] += counts.hours[h];
    for (const auto& [code, hits] : counts.status) status[code] += hits;
    pages.Add(counts.pages);
    files.Add(counts.files);
    failures.Add(counts.failures);
    referrers.Add(counts.referrers);
    agents.Add(counts.agents);
  }
  report.status.assign(status.begin(), status.end());
  report.not_found_requests = status.contains(404) ? status[404] : 0;
  report.pages = Rank(pages.Rows(), options.top, pages.beyond_limit);
  report.files = Rank(files.Rows(), options.top, files.beyond_limit);
  report.referrers = Rank(referrers.Rows(), options.top, referrers.beyond_limit);
  SplitFailures(failures, options.top, report);
  ClassifyAgents(agents, options.top, report);
  report.lines = tally.Lines();
  report.notes = tally.Notes();
  return report;
}

}  // namespace waymark::traffic
