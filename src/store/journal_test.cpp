#include "store/journal.hpp"

#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/stat.h>

#include <algorithm>
#include <csignal>
#include <fstream>
#include <future>
#include <set>

#include "store/test_util.hpp"

namespace waymark::store {
namespace {

namespace fs = std::filesystem;

class JournalTest : public ::testing::Test {
 protected:
  std::unique_ptr<Journal> Open(std::uint64_t processed = 0,
                                std::uint64_t segment_bytes = 1 << 20) {
    auto journal = Journal::Open({dir_, segment_bytes}, processed);
    EXPECT_TRUE(journal.ok()) << journal.status().message();
    return journal.ok() ? std::move(*journal) : nullptr;
  }

  std::uint64_t Append(Journal& journal, std::string payload, std::uint32_t items = 1) {
    auto sequence = io_.Start(journal.Append(std::move(payload), items)).get();
    EXPECT_TRUE(sequence.ok()) << sequence.status().message();
    return sequence.ok() ? *sequence : 0;
  }

  std::vector<std::string> Payloads(Journal& journal, std::uint64_t after) {
    std::vector<std::string> payloads;
    for (;;) {
      auto records = journal.Read(after, 100);
      EXPECT_TRUE(records.ok()) << records.status().message();
      if (!records.ok() || records->empty()) return payloads;
      for (auto& record : *records) {
        EXPECT_EQ(record.sequence, after + 1);
        after = record.sequence;
        payloads.push_back(std::move(record.payload));
      }
    }
  }

  std::vector<fs::path> Segments() {
    std::vector<fs::path> found;
    for (const auto& entry : fs::directory_iterator(dir_)) found.push_back(entry.path());
    std::sort(found.begin(), found.end());
    return found;
  }

  fs::path SegmentOf(std::uint64_t first) const {
    char name[32];
    std::snprintf(name, sizeof name, "%020llu.log", static_cast<unsigned long long>(first));
    return dir_ / name;
  }

  static ino_t Inode(const fs::path& path) {
    struct stat file {};
    EXPECT_EQ(::stat(path.c_str(), &file), 0) << path;
    return file.st_ino;
  }

