#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "analytics/journal_batch.hpp"
#include "analytics/prepared_batch.hpp"
#include "store/journal.hpp"

// A turn of the journal applier made ready before its write: the records' events, decoded
// and gathered by project (in the order each project is first seen, so that each project's
// rollup rows are written once a turn), with the rows and sightings they make. Made on the
// applier's thread so that the store's writer, which every write waits for, only runs the
// statements.
namespace waymark::analytics {

struct TurnWork {
  std::uint64_t last = 0;  // the last record's sequence; 0 when there was none
  std::size_t items = 0;   // events in the records, readable or not
  std::vector<JournalBatch> batches;
  std::vector<PreparedBatch> prepared;  // one per batch
};

// A record that DecodeBatch cannot read (only a bug writes one: the journal checked its
// CRC) is logged and left out; its items still count.
TurnWork MakeTurn(std::span<const store::JournalRecord> records);

}  // namespace waymark::analytics
