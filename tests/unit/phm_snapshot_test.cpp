// The columnar snapshot: a round trip gives back every column; damaged files are refused naming the file.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "core/errors.h"
#include "phm/snapshot.h"

namespace ics::phm {
namespace {

std::shared_ptr<PopulationColumns> small_population() {
  auto c = std::make_shared<PopulationColumns>();
  c->geography.practice_codes = {"A81001", "A81002", "B82003"};
  c->geography.practice_pcn = {0, 0, 1};
  c->geography.pcn_codes = {"U1", "U2"};
  c->geography.pcn_place = {0, 0};
  c->geography.place_codes = {"North"};
  c->geography.lsoa_codes = {"E01000001", "E01000002"};
  c->extract_start = Date::from_ymd(2024, 4, 1);
  c->extract_end = Date::from_ymd(2026, 3, 31);
  const char* ids[] = {"P000000001", "P000000002", "KABCDEF012345678"};
  for (const char* id : ids) {
    std::string padded(id);
    padded.resize(kPersonIdWidth, '\0');
    c->person_id.insert(c->person_id.end(), padded.begin(), padded.end());
  }
  c->birth_month = {1950 * 12, 2001 * 12 + 5, 1990 * 12 + 11};
  c->sex = {0, 1, 0};
  c->ethnic_group = {3, 0, 5};
  c->lsoa = {1, 0, 1};
  c->imd_decile = {3, 1, 3};
  c->practice = {2, 0, 1};
  c->death_day = {kNoDay, Date::from_ymd(2025, 6, 30).days, kNoDay};
  c->condition_start = {0, 2, 2, 3};
  c->condition = {0, 7, 25};
  c->diagnosed_day = {100, 200, 19000};
  c->event_start = {0, 1, 1, 4};
  c->event_day = {19900, 19850, 19860, 20000};
  c->event_setting = {2, 0, 1, 3};
  c->length_of_stay = {5, 0, 0, 1};
  c->cost_pence = {245000, 4500, 18350, 99999999};
  return c;
}

class PhmSnapshot : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("ics_phm_snapshot_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::string file(const char* name) const { return (dir_ / name).string(); }

  std::string written() {
    const std::string path = file("pop.phm");
    write_snapshot(view_of(small_population()), path);
    return path;
  }
  static std::string bytes_of(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  }
  static void overwrite(const std::string& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
  }
  // The message open_snapshot refuses the file with.
  static std::string refusal(const std::string& path) {
    try {
      open_snapshot(path);
    } catch (const InputError& e) {
      return e.what();
    }
    return "(opened)";
  }

  std::filesystem::path dir_;
};

template <class T>
std::vector<T> as_vector(std::span<const T> s) {
  return {s.begin(), s.end()};
}

TEST_F(PhmSnapshot, RoundTripGivesBackEveryColumn) {
  const auto c = small_population();
  const std::string path = file("nested/folder/pop.phm");
  write_snapshot(view_of(c), path);
  const Population p = open_snapshot(path);
  EXPECT_EQ(p.geography.practice_codes, c->geography.practice_codes);
  EXPECT_EQ(p.geography.practice_pcn, c->geography.practice_pcn);
  EXPECT_EQ(p.geography.pcn_codes, c->geography.pcn_codes);
  EXPECT_EQ(p.geography.pcn_place, c->geography.pcn_place);
  EXPECT_EQ(p.geography.place_codes, c->geography.place_codes);
  EXPECT_EQ(p.geography.lsoa_codes, c->geography.lsoa_codes);
  EXPECT_EQ(p.extract_start, c->extract_start);
  EXPECT_EQ(p.extract_end, c->extract_end);
  EXPECT_EQ(as_vector(p.person_id), c->person_id);
  EXPECT_EQ(p.id_of(2), "KABCDEF012345678");
  EXPECT_EQ(as_vector(p.birth_month), c->birth_month);
  EXPECT_EQ(as_vector(p.sex), c->sex);
  EXPECT_EQ(as_vector(p.ethnic_group), c->ethnic_group);
  EXPECT_EQ(as_vector(p.lsoa), c->lsoa);
  EXPECT_EQ(as_vector(p.imd_decile), c->imd_decile);
  EXPECT_EQ(as_vector(p.practice), c->practice);
  EXPECT_EQ(as_vector(p.death_day), c->death_day);
  EXPECT_EQ(as_vector(p.condition_start), c->condition_start);
  EXPECT_EQ(as_vector(p.condition), c->condition);
  EXPECT_EQ(as_vector(p.diagnosed_day), c->diagnosed_day);
  EXPECT_EQ(as_vector(p.event_start), c->event_start);
  EXPECT_EQ(as_vector(p.event_day), c->event_day);
  EXPECT_EQ(as_vector(p.event_setting), c->event_setting);
  EXPECT_EQ(as_vector(p.length_of_stay), c->length_of_stay);
  EXPECT_EQ(as_vector(p.cost_pence), c->cost_pence);
  EXPECT_EQ(p.place_of(0), 0);
  EXPECT_EQ(p.pcn_of(0), 1);
  // Every column is 64-byte aligned in the mapping.
  EXPECT_EQ(reinterpret_cast<uintptr_t>(p.event_day.data()) % 64, 0u);
  EXPECT_EQ(reinterpret_cast<uintptr_t>(p.cost_pence.data()) % 64, 0u);
  // No temporary file is left beside it.
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(file("nested/folder")), {}), 1);
}

