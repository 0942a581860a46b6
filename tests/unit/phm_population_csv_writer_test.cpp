// Writing a population as the three CSV files of the extract format.
#include "phm/population_csv_writer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>

#include "core/errors.h"

namespace ics::phm {
namespace {

std::string read(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Two persons by hand: one with a condition, two events and a death; one with nothing.
Population two_persons() {
  auto c = std::make_shared<PopulationColumns>();
  c->geography.practice_codes = {"GP0001"};
  c->geography.practice_pcn = {0};
  c->geography.pcn_codes = {"PCN001"};
  c->geography.pcn_place = {0};
  c->geography.place_codes = {"CITY"};
  c->geography.lsoa_codes = {"E01000001", "E01000002"};
  c->extract_start = Date::from_ymd(2024, 4, 1);
  c->extract_end = Date::from_ymd(2026, 3, 31);
  for (const char* id : {"P000000001", "P000000002"}) {
    std::string padded(id);
    padded.resize(kPersonIdWidth, '\0');
    c->person_id.insert(c->person_id.end(), padded.begin(), padded.end());
  }
  c->birth_month = {Month{1940, 2}.index(), Month{2025, 11}.index()};
  c->sex = {1, 0};
  c->ethnic_group = {3, 5};
  c->lsoa = {1, 0};
  c->imd_decile = {2, 10};
  c->practice = {0, 0};
  c->death_day = {Date::from_ymd(2025, 6, 30).days, kNoDay};
  c->condition_start = {0, 1, 1};
  c->condition = {static_cast<uint8_t>(Condition::HeartFailure)};
  c->diagnosed_day = {Date::from_ymd(2019, 12, 5).days};
  c->event_start = {0, 2, 2};
  c->event_day = {Date::from_ymd(2024, 4, 1).days, Date::from_ymd(2025, 6, 2).days};
  c->event_setting = {static_cast<uint8_t>(Setting::GpAppointment), static_cast<uint8_t>(Setting::EmergencyAdmission)};
  c->length_of_stay = {0, 12};
  c->cost_pence = {4205, 385007};
  return view_of(c);
}

class PhmPopulationCsvWriter : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           (std::string("ics_writer_") + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    std::filesystem::remove_all(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::filesystem::path dir_;
};

TEST_F(PhmPopulationCsvWriter, WritesTheThreeFilesOfTheContract) {
  write_population_csv(two_persons(), (dir_ / "out").string());
  EXPECT_EQ(read(dir_ / "out/persons.csv"),
            "person_id,birth_month,sex,ethnic_group,lsoa,imd_decile,practice,pcn,place,date_of_death\n"
            "P000000001,1940-02,M,white,E01000002,2,GP0001,PCN001,CITY,2025-06-30\n"
            "P000000002,2025-11,F,not_known,E01000001,10,GP0001,PCN001,CITY,\n");
  EXPECT_EQ(read(dir_ / "out/conditions.csv"), "person_id,condition,diagnosed\nP000000001,heart_failure,2019-12-05\n");
  EXPECT_EQ(read(dir_ / "out/events.csv"),
            "person_id,date,setting,length_of_stay,cost\n"
            "P000000001,2024-04-01,gp_appointment,0,42.05\n"
            "P000000001,2025-06-02,emergency_admission,12,3850.07\n");
  // No temporary file is left behind.
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir_ / "out"), std::filesystem::directory_iterator()), 3);
}

TEST_F(PhmPopulationCsvWriter, AnUnwritableDirectoryIsAnInputError) {
  std::filesystem::create_directories(dir_);
  std::ofstream(dir_ / "file") << "x";
  EXPECT_THROW(write_population_csv(two_persons(), (dir_ / "file" / "out").string()), InputError);
}

}  // namespace
}  // namespace ics::phm
