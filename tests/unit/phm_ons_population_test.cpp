// Reading the ONS mid-year estimates as the generator's age-sex distribution.
#include "ingest/ons_population.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "core/errors.h"

namespace ics::ingest {
namespace {

const std::string kHeader = "\"sex\",\"Code\",\"Name\",\"Geography\",\"age\",\"count\"\n";

// A whole area's rows (ages 0..89 and 90+ for both sexes), each count = 10 + age.
std::string area_rows(const std::string& code) {
  std::string text;
  for (const char* sex : {"females", "males"})
    for (int age = 0; age <= 90; ++age)
      text += std::string("\"") + sex + "\",\"" + code + "\",\"AREA\",\"Country\",\"" +
              (age == 90 ? std::string("90+") : std::to_string(age)) + "\"," + std::to_string(10 + age) + "\n";
  return text;
}

class PhmOnsPopulation : public ::testing::Test {
 protected:
  std::string write(const std::string& text) {
    path_ = (std::filesystem::temp_directory_path() /
             (std::string("ics_ons_") + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "_" +
              ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".csv"))
                .string();
    std::ofstream(path_, std::ios::binary) << text;
    return path_;
  }
  void TearDown() override {
    if (!path_.empty()) std::filesystem::remove(path_);
  }
  std::string error_of(const std::string& path, const std::string& code = "E92000001") {
    try {
      read_ons_population(path, code);
    } catch (const InputError& e) {
      return e.what();
    }
    return "(no error)";
  }
  std::string path_;
};

TEST_F(PhmOnsPopulation, ReadsEnglandFromTheRealFile) {
  const auto d = read_ons_population(std::string(ICS_SHARED_DATA_DIR) + "/ons_uk_population_2023.csv");
  double total = 0;
  for (const auto& by_age : d.persons)
    for (double n : by_age) total += n;
  EXPECT_NEAR(total, 57.7e6, 0.2e6);  // England, mid-2023
  EXPECT_GT(d.persons[0][90], d.persons[1][90]);  // more women than men over 90
  EXPECT_GT(d.persons[0][30], 300000);
}

TEST_F(PhmOnsPopulation, PicksTheNamedAreaOnly) {
  const auto path = write(kHeader + area_rows("W92000004") + area_rows("E92000001"));
  const auto d = read_ons_population(path);
  EXPECT_EQ(d.persons[0][0], 10);
  EXPECT_EQ(d.persons[1][90], 100);
}

TEST_F(PhmOnsPopulation, ReportsABadCountWithItsPlace) {
  std::string rows = area_rows("E92000001");
  rows.replace(rows.find(",10\n"), 4, ",ten\n");  // first data row: line 2, count is column 6
  const auto path = write(kHeader + rows);
  EXPECT_EQ(error_of(path), path + ":2:6: count \"ten\" is not a whole number of persons");
}

TEST_F(PhmOnsPopulation, ReportsABadAgeAndSexWithTheirPlaces) {
  const auto path = write(kHeader + "\"persons\",\"E92000001\",\"ENGLAND\",\"Country\",\"91\",5\n");
  EXPECT_EQ(error_of(path), path + ":2:1: sex \"persons\" is not females or males\n" + path +
                                ":2:5: age \"91\" is not 0 to 89 or 90+");
}

TEST_F(PhmOnsPopulation, NamesTheAreaWhenAnAgeIsMissing) {
  std::string rows = area_rows("E92000001");
  const auto at = rows.find("\"males\",\"E92000001\",\"AREA\",\"Country\",\"45\"");
  rows.erase(at, rows.find('\n', at) + 1 - at);
  const auto path = write(kHeader + rows);
  EXPECT_EQ(error_of(path), path + ": area E92000001 has no row for males aged 45");
}

TEST_F(PhmOnsPopulation, NamesTheAreaWhenItHasNoRows) {
  const auto path = write(kHeader + area_rows("W92000004"));
  EXPECT_EQ(error_of(path), path + ": no rows for area E92000001");
}

TEST_F(PhmOnsPopulation, ReportsARepeatedAge) {
  const std::string rows = area_rows("E92000001");
  const std::string first = rows.substr(0, rows.find('\n') + 1);
  const auto path = write(kHeader + rows + first);
  EXPECT_EQ(error_of(path), path + ":184:5: age 0 for females repeats line 2");
}

}  // namespace
}  // namespace ics::ingest
