#pragma once

#include <array>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "traffic/tally.hpp"

namespace waymark::traffic {

// One row of a ranked table: a URL, a host, a browser ... and what it counted.
struct Ranked {
  std::string name;
  std::uint64_t hits = 0;
  std::uint64_t bytes = 0;
  std::uint64_t visitors = 0;
};

// A ranked table cut to its top rows; `more` counts what did not make the cut (and what
// went past a Counter's limit), so the rows and `more` add up to the whole.
struct RankedTable {
  std::vector<Ranked> rows;
  std::uint64_t distinct = 0;  // names in the table, those past the limit not included
  Count more;
};

struct DayRow {
  std::chrono::sys_days day;
  std::uint64_t requests = 0;
  std::uint64_t visitors = 0;
  std::uint64_t bytes = 0;
};

// The status codes of one class behind which the URLs were found, for diagnosis.
struct FailureRow {
  unsigned status = 0;
  RankedTable urls;
};

// What reverse DNS and the country database found, when asked for (see demographics.hpp).
struct Demographics {
  RankedTable domains;             // the visitors' registrable domains, by hits
  RankedTable countries;           // ISO country names, by hits
  std::vector<std::string> notes;  // what limited them: anonymized addresses, a time limit
};

// Everything `waymark logs stats`, the API and the HTML page show: built once from a
// Tally, then written in any format.
struct Report {
  std::optional<std::chrono::sys_days> first_day;  // none when nothing was counted
  std::optional<std::chrono::sys_days> last_day;
  std::uint64_t requests = 0;
  std::uint64_t visitors = 0;
  std::uint64_t bytes = 0;
  std::vector<DayRow> days;
  std::array<std::uint64_t, 24> hours{};
  std::vector<std::pair<unsigned, std::uint64_t>> status;  // by code
  std::vector<FailureRow> failures;                        // every 4xx and 5xx code seen
  std::uint64_t not_found_requests = 0;
  RankedTable pages;
  RankedTable files;
  RankedTable not_found;
  RankedTable referrers;
  RankedTable browsers;
  RankedTable systems;
  RankedTable devices;
  RankedTable crawlers;
  LineCounts lines;
  std::vector<std::string> notes;
  std::optional<Demographics> demographics;
};

struct ReportOptions {
  std::size_t top = 20;  // rows in each ranked table
  DayRange range;        // the days to include, of those in the tally
};

Report Summarize(const Tally& tally, const ReportOptions& options);

// The requests of each client address in `range`, for demographics (empty unless the
// tally kept addresses, see TallyLimits).
std::vector<Ranked> AddressCounts(const Tally& tally, const DayRange& range);

// Cuts `counts` (name -> count) to its `top` rows by hits, then by name.
RankedTable Rank(std::vector<Ranked> counts, std::size_t top, Count beyond_limit = {});

}  // namespace waymark::traffic
