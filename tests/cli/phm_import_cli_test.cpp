// ics phm import: a good extract writes a snapshot and a summary; bad input exits 2, lists every problem
// and leaves the snapshot exactly as it was.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "cli_runner.h"
#include "phm/snapshot.h"

namespace ics {
namespace {

using testing::run_ics;
using testing::ScratchDir;

const std::string kPersons =
    "person_id,birth_month,sex,ethnic_group,lsoa,imd_decile,practice,pcn,place,date_of_death\n"
    "P1,1950-03,F,white,E01000002,3,A81002,U2,PL1,\n"
    "943 476 5919,2001-06,M,asian,E01000001,1,A81001,U1,PL1,\n";
const std::string kConditions = "person_id,condition,diagnosed\nP1,asthma,2010-05-01\n";
const std::string kEvents =
    "person_id,date,setting,length_of_stay,cost\n"
    "P1,2025-03-10,gp_appointment,0,45.00\n"
    "9434765919,2024-07-01,ae_attendance,0,183.5\n";

std::string write_extract(const ScratchDir& dir, const std::string& events) {
  std::filesystem::create_directories(dir.file("extract"));
  dir.write("extract/persons.csv", kPersons);
  dir.write("extract/conditions.csv", kConditions);
  dir.write("extract/events.csv", events);
  return dir.file("extract");
}

std::string bytes_of(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

TEST(PhmImportCli, ImportsAnExtractPseudonymisingNhsNumbersAndSummarises) {
  ScratchDir dir;
  const std::string input = write_extract(dir, kEvents);
  const std::string key = dir.write("key.txt", "a secret key of some length\n");
  const std::string snapshot = dir.file("var/pop.phm");
  const auto r = run_ics("phm import --input '" + input + "' --snapshot '" + snapshot +
                             "' --pseudonymise-key-file '" + key + "' --extract-start 2024-04-01",
                         dir);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.substr(0, r.out.find(" in ")),
            "imported 2 persons, 1 conditions, 2 events from " + input +
                "\nextract period 2024-04-01 to 2025-03-31\n1 person ids pseudonymised\nwrote " + snapshot);
  const phm::Population p = phm::open_snapshot(snapshot);
  ASSERT_EQ(p.person_count(), 2u);
  EXPECT_EQ(p.id_of(0), "P1");
  EXPECT_EQ(p.id_of(1).size(), 16u);
  EXPECT_EQ(p.id_of(1)[0], 'K');
  EXPECT_EQ(p.event_start[2], 2u);
}

TEST(PhmImportCli, BadInputExitsTwoAndLeavesAnExistingSnapshotByteIdentical) {
  ScratchDir dir;
  const std::string key = dir.write("key.txt", "a secret key of some length\n");
  const std::string snapshot = dir.file("pop.phm");
  const std::string good = write_extract(dir, kEvents);
  ASSERT_EQ(run_ics("phm import --input '" + good + "' --snapshot '" + snapshot + "' --pseudonymise-key-file '" +
                        key + "'",
                    dir)
                .exit_code,
            0);
  const std::string before = bytes_of(snapshot);
  const std::string bad = write_extract(dir, kEvents + "P1,2025-03-11,gp_appointment,3,1\nP2,2025-03-11,x,0,1\n");
  const auto r = run_ics("phm import --input '" + bad + "' --snapshot '" + snapshot + "' --pseudonymise-key-file '" +
                             key + "'",
                         dir);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.out, "");
  const std::string events = bad + "/events.csv";
  EXPECT_EQ(r.err, events + ":4:4: length_of_stay \"3\" on a gp_appointment: only emergency and elective admissions "
                            "have a length of stay\n" +
                       events + ":5:1: person_id \"P2\" is not in persons.csv\n" + events +
                       ":5:3: setting \"x\" is not one of gp_appointment, ae_attendance, emergency_admission, "
                       "elective_admission, outpatient_attendance, community_contact, mental_health_contact, "
                       "social_care_package\n");
  EXPECT_EQ(bytes_of(snapshot), before);
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir.file("")), {}), 4);  // extract, key, snapshot, stderr
}

TEST(PhmImportCli, BadInputCreatesNoSnapshotWhenNoneExisted) {
  ScratchDir dir;
  const std::string input = write_extract(dir, kEvents);  // an NHS number and no key
  const std::string snapshot = dir.file("pop.phm");
  const auto r = run_ics("phm import --input '" + input + "' --snapshot '" + snapshot + "'", dir);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, input + "/persons.csv:3:1: person_id \"943 476 5919\" looks like an NHS number: refused (give a "
                           "pseudonymisation key to replace such ids)\n" +
                       input + "/events.csv:3:1: person_id \"9434765919\" looks like an NHS number: refused (give a "
                               "pseudonymisation key to replace such ids)\n");
  EXPECT_FALSE(std::filesystem::exists(snapshot));
}

TEST(PhmImportCli, RefusesAShortKeyAndBadDates) {
  ScratchDir dir;
  const std::string input = write_extract(dir, kEvents);
  const std::string key = dir.write("key.txt", "short\n");
  auto r = run_ics("phm import --input '" + input + "' --snapshot '" + dir.file("p.phm") +
                       "' --pseudonymise-key-file '" + key + "'",
                   dir);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, key + ": the pseudonymisation key must be at least 16 characters\n");
  r = run_ics("phm import --input '" + input + "' --snapshot '" + dir.file("p.phm") + "' --extract-end 2025-02-30",
              dir);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "ics: --extract-end \"2025-02-30\" is not a date (YYYY-MM-DD)\n");
  EXPECT_FALSE(std::filesystem::exists(dir.file("p.phm")));
}

}  // namespace
}  // namespace ics