  testkit::TempDir temp_;
  const fs::path dir_ = temp_.path() / "journal";
  testkit::IoThread io_;
};

TEST_F(JournalTest, RecordsAreNumberedFromOneAndReadBackInOrderOnceDurable) {
  auto journal = Open();
  EXPECT_EQ(journal->durable(), 0u);
  EXPECT_TRUE(journal->Read(0, 100)->empty());
  EXPECT_EQ(Append(*journal, "first"), 1u);
  EXPECT_EQ(Append(*journal, std::string(300, 'x')), 2u);
  EXPECT_EQ(Append(*journal, ""), 3u);
  EXPECT_EQ(journal->durable(), 3u);
  EXPECT_EQ(Payloads(*journal, 0), (std::vector<std::string>{"first", std::string(300, 'x'), ""}));
  EXPECT_EQ(Payloads(*journal, 2), std::vector<std::string>{""});
}

TEST_F(JournalTest, ConcurrentAppendsShareSyncsAndEachGetsItsOwnSequence) {
  auto journal = Open();
  std::vector<std::future<Result<std::uint64_t>>> appends;
  for (int i = 0; i < 200; ++i) appends.push_back(io_.Start(journal->Append(std::to_string(i), 2)));
  std::set<std::uint64_t> sequences;
  for (auto& append : appends) {
    auto sequence = append.get();
    ASSERT_TRUE(sequence.ok());
    sequences.insert(*sequence);
  }
  EXPECT_EQ(sequences.size(), 200u);
  EXPECT_EQ(*sequences.begin(), 1u);
  EXPECT_EQ(*sequences.rbegin(), 200u);
  journal.reset();
  EXPECT_EQ(Open()->items_found(), 400u);
}

TEST_F(JournalTest, ReopeningKeepsTheRecordsAndNumbersOnAfterThem) {
  {
    auto journal = Open();
    Append(*journal, "a");
    Append(*journal, "b");
  }
  std::vector<std::string> found;
  auto opened = Journal::Open({dir_, 1 << 20}, 1, [&](std::string_view payload, std::uint32_t) {
    found.emplace_back(payload);
  });
  ASSERT_TRUE(opened.ok()) << opened.status().message();
  auto& journal = *opened;
  EXPECT_EQ(journal->items_found(), 1u);  // only "b" is after the processed one
  EXPECT_EQ(found, std::vector<std::string>{"b"});
  EXPECT_EQ(Append(*journal, "c"), 3u);
  EXPECT_EQ(Payloads(*journal, 1), (std::vector<std::string>{"b", "c"}));
}

TEST_F(JournalTest, ATornTailIsCutOffAndEverythingBeforeItKept) {
  {
    auto journal = Open();
    Append(*journal, "kept one");
    Append(*journal, "kept two");
  }
  const fs::path segment = Segments().back();
  const auto intact = fs::file_size(segment);
  {
    // A crash halfway through the next record: its header and part of its payload.
    std::ofstream out(segment, std::ios::app | std::ios::binary);
    const char torn[] = {12, 0, 0, 0, 1, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 9, 9, 9, 9, 'p', 'a'};
    out.write(torn, sizeof torn);
  }
  auto journal = Open();
  EXPECT_EQ(journal->bytes_cut(), 22u);
  EXPECT_EQ(fs::file_size(segment), intact);
  EXPECT_EQ(Append(*journal, "after"), 3u);
  EXPECT_EQ(Payloads(*journal, 0), (std::vector<std::string>{"kept one", "kept two", "after"}));
}

TEST_F(JournalTest, AFlippedByteInTheLastRecordCutsOnlyThatRecord) {
  {
    auto journal = Open();
    Append(*journal, "kept");
    Append(*journal, "damaged");
  }
  const fs::path segment = Segments().back();
  {
    std::fstream file(segment, std::ios::in | std::ios::out | std::ios::binary);
    file.seekp(static_cast<std::streamoff>(fs::file_size(segment) - 2));
    file.put('#');
  }
  auto journal = Open();
  EXPECT_EQ(Payloads(*journal, 0), std::vector<std::string>{"kept"});
  EXPECT_EQ(Append(*journal, "again"), 2u);
}

TEST_F(JournalTest, DamageBeforeTheLastSegmentRefusesToOpen) {
  {
    auto journal = Open(0, 64);  // a new segment every record or two
    for (int i = 0; i < 6; ++i) Append(*journal, std::string(50, static_cast<char>('a' + i)));
  }
  const std::vector<fs::path> segments = Segments();
  ASSERT_GE(segments.size(), 3u);
  {
    std::fstream file(segments[0], std::ios::in | std::ios::out | std::ios::binary);
    file.seekp(30);
    file.put('#');
  }
  auto journal = Journal::Open({dir_, 64}, 0);
  ASSERT_FALSE(journal.ok());
  EXPECT_NE(journal.status().message().find("damaged"), std::string::npos)
      << journal.status().message();
}

TEST_F(JournalTest, ReadingCrossesSegmentsAndReleaseDeletesOnlyProcessedOnes) {
  auto journal = Open(0, 64);
  for (int i = 1; i <= 9; ++i) Append(*journal, std::string(40, static_cast<char>('0' + i)));
  const std::size_t before = Segments().size();
  ASSERT_GE(before, 4u);
  const std::vector<std::string> all = Payloads(*journal, 0);
  ASSERT_EQ(all.size(), 9u);
  EXPECT_EQ(all[8], std::string(40, '9'));

  journal->Release(5);
  EXPECT_LT(Segments().size(), before);
  EXPECT_EQ(Payloads(*journal, 5).size(), 4u);  // 6 to 9 are all still there
  journal.reset();
  auto reopened = Open(5, 64);
  EXPECT_EQ(reopened->items_found(), 4u);
  EXPECT_EQ(Append(*reopened, "ten"), 10u);
}

// A released segment is kept and written over as the next one; once that one is done, its
// file is cut to its records, so that a reopening finds no leftover of the old ones.
TEST_F(JournalTest, AReleasedSegmentIsWrittenOverAsTheNextOneAndCutToItsRecords) {
  auto journal = Open(0, 64);
  Append(*journal, std::string(100, '1'));  // 120 bytes: a segment each
  Append(*journal, std::string(100, '2'));
  journal->Release(1);
  const fs::path spare = dir_ / "spare.log";
  ASSERT_TRUE(fs::exists(spare));
  EXPECT_FALSE(fs::exists(SegmentOf(1)));
  const ino_t reused = Inode(spare);

  EXPECT_EQ(Append(*journal, std::string(30, '3')), 3u);  // 50 bytes over the spare's 120
  EXPECT_FALSE(fs::exists(spare));
  EXPECT_EQ(Inode(SegmentOf(3)), reused);
  EXPECT_EQ(Append(*journal, std::string(30, '4')), 4u);  // 100 bytes: the segment is full
  EXPECT_EQ(Append(*journal, std::string(30, '5')), 5u);  // in a new segment
  EXPECT_EQ(fs::file_size(SegmentOf(3)), 100u);
  EXPECT_EQ(Payloads(*journal, 1),
            (std::vector<std::string>{std::string(100, '2'), std::string(30, '3'),
                                      std::string(30, '4'), std::string(30, '5')}));
  journal.reset();
  journal = Open(1, 64);
  EXPECT_EQ(journal->bytes_cut(), 0u);
  EXPECT_EQ(journal->items_found(), 4u);
  EXPECT_EQ(Append(*journal, "six"), 6u);
}

// A crash while the last segment is a reused one: what follows its records is the spare's
// old content, whole records among it, and none of it is taken for a record.
TEST_F(JournalTest, AfterACrashAReusedSegmentYieldsOnlyItsNewRecords) {
  auto journal = Open(0, 64);
  for (int i = 1; i <= 4; ++i) Append(*journal, std::string(20, static_cast<char>('0' + i)));
  journal->Release(2);  // records 1 and 2, 40 bytes each, were the first segment
  ASSERT_TRUE(fs::exists(dir_ / "spare.log"));
  EXPECT_EQ(Append(*journal, std::string(20, '5')), 5u);  // over record 1; record 2 follows
  ASSERT_EQ(fs::file_size(SegmentOf(5)), 80u);

  const fs::path crashed = temp_.path() / "crashed";
  fs::copy(dir_, crashed);  // the files as a crash would leave them
  auto reopened = Journal::Open({crashed, 64}, 2);
  ASSERT_TRUE(reopened.ok()) << reopened.status().message();
  EXPECT_EQ((*reopened)->bytes_cut(), 40u);
  EXPECT_EQ(fs::file_size(crashed / SegmentOf(5).filename()), 40u);
  std::vector<std::string> found;
  for (std::uint64_t after = 2;;) {
    auto records = (*reopened)->Read(after, 100);
    ASSERT_TRUE(records.ok()) << records.status().message();
    if (records->empty()) break;
    for (const auto& record : *records) found.push_back(record.payload);
    after = records->back().sequence;
  }
  EXPECT_EQ(found, (std::vector<std::string>{std::string(20, '3'), std::string(20, '4'),
                                             std::string(20, '5')}));
  EXPECT_EQ(Append(**reopened, "six"), 6u);
}

// The reader stopped at the very end of a segment, which is then released: the next read
// goes on in the following segment.
TEST_F(JournalTest, ReadingGoesOnAfterTheSegmentItEndedInIsReleased) {
  auto journal = Open(0, 64);
  for (int i = 1; i <= 6; ++i) Append(*journal, std::string(40, static_cast<char>('0' + i)));
  std::uint64_t after = 0;
  for (; after < 2; ++after) {
    auto one = journal->Read(after, 1);
    ASSERT_TRUE(one.ok() && one->size() == 1u);
  }
  journal->Release(2);
  auto next = journal->Read(2, 1);
  ASSERT_TRUE(next.ok()) << next.status().message();
  ASSERT_EQ(next->size(), 1u);
  EXPECT_EQ(next->front().sequence, 3u);
  EXPECT_EQ(next->front().payload, std::string(40, '3'));
}

TEST_F(JournalTest, NumbersContinueAfterTheProcessedOneWhenEverySegmentIsGone) {
  {
    auto journal = Open();
    Append(*journal, "a");
  }
  fs::remove_all(dir_);
  auto journal = Open(41);
  EXPECT_EQ(Append(*journal, "b"), 42u);
  EXPECT_EQ(Payloads(*journal, 41), std::vector<std::string>{"b"});
}

// The database is ahead of the journal (restored from a later backup than the journal):
// what the journal holds is all processed, and its numbering goes on after the processed
// sequence, across restarts.
TEST_F(JournalTest, AJournalBehindWhatWasProcessedStartsAfterIt) {
  {
    auto journal = Open();
    Append(*journal, "a");
    Append(*journal, "b");
  }
  {
    auto journal = Open(10);
    EXPECT_EQ(journal->items_found(), 0u);
    EXPECT_EQ(journal->durable(), 10u);
    EXPECT_EQ(Append(*journal, "c"), 11u);
  }
  auto journal = Open(10);
  EXPECT_EQ(journal->items_found(), 1u);
  EXPECT_EQ(Payloads(*journal, 10), std::vector<std::string>{"c"});
  EXPECT_EQ(Append(*journal, "d"), 12u);
}

// A record damaged on disk after it was acknowledged (here its length): reading it fails,
// naming the place, rather than returning what is there.
TEST_F(JournalTest, AReadOfADamagedRecordFailsAndNamesThePlace) {
  auto journal = Open();
  Append(*journal, "first");
  Append(*journal, "second");
  {
    std::fstream file(Segments().back(), std::ios::in | std::ios::out | std::ios::binary);
    const char wild[] = {'\xff', '\xff', '\xff', '\xff'};  // the first record's length
    file.write(wild, sizeof wild);
  }
  auto records = journal->Read(0, 100);
  ASSERT_FALSE(records.ok());
  EXPECT_NE(records.status().message().find("is damaged at byte 0"), std::string::npos)
      << records.status().message();
}

// A write that fails halfway (a full disk, say) fails its appenders and those queued behind
// them; the segment is cut back to its last durable record, and once the disk takes writes
// again, appends go on, numbered after that record, as a restart finds them.
TEST_F(JournalTest, AFailedWriteIsCutBackAndAppendsGoOnOnceTheDiskTakesThemAgain) {
  auto journal = Open();
  Append(*journal, "first");
  Append(*journal, "second");
  const fs::path segment = Segments().back();
  const auto intact = fs::file_size(segment);
  {
    testkit::FileSizeLimit limit(intact + 30);  // room for a record's header and a little more
    std::vector<std::future<Result<std::uint64_t>>> appends;
    for (int i = 0; i < 20; ++i)
      appends.push_back(io_.Start(journal->Append(std::string(100, 'x'), 1)));
    for (auto& append : appends) {
      auto sequence = append.get();
      ASSERT_FALSE(sequence.ok());
      EXPECT_EQ(sequence.status().code(), Status::Code::kIo) << sequence.status().message();
    }
    EXPECT_EQ(fs::file_size(segment), intact);
    EXPECT_EQ(journal->durable(), 2u);
  }
  EXPECT_EQ(Append(*journal, "third"), 3u);
  EXPECT_EQ(Payloads(*journal, 0), (std::vector<std::string>{"first", "second", "third"}));
  journal.reset();
  journal = Open();
  EXPECT_EQ(journal->bytes_cut(), 0u);
  EXPECT_EQ(Payloads(*journal, 0), (std::vector<std::string>{"first", "second", "third"}));
  EXPECT_EQ(Append(*journal, "fourth"), 4u);
}

}  // namespace
}  // namespace waymark::store