TEST_F(PhmSnapshot, AnEmptyPopulationRoundTrips) {
  auto c = std::make_shared<PopulationColumns>();
  c->extract_start = c->extract_end = Date::from_ymd(2025, 1, 1);
  write_snapshot(view_of(c), file("empty.phm"));
  const Population p = open_snapshot(file("empty.phm"));
  EXPECT_EQ(p.person_count(), 0u);
  EXPECT_EQ(p.event_start.size(), 1u);
}

TEST_F(PhmSnapshot, TheMappingOutlivesCopiesOfThePopulation) {
  Population copy;
  {
    const Population p = open_snapshot(written());
    copy = p;
  }
  EXPECT_EQ(copy.cost_pence[3], 99999999u);
}

TEST_F(PhmSnapshot, RefusesAMissingTruncatedOrCorruptFileNamingIt) {
  EXPECT_EQ(refusal(file("absent.phm")), file("absent.phm") + ": cannot open snapshot: No such file or directory");

  const std::string path = written();
  const std::string good = bytes_of(path);
  overwrite(path, good.substr(0, good.size() - 64));
  EXPECT_EQ(refusal(path), path + ": snapshot is " + std::to_string(good.size() - 64) +
                               " bytes but its header says " + std::to_string(good.size()) + " (truncated or corrupt)");
  overwrite(path, good.substr(0, 50));
  EXPECT_EQ(refusal(path), path + ": not a population snapshot: 50 bytes, shorter than its header");

  std::string bad = good;
  bad[0] = 'X';
  overwrite(path, bad);
  EXPECT_EQ(refusal(path), path + ": not a population snapshot (wrong magic number)");

  bad = good;
  bad[8] = 2;  // version
  overwrite(path, bad);
  EXPECT_EQ(refusal(path), path + ": snapshot format version 2 is not supported (this ics reads version 1): import "
                                  "the extract again");

  bad = good;
  bad[24] ^= 1;  // the person count, covered by the checksum
  overwrite(path, bad);
  EXPECT_EQ(refusal(path), path + ": snapshot header checksum does not match (corrupt)");

  bad = good;
  bad[128 + 30] ^= 1;  // inside the first table-of-contents entry
  overwrite(path, bad);
  EXPECT_EQ(refusal(path), path + ": snapshot header checksum does not match (corrupt)");

  overwrite(path, "not a snapshot at all, just text that is long enough to fill a header of 128 bytes ......"
                  "....................................................");
  EXPECT_EQ(refusal(path), path + ": not a population snapshot (wrong magic number)");
}

TEST_F(PhmSnapshot, RefusesInconsistentStartsAndIndicesInTheData) {
  auto c = small_population();
  c->event_start = {0, 2, 1, 4};  // not in order
  write_snapshot(view_of(c), file("a.phm"));
  EXPECT_EQ(refusal(file("a.phm")), file("a.phm") + ": event_start is not in order (corrupt snapshot)");

  c = small_population();
  c->condition_start = {0, 2, 2, 2};  // ends short of the 3 conditions
  write_snapshot(view_of(c), file("b.phm"));
  EXPECT_EQ(refusal(file("b.phm")), file("b.phm") + ": condition_start does not span the rows (corrupt snapshot)");

  c = small_population();
  c->practice = {2, 0, 3};  // only 3 practices
  write_snapshot(view_of(c), file("c.phm"));
  EXPECT_EQ(refusal(file("c.phm")), file("c.phm") + ": practice refers past its table (corrupt snapshot)");
}

TEST_F(PhmSnapshot, ReplacingASnapshotKeepsReadersOfTheOldOneWorking) {
  const std::string path = written();
  const Population old = open_snapshot(path);
  auto c = small_population();
  c->cost_pence[3] = 1;
  write_snapshot(view_of(c), path);
  EXPECT_EQ(old.cost_pence[3], 99999999u);  // the old mapping still reads the old file
  EXPECT_EQ(open_snapshot(path).cost_pence[3], 1u);
}

TEST(PhmSnapshotPath, ReplacesAFinalDbExtensionElseAppends) {
  EXPECT_EQ(snapshot_path_beside("var/ics.db"), "var/ics.phm");
  EXPECT_EQ(snapshot_path_beside("ics.db"), "ics.phm");
  EXPECT_EQ(snapshot_path_beside("var/ics.sqlite"), "var/ics.sqlite.phm");
  EXPECT_EQ(snapshot_path_beside("var/ics.db.bak"), "var/ics.db.bak.phm");
  EXPECT_EQ(snapshot_path_beside("var/.db"), "var/.db.phm");
}

}  // namespace
}  // namespace ics::phm
