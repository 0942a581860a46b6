// analysis_json and write_analysis on a hand-built analysis of the five-person population
// (tests/unit/phm_small_population.h): disclosure control everywhere, and case-finding only on request.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <unistd.h>

#include "core/csv.h"
#include "core/errors.h"
#include "phm/phm_output.h"
#include "phm_hand_built_analysis.h"
#include "phm_small_population.h"

namespace ics::phm {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

// Every integer in the document that is a count: none may be 1..7 or off the multiples of 5.
void expect_only_disclosed_counts(const json& j, const std::string& where) {
  static const std::set<std::string> not_counts{"decile", "iterations", "rounded_to_nearest", "rows_withheld"};
  for (auto it = j.begin(); it != j.end(); ++it) {
    const std::string key = j.is_object() ? it.key() : "";
    const std::string here = where + "/" + key;
    if (it->is_structured()) {
      expect_only_disclosed_counts(*it, here);
    } else if (it->is_number_integer() && !not_counts.count(key) && !key.ends_with("_pence")) {
      const int64_t n = it->get<int64_t>();
      EXPECT_TRUE(n == 0 || (n > 7 && n % 5 == 0)) << here << " = " << n;
    }
  }
}

class PhmOutput : public ::testing::Test {
 protected:
  Population population = testing::small_population();
  PhmAnalysis analysis = testing::hand_built_analysis(population);
  json doc = analysis_json(population, analysis);
  fs::path dir = fs::temp_directory_path() / ("ics_phm_output_" + std::to_string(::getpid()) + "_" +
                                              ::testing::UnitTest::GetInstance()->current_test_info()->name());
  void SetUp() override { fs::remove_all(dir); }
  void TearDown() override { fs::remove_all(dir); }

  static std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  }
  static const json& cell(const json& cells, Segment s) { return cells.at(static_cast<size_t>(s)); }
};

TEST_F(PhmOutput, NoCountBetweenOneAndSevenAnywhere) {
  expect_only_disclosed_counts(doc, "");
  EXPECT_TRUE(doc["persons"].is_null());  // 4 persons
  EXPECT_EQ(doc["at"], "2026-04-01");
}

