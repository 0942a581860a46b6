// The population extract reader: a good extract column by column, each kind of bad cell at its exact
// file:line:column, many problems together, NHS numbers refused or pseudonymised, events grouped and sorted.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "core/errors.h"
#include "ingest/population_csv.h"
#include "ingest/person_ids.h"

namespace ics {
namespace {

using ingest::PopulationImportOptions;
using ingest::read_population_csv;

constexpr const char* kPersonsHeader = "person_id,birth_month,sex,ethnic_group,lsoa,imd_decile,practice,pcn,place,date_of_death\n";
constexpr const char* kConditionsHeader = "person_id,condition,diagnosed\n";
constexpr const char* kEventsHeader = "person_id,date,setting,length_of_stay,cost\n";

const std::string kPersons = std::string(kPersonsHeader) +
                             "P1,1950-03,F,white,E01000002,3,A81002,U2,PL1,\n"
                             "P2,2024-06,M,asian,E01000001,1,A81001,U1,PL1,2024-12-01\n"
                             "P3,1980-11,F,not_known,E01000002,3,A81001,U1,PL1,\n";
const std::string kConditions = std::string(kConditionsHeader) +
                                "P1,hypertension,2010-05-01\n"
                                "P1,diabetes,2005-01-01\n"
                                "P3,pregnancy,2025-02-01\n"
                                "P3,pregnancy,2024-09-01\n";
// Out of person and date order on purpose.
const std::string kEvents = std::string(kEventsHeader) +
                            "P1,2025-03-10,gp_appointment,0,45.00\n"
                            "P2,2024-07-01,ae_attendance,0,183.5\n"
                            "P1,2024-05-02,emergency_admission,4,2450.00\n"
                            "P3,2025-01-01,outpatient_attendance,0,120\n"
                            "P1,2024-05-02,gp_appointment,0,0\n";

class PhmPopulationCsv : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("ics_phm_csv_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::string write(const std::string& persons, const std::string& conditions, const std::string& events) {
    std::ofstream(dir_ / "persons.csv", std::ios::binary) << persons;
    std::ofstream(dir_ / "conditions.csv", std::ios::binary) << conditions;
    std::ofstream(dir_ / "events.csv", std::ios::binary) << events;
    return dir_.string();
  }
  std::string path(const char* file) const { return (dir_ / file).string(); }

  // Every problem reading the files gives, as printed.
  std::vector<std::string> problems(const std::string& persons, const std::string& conditions,
                                    const std::string& events, const PopulationImportOptions& options = {}) {
    try {
      read_population_csv(write(persons, conditions, events), options);
    } catch (const InputError& e) {
      std::vector<std::string> out;
      for (const auto& p : e.problems()) out.push_back(p.to_string());
      return out;
    }
    return {"(no problems)"};
  }

  std::filesystem::path dir_;
};

TEST_F(PhmPopulationCsv, ReadsAGoodExtractColumnByColumn) {
  const auto c = read_population_csv(write(kPersons, kConditions, kEvents));
  ASSERT_EQ(c.birth_month.size(), 3u);
  EXPECT_EQ(std::string(c.person_id.data(), 16), std::string("P1") + std::string(14, '\0'));
  EXPECT_EQ(std::string(c.person_id.data() + 32, 2), "P3");
  EXPECT_EQ(c.birth_month, (std::vector<int32_t>{1950 * 12 + 2, 2024 * 12 + 5, 1980 * 12 + 10}));
  EXPECT_EQ(c.sex, (std::vector<uint8_t>{0, 1, 0}));
  EXPECT_EQ(c.ethnic_group, (std::vector<uint8_t>{3, 0, 5}));
  // Geography codes come out sorted, whatever order rows gave them in.
  EXPECT_EQ(c.geography.lsoa_codes, (std::vector<std::string>{"E01000001", "E01000002"}));
  EXPECT_EQ(c.lsoa, (std::vector<uint32_t>{1, 0, 1}));
  EXPECT_EQ(c.imd_decile, (std::vector<uint8_t>{3, 1, 3}));
  EXPECT_EQ(c.geography.practice_codes, (std::vector<std::string>{"A81001", "A81002"}));
  EXPECT_EQ(c.practice, (std::vector<uint16_t>{1, 0, 0}));
  EXPECT_EQ(c.geography.pcn_codes, (std::vector<std::string>{"U1", "U2"}));
  EXPECT_EQ(c.geography.practice_pcn, (std::vector<uint16_t>{0, 1}));
  EXPECT_EQ(c.geography.place_codes, (std::vector<std::string>{"PL1"}));
  EXPECT_EQ(c.geography.pcn_place, (std::vector<uint16_t>{0, 0}));
  EXPECT_EQ(c.death_day, (std::vector<phm::Day>{phm::kNoDay, Date::from_ymd(2024, 12, 1).days, phm::kNoDay}));
  // Extract period: whole months from the earliest event (2024-05-02) to the latest (2025-03-10).
  EXPECT_EQ(c.extract_start, Date::from_ymd(2024, 5, 1));
  EXPECT_EQ(c.extract_end, Date::from_ymd(2025, 3, 31));
  // Conditions grouped by person and sorted by date.
  EXPECT_EQ(c.condition_start, (std::vector<uint32_t>{0, 2, 2, 4}));
  EXPECT_EQ(c.condition, (std::vector<uint8_t>{5, 0, 25, 25}));
  EXPECT_EQ(c.diagnosed_day, (std::vector<phm::Day>{Date::from_ymd(2005, 1, 1).days, Date::from_ymd(2010, 5, 1).days,
                                                     Date::from_ymd(2024, 9, 1).days, Date::from_ymd(2025, 2, 1).days}));
  // Events grouped in persons.csv order and sorted by date, equal dates kept in file order.
  EXPECT_EQ(c.event_start, (std::vector<uint32_t>{0, 3, 4, 5}));
  EXPECT_EQ(c.event_day, (std::vector<phm::Day>{Date::from_ymd(2024, 5, 2).days, Date::from_ymd(2024, 5, 2).days,
                                                 Date::from_ymd(2025, 3, 10).days, Date::from_ymd(2024, 7, 1).days,
                                                 Date::from_ymd(2025, 1, 1).days}));
  EXPECT_EQ(c.event_setting, (std::vector<uint8_t>{2, 0, 0, 1, 4}));
  EXPECT_EQ(c.length_of_stay, (std::vector<uint16_t>{4, 0, 0, 0, 0}));
  EXPECT_EQ(c.cost_pence, (std::vector<uint32_t>{245000, 0, 4500, 18350, 12000}));
}

TEST_F(PhmPopulationCsv, AcceptsQuotedCellsCrlfAByteOrderMarkAndColumnsInAnyOrder) {
  const std::string persons =
      "\xEF\xBB\xBFsex,person_id,birth_month,ethnic_group,lsoa,imd_decile,practice,pcn,place,date_of_death,extra\r\n"
      "\"F\",\"P1\",1950-03,white,E01000002,3,A81002,U2,PL1,,\"a, b\"\r\n";
  const auto c = read_population_csv(write(persons, kConditionsHeader, std::string(kEventsHeader) +
                                                                        "\"P1\",2025-03-10,gp_appointment,0,\"45.5\"\r\n"));
  ASSERT_EQ(c.birth_month.size(), 1u);
  EXPECT_EQ(c.cost_pence, (std::vector<uint32_t>{4550}));
  EXPECT_EQ(c.extract_start, Date::from_ymd(2025, 3, 1));
}

TEST_F(PhmPopulationCsv, ReportsEachBadPersonCellAtItsPlace) {
  const std::string p = path("persons.csv");
  const auto got = problems(std::string(kPersonsHeader) +
                                "P1,1950-13,X,purple,E0100000,11,A81002,U2,PL1,2024-02-30\n"    // line 2
                                "P 2,1899-12,M,asian,E01000001,1,A81001,U1,PL1,\n"               // line 3
                                "P3,1980-11,F,white,E01000002,4,A81002,U1,PL2,1970-01-01\n"      // line 4
                                "P4,1980-11,F,white,E01000001,2,A81001,U1,PL2,\n"                // line 5
                                "P4,1980-11,F,white\n",                                          // line 6
                            kConditionsHeader, std::string(kEventsHeader) + "P3,2025-01-01,gp_appointment,0,1\n");
  EXPECT_EQ(got, (std::vector<std::string>{
                     p + ":2:2: birth_month \"1950-13\" is not a month (YYYY-MM)",
                     p + ":2:3: sex \"X\" is not F or M",
                     p + ":2:4: ethnic_group \"purple\" is not one of asian, black, mixed, white, other, not_known",
                     p + ":2:5: lsoa \"E0100000\" is not an LSOA code (E01 and 6 digits)",
                     p + ":2:6: imd_decile \"11\" is not a whole number from 1 to 10",
                     p + ":2:10: date_of_death \"2024-02-30\" is not empty or a date (YYYY-MM-DD)",
                     p + ":3:1: person_id \"P 2\" is not a pseudonym of 1-16 characters A-Z a-z 0-9 _ -",
                     p + ":3:2: birth_month \"1899-12\" is before 1900",
                     p + ":4:8: practice \"A81002\" is in PCN \"U2\" on line 2, not \"U1\"",
                     p + ":4:9: PCN \"U1\" is in place \"PL1\" on line 3, not \"PL2\"",
                     p + ":4:10: date_of_death \"1970-01-01\" is before the month of birth (1980-11)",
                     p + ":5:6: LSOA \"E01000001\" has IMD decile 1 on line 3, not 2",
                     p + ":5:9: PCN \"U1\" is in place \"PL1\" on line 3, not \"PL2\"",
                     p + ":6: row has 4 cells, the header has 10",
                 }));
}

TEST_F(PhmPopulationCsv, ReportsBadConditionAndEventCellsAtTheirPlaces) {
  const std::string c = path("conditions.csv"), e = path("events.csv");
  const auto got = problems(kPersons,
                            std::string(kConditionsHeader) +
                                "P9,asthma,2010-01-01\n"          // 2: unknown person
                                "P1,gout,2010-01\n"                // 3: condition, date
                                "P2,asthma,2024-01-01\n"           // 4: before birth (2024-06)
                                "P1,asthma,2026-01-01\n"           // 5: after the extract's end
                                "P1,asthma,2011-01-01\n",          // 6: asthma twice
                            std::string(kEventsHeader) +
                                "P1,2025-03-10,gp_appointment,0,45.00\n"      // 2: fine
                                "P7,2024-06-01,gp_appointment,0,1\n"          // 3: unknown person
                                "P2,2024-05-31,gp_appointment,0,1\n"          // 4: before birth
                                "P2,2024-12-02,gp_appointment,0,1\n"          // 5: after death
                                "P1,2024-13-01,home_visit,-1,1.234\n"         // 6: date, setting, los, cost
                                "P1,2024-06-01,gp_appointment,2,1000000.01\n" // 7: los on non-admission, cost
                                "P1,2024-06-01,elective_admission,366,£5\n"); // 8: los, cost
  EXPECT_EQ(got, (std::vector<std::string>{
                     c + ":2:1: person_id \"P9\" is not in persons.csv",
                     c + ":3:2: condition \"gout\" is not one of hypertension, depression, anxiety, asthma, copd, "
                         "diabetes, coronary_heart_disease, heart_failure, atrial_fibrillation, stroke_tia, "
                         "chronic_kidney_disease, cancer, dementia, epilepsy, hypothyroidism, rheumatoid_arthritis, "
                         "osteoporosis, parkinsons, serious_mental_illness, learning_disability, "
                         "chronic_liver_disease, peripheral_vascular_disease, chronic_pain, alcohol_problems, "
                         "substance_misuse, pregnancy, palliative_care",
                     c + ":3:3: diagnosed \"2010-01\" is not a date (YYYY-MM-DD)",
                     c + ":4:3: diagnosed 2024-01-01 is before the person's month of birth (2024-06)",
                     c + ":5:3: diagnosed 2026-01-01 is after the extract's end (2025-03-31)",
                     c + ":6:2: condition \"asthma\" is recorded twice for this person (first on line 5)",
                     e + ":3:1: person_id \"P7\" is not in persons.csv",
                     e + ":4:2: date 2024-05-31 is before the person's month of birth (2024-06)",
                     e + ":5:2: date 2024-12-02 is after the person's death (2024-12-01)",
                     e + ":6:2: date \"2024-13-01\" is not a date (YYYY-MM-DD)",
                     e + ":6:3: setting \"home_visit\" is not one of gp_appointment, ae_attendance, "
                         "emergency_admission, elective_admission, outpatient_attendance, community_contact, "
                         "mental_health_contact, social_care_package",
                     e + ":6:4: length_of_stay \"-1\" is not a whole number of days from 0 to 365",
                     e + ":6:5: cost \"1.234\" is not an amount in pounds from 0 to 1000000 with at most 2 decimals",
                     e + ":7:4: length_of_stay \"2\" on a gp_appointment: only emergency and elective admissions "
                         "have a length of stay",
                     e + ":7:5: cost \"1000000.01\" is not an amount in pounds from 0 to 1000000 with at most 2 "
                         "decimals",
                     e + ":8:4: length_of_stay \"366\" is not a whole number of days from 0 to 365",
                     e + ":8:5: cost \"£5\" is not an amount in pounds from 0 to 1000000 with at most 2 decimals",
                 }));
}

TEST_F(PhmPopulationCsv, ExplicitExtractPeriodRefusesEventsOutsideIt) {
  PopulationImportOptions options;
  options.extract_start = Date::from_ymd(2024, 6, 1);
  options.extract_end = Date::from_ymd(2025, 3, 31);
  const auto got = problems(kPersons, kConditionsHeader, kEvents, options);
  EXPECT_EQ(got, (std::vector<std::string>{path("events.csv") +
                                           ":4:2: date 2024-05-02 is outside the extract (2024-06-01 to 2025-03-31)",
                                           path("events.csv") +
                                               ":6:2: date 2024-05-02 is outside the extract (2024-06-01 to 2025-03-31)"}));
  options.extract_start = Date::from_ymd(2024, 4, 1);
  const auto c = read_population_csv(write(kPersons, kConditionsHeader, kEvents), options);
  EXPECT_EQ(c.extract_start, Date::from_ymd(2024, 4, 1));
  EXPECT_EQ(c.extract_end, Date::from_ymd(2025, 3, 31));
}

TEST_F(PhmPopulationCsv, ReportsMissingFilesColumnsAndEmptyFiles) {
  std::filesystem::remove_all(dir_);
  std::filesystem::create_directories(dir_);
  std::ofstream(dir_ / "persons.csv") << "";
  try {
    read_population_csv(dir_.string());
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    ASSERT_EQ(e.problems().size(), 2u);
    EXPECT_EQ(e.problems()[0].to_string(), path("conditions.csv") + ": cannot open: No such file or directory");
    EXPECT_EQ(e.problems()[1].to_string(), path("events.csv") + ": cannot open: No such file or directory");
  }
  EXPECT_EQ(problems("", kConditionsHeader, kEventsHeader),
            (std::vector<std::string>{path("persons.csv") + ": file is empty: expected a header row person_id,"
                                                            "birth_month,sex,ethnic_group,lsoa,imd_decile,practice,"
                                                            "pcn,place,date_of_death"}));
  EXPECT_EQ(problems(kPersons, "person_id,diagnosed\n", "person_id,date,setting,cost,cost\n"),
            (std::vector<std::string>{
                path("conditions.csv") + ":1: missing column \"condition\" (expected columns person_id,condition,diagnosed)",
                path("events.csv") + ":1: missing column \"length_of_stay\" (expected columns person_id,date,setting,"
                                     "length_of_stay,cost)",
                path("events.csv") + ":1:5: column \"cost\" appears twice (first in column 4)"}));
  EXPECT_EQ(problems(kPersons, kConditionsHeader, kEventsHeader),
            (std::vector<std::string>{path("events.csv") +
                                      ": no events, so the extract period is unknown: give the extract's start and end"}));
}

TEST_F(PhmPopulationCsv, ReportsManyProblemsTogetherUpToTheCap) {
  std::string events = kEventsHeader;
  for (int i = 0; i < 30; ++i) events += "P1,2025-03-10,gp_appointment,0,x\n";
  PopulationImportOptions options;
  options.max_problems = 10;
  const auto got = problems(kPersons, kConditionsHeader, events, options);
  ASSERT_EQ(got.size(), 11u);
  EXPECT_EQ(got[0], path("events.csv") +
                        ":2:5: cost \"x\" is not an amount in pounds from 0 to 1000000 with at most 2 decimals");
  EXPECT_EQ(got[9].substr(0, path("events.csv").size() + 4), path("events.csv") + ":11:");
  EXPECT_EQ(got[10], "... and 20 more problems (listing stopped after 10)");
}

TEST_F(PhmPopulationCsv, LinesAreExactWhenEventsAreReadInParallelParts) {
  // Over 1 MiB of events, so the file is split between threads; one bad row near the end.
  std::string events = kEventsHeader;
  const std::string row = "P1,2025-03-10,gp_appointment,0,45.00\n";
  const int rows = 40000;
  for (int i = 0; i < rows; ++i) events += i == rows - 2 ? "P1,2025-03-10,gp_appointment,0,bad\n" : row;
  ASSERT_GT(events.size(), 1u << 20);
  const auto got = problems(kPersons, kConditionsHeader, events);
  EXPECT_EQ(got, (std::vector<std::string>{path("events.csv") + ":" + std::to_string(rows) +
                                           ":5: cost \"bad\" is not an amount in pounds from 0 to 1000000 with at most "
                                           "2 decimals"}));
  events.resize(events.size() - row.size());  // drop the last row; replace the bad one
  events.replace(events.rfind("bad"), 3, "1");
  const auto c = read_population_csv(write(kPersons, kConditionsHeader, events));
  EXPECT_EQ(c.event_day.size(), static_cast<size_t>(rows - 1));
  EXPECT_EQ(c.event_start[1], static_cast<uint32_t>(rows - 1));
}

TEST(PhmNhsNumber, ChecksTheModulus11CheckDigit) {
  EXPECT_TRUE(ingest::looks_like_nhs_number("9434765919"));    // sum 299: 11 - 299 % 11 = 9
  EXPECT_TRUE(ingest::looks_like_nhs_number("943 476 5919"));
  EXPECT_TRUE(ingest::looks_like_nhs_number("943-476-5919"));
  EXPECT_FALSE(ingest::looks_like_nhs_number("9434765918"));   // wrong check digit
  EXPECT_FALSE(ingest::looks_like_nhs_number("943476591"));    // 9 digits
  EXPECT_FALSE(ingest::looks_like_nhs_number("P434765919"));
  EXPECT_TRUE(ingest::looks_like_nhs_number("4010232137"));    // sum 92: 11 - 92 % 11 = 7
  EXPECT_TRUE(ingest::looks_like_nhs_number("0000000000"));    // 11 - 0 = 11, written 0
  EXPECT_FALSE(ingest::looks_like_nhs_number("1234567890"));   // 11 - 1 = 10: no valid check digit exists
  EXPECT_FALSE(ingest::looks_like_nhs_number("12345678910"));  // 11 digits
}

TEST_F(PhmPopulationCsv, RefusesNhsNumbersWithTheirPlaceWithoutAKey) {
  const std::string persons = std::string(kPersonsHeader) + "943 476 5919,1950-03,F,white,E01000002,3,A81002,U2,PL1,\n"
                                                            "9434765918,1950-03,F,white,E01000002,3,A81002,U2,PL1,\n";
  const auto got = problems(persons, kConditionsHeader, std::string(kEventsHeader) + "9434765919,2025-01-01,gp_appointment,0,1\n");
  EXPECT_EQ(got, (std::vector<std::string>{
                     path("persons.csv") + ":2:1: person_id \"943 476 5919\" looks like an NHS number: refused (give a "
                                           "pseudonymisation key to replace such ids)",
                     path("persons.csv") + ":3:1: person_id \"9434765918\" is 10 digits, like an NHS number with a "
                                           "wrong check digit: refused (give a pseudonymisation key to replace such ids)",
                     path("events.csv") + ":2:1: person_id \"9434765919\" looks like an NHS number: refused (give a "
                                          "pseudonymisation key to replace such ids)",
                 }));
}

TEST_F(PhmPopulationCsv, PseudonymisesNhsNumbersConsistentlyAcrossFilesWithAKey) {
  const std::string persons = std::string(kPersonsHeader) + "943 476 5919,1950-03,F,white,E01000002,3,A81002,U2,PL1,\n"
                                                            "P2,1960-03,M,white,E01000002,3,A81002,U2,PL1,\n";
  PopulationImportOptions options;
  options.pseudonymisation_key = "a secret key of some length";
  ingest::PopulationImportStats stats;
  const auto c = read_population_csv(
      write(persons, std::string(kConditionsHeader) + "9434765919,asthma,2000-01-01\n",
            std::string(kEventsHeader) + "943-476-5919,2025-01-01,gp_appointment,0,1\nP2,2025-01-02,gp_appointment,0,1\n"),
      options, &stats);
  EXPECT_EQ(stats.ids_pseudonymised, 1u);
  const std::string pseudonym = ingest::keyed_pseudonym(*options.pseudonymisation_key, "9434765919");
  ASSERT_EQ(pseudonym.size(), 16u);
  EXPECT_EQ(pseudonym[0], 'K');
  EXPECT_EQ(std::string(c.person_id.data(), 16), pseudonym);
  EXPECT_EQ(c.condition_start, (std::vector<uint32_t>{0, 1, 1}));
  EXPECT_EQ(c.event_start, (std::vector<uint32_t>{0, 1, 2}));
  // The same key gives the same pseudonym; another key another one.
  EXPECT_EQ(ingest::keyed_pseudonym(*options.pseudonymisation_key, "9434765919"), pseudonym);
  EXPECT_NE(ingest::keyed_pseudonym("another secret key!", "9434765919"), pseudonym);
}

}  // namespace
}  // namespace ics