TEST_F(PhmOutput, SegmentCellsAreRoundedOrSuppressedWithWhatDerivesFromThem) {
  const json& ics = doc["segments"]["ics"];
  ASSERT_EQ(ics.size(), 8u);
  const json& frail = cell(ics, Segment::LongDeclineFrailty);
  EXPECT_EQ(frail["segment"], "frailty");
  EXPECT_TRUE(frail["persons"].is_null());
  EXPECT_TRUE(frail["cost_pence"].is_null());
  EXPECT_TRUE(frail["cost_per_person_pence"].is_null());
  EXPECT_TRUE(frail["events"]["emergency_admission"].is_null());
  const json& healthy = cell(ics, Segment::Healthy);
  EXPECT_EQ(healthy["persons"], 1015);
  EXPECT_EQ(healthy["events"]["gp_appointment"], 10);
  EXPECT_EQ(healthy["events"]["ae_attendance"], 0);
  EXPECT_EQ(healthy["cost_pence"], 101'300);
  EXPECT_EQ(healthy["cost_per_person_pence"], 100);  // 101,300p / 1,013 exactly
  const json& pcns = doc["segments"]["by_pcn"];
  ASSERT_EQ(pcns.size(), 2u);
  EXPECT_EQ(pcns[1]["pcn"], "PCN_B");
  EXPECT_EQ(pcns[1]["place"], "PLACE_Y");
  EXPECT_EQ(doc["segments"]["by_age_sex"].size(), 38u);
  EXPECT_EQ(doc["segments"]["definitions"][7]["label"], "Healthy");
}

TEST_F(PhmOutput, RiskModelCounts) {
  const json& r = doc["risk_model"];
  EXPECT_EQ(r["training_persons"], 1000);
  EXPECT_TRUE(r["training_events"].is_null());
  EXPECT_EQ(r["test_events"], 10);
  EXPECT_DOUBLE_EQ(r["test_auc"].get<double>(), 0.75);
  EXPECT_EQ(r["coefficients"].size(), size_t{kRiskFeatureCount});
  EXPECT_EQ(r["coefficients"][0]["feature"], "intercept");
  EXPECT_NEAR(r["coefficients"][0]["odds_ratio"].get<double>(), std::exp(-3.0), 1e-12);
  EXPECT_EQ(r["calibration"][9]["observed_events"], 10);  // 9
  EXPECT_DOUBLE_EQ(r["calibration"][9]["observed_rate"].get<double>(), 0.18);
  EXPECT_TRUE(r["calibration"][8]["observed_events"].is_null());  // 5
  EXPECT_TRUE(r["calibration"][8]["observed_rate"].is_null());
  EXPECT_EQ(r["calibration"][0]["observed_rate"], 0.0);
  EXPECT_TRUE(r["tiers"][0]["persons"].is_null());  // 3
  EXPECT_TRUE(r["tiers"][0]["mean_probability"].is_null());
  EXPECT_EQ(r["tiers"][1]["persons"], 10);
  EXPECT_EQ(r["tiers"][2]["persons"], 15);  // 13
  EXPECT_DOUBLE_EQ(r["tiers"][2]["mean_probability"].get<double>(), 0.35);
}

TEST_F(PhmOutput, InequalityRatesHideWithTheirCounts) {
  const json& rows = doc["inequalities"]["rows"];
  EXPECT_EQ(rows[0]["events"], 15);  // 13
  EXPECT_EQ(rows[0]["population"], 2000);
  EXPECT_DOUBLE_EQ(rows[0]["rate"].get<double>(), 650);
  EXPECT_TRUE(rows[4]["events"].is_null());  // 5
  EXPECT_TRUE(rows[4]["rate"].is_null());
  EXPECT_TRUE(rows[4]["lower"].is_null());
  EXPECT_TRUE(rows[4]["upper"].is_null());
  // The emergency admission slope rests on a hidden quintile; the A&E one does not.
  const json& slopes = doc["inequalities"]["slopes"];
  EXPECT_TRUE(slopes[0]["sii"].is_null());
  EXPECT_TRUE(slopes[0]["rii_upper"].is_null());
  EXPECT_DOUBLE_EQ(slopes[1]["sii"].get<double>(), 500);
  EXPECT_DOUBLE_EQ(slopes[1]["core20_rate_ratio"].get<double>(), 1.74);
}

TEST_F(PhmOutput, ValueRowsHideWithTheirObservedCount) {
  const json& rows = doc["value_opportunities"]["rows"];
  EXPECT_EQ(rows[0]["pcn"], "PCN_A");
  EXPECT_TRUE(rows[0]["observed"].is_null());
  EXPECT_TRUE(rows[0]["ratio"].is_null());
  EXPECT_TRUE(rows[0]["cost_pence"].is_null());
  EXPECT_DOUBLE_EQ(rows[0]["expected"].get<double>(), 5);
  EXPECT_EQ(rows[1]["observed"], 35);  // 33
  EXPECT_DOUBLE_EQ(rows[1]["ratio"].get<double>(), 1.5);
  EXPECT_EQ(rows[1]["opportunity_pence"], 1'320'000);
  EXPECT_EQ(rows[1]["setting"], "emergency_admission");
  EXPECT_TRUE(rows[0]["opportunity_pence"].is_null());
}

TEST_F(PhmOutput, ValueTotalsAreOfTheRowsShownSoNoHiddenRowCanBeRecovered) {
  // The engine's totals include the hidden row's £150,000 opportunity and £6,000 cost; the disclosed totals
  // must not, or subtracting the shown row from them would give the hidden row back.
  const json& value = doc["value_opportunities"];
  EXPECT_EQ(value["total_opportunity_pence"], 1'320'000);
  EXPECT_EQ(value["rows_withheld"], 1);
  const json& emergency = value["by_setting"][static_cast<int>(Setting::EmergencyAdmission)];
  EXPECT_EQ(emergency["setting"], "emergency_admission");
  EXPECT_EQ(emergency["opportunity_pence"], 1'320'000);
  EXPECT_EQ(emergency["cost_pence"], 3'300'000);
  EXPECT_EQ(emergency["rows_withheld"], 1);
  EXPECT_EQ(emergency["events"], 40);  // 39, the whole ICS's, rounded
  const json& gp = value["by_setting"][static_cast<int>(Setting::GpAppointment)];
  EXPECT_EQ(gp["opportunity_pence"], 0);
  EXPECT_EQ(gp["rows_withheld"], 0);
}

TEST_F(PhmOutput, WritesEveryFileWithoutCaseFindingUnlessAsked) {
  write_analysis(population, analysis, dir.string());
  for (const char* name : {"summary.json", "segments.csv", "risk_model.csv", "risk_calibration.csv", "risk_tiers.csv",
                           "inequalities.csv", "inequality_slopes.csv", "value_opportunities.csv"})
    EXPECT_TRUE(fs::exists(dir / name)) << name;
  EXPECT_FALSE(fs::exists(dir / kCaseFindingFile));
  const json summary = json::parse(read(dir / "summary.json"));
  for (const json& f : summary["files"]) EXPECT_FALSE(f["patient_identifiable"].get<bool>()) << f["name"];
  EXPECT_EQ(summary["files"].size(), 8u);
  // No temporary folder or file is left beside or inside it.
  for (const auto& e : fs::directory_iterator(dir)) EXPECT_EQ(e.path().string().find(".tmp"), std::string::npos);
  for (const auto& e : fs::directory_iterator(dir.parent_path()))
    EXPECT_EQ(e.path().filename().string().find(dir.filename().string() + ".tmp"), std::string::npos);
}

TEST_F(PhmOutput, CsvCountsAreDisclosedAndMoneyIsInPounds) {
  write_analysis(population, analysis, dir.string());
  const CsvTable segments = parse_csv(read(dir / "segments.csv"), "segments.csv");
  ASSERT_EQ(segments.rows.size(), 8u * (1 + 2 + 2 + 38));
  const size_t persons = segments.require_column("persons"), cost = segments.require_column("cost_pounds");
  const size_t first_count = persons, last_count = segments.require_column("bed_days");
  for (const CsvRow& row : segments.rows)
    for (size_t c = first_count; c <= last_count; ++c) {
      const std::string& cell = row.cells[c];
      if (cell.empty()) continue;
      const long n = std::stol(cell);
      EXPECT_TRUE(n == 0 || (n > 7 && n % 5 == 0)) << "line " << row.line << " column " << segments.header[c];
    }
  // ICS rows come first, in segment order: frailty hidden, healthy shown.
  EXPECT_EQ(segments.rows[1].cells[segments.require_column("segment")], "frailty");
  EXPECT_EQ(segments.rows[1].cells[persons], "");
  EXPECT_EQ(segments.rows[1].cells[cost], "");
  EXPECT_EQ(segments.rows[7].cells[persons], "1015");
  EXPECT_EQ(segments.rows[7].cells[cost], "1013.00");
  EXPECT_EQ(segments.rows[7].cells[segments.require_column("cost_per_person_pounds")], "1.00");

  const CsvTable inequalities = parse_csv(read(dir / "inequalities.csv"), "inequalities.csv");
  EXPECT_EQ(inequalities.rows[0].cells[inequalities.require_column("events")], "15");
  EXPECT_EQ(inequalities.rows[0].cells[inequalities.require_column("rate_per_100000")], "650.0");
  EXPECT_EQ(inequalities.rows[4].cells[inequalities.require_column("rate_per_100000")], "");

  const CsvTable value = parse_csv(read(dir / "value_opportunities.csv"), "value_opportunities.csv");
  EXPECT_EQ(value.rows[1].cells[value.require_column("opportunity_pounds")], "13200.00");
  EXPECT_EQ(value.rows[1].cells[value.require_column("ratio")], "1.5000");
  EXPECT_EQ(value.rows[0].cells[value.require_column("observed")], "");

  const CsvTable tiers = parse_csv(read(dir / "risk_tiers.csv"), "risk_tiers.csv");
  EXPECT_EQ(tiers.rows[0].cells[tiers.require_column("persons")], "");
  EXPECT_EQ(tiers.rows[2].cells[tiers.require_column("persons")], "15");
}

TEST_F(PhmOutput, CaseFindingOnlyOnRequestAndMarkedOnEveryRow) {
  OutputOptions options;
  options.case_finding_pcns = std::vector<std::string>{};  // every PCN
  write_analysis(population, analysis, dir.string(), options);
  ASSERT_TRUE(fs::exists(dir / kCaseFindingFile));
  const CsvTable list = parse_csv(read(dir / kCaseFindingFile), std::string(kCaseFindingFile));
  EXPECT_EQ(list.header[0], "marking");
  ASSERT_EQ(list.rows.size(), 2u);  // A1 (top 0.5%) and C3 (top 5%), highest risk first
  for (const CsvRow& row : list.rows) EXPECT_EQ(row.cells[0], kPatientIdentifiableMarking);
  EXPECT_EQ(list.rows[0].cells[list.require_column("person_id")], "A1");
  EXPECT_EQ(list.rows[1].cells[list.require_column("person_id")], "C3");
  const json summary = json::parse(read(dir / "summary.json"));
  bool listed = false;
  for (const json& f : summary["files"])
    if (f["name"] == kCaseFindingFile) listed = f["patient_identifiable"].get<bool>();
  EXPECT_TRUE(listed);

  // One PCN only: PCN_B holds C3 but not A1.
  options.case_finding_pcns = std::vector<std::string>{"PCN_B"};
  write_analysis(population, analysis, dir.string(), options);
  const CsvTable b = parse_csv(read(dir / kCaseFindingFile), std::string(kCaseFindingFile));
  ASSERT_EQ(b.rows.size(), 1u);
  EXPECT_EQ(b.rows[0].cells[b.require_column("pcn")], "PCN_B");

  // Run again without asking: the old list does not linger beside a summary that does not list it.
  write_analysis(population, analysis, dir.string());
  EXPECT_FALSE(fs::exists(dir / kCaseFindingFile));
}

TEST_F(PhmOutput, UnknownPcnIsAnInputErrorAndWritesNothing) {
  OutputOptions options;
  options.case_finding_pcns = std::vector<std::string>{"PCN_B", "NOPE"};
  try {
    write_analysis(population, analysis, dir.string(), options);
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    ASSERT_EQ(e.problems().size(), 1u);
    EXPECT_NE(e.problems()[0].message.find("\"NOPE\""), std::string::npos);
  }
  EXPECT_FALSE(fs::exists(dir));
}

TEST_F(PhmOutput, AFileInTheWayIsAnInputError) {
  std::ofstream(dir.string()) << "not a folder";
  EXPECT_THROW(write_analysis(population, analysis, dir.string()), InputError);
  fs::remove(dir);
}

}  // namespace
}  // namespace ics::phm
