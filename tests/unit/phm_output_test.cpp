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
#include "phm_small_population.h"

namespace ics::phm {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

StandardisedRate rate(double events, double population, double per_100000) {
  StandardisedRate r;
  r.events = events;
  r.population = population;
  r.rate = per_100000;
  r.lower = per_100000 * 0.8;
  r.upper = per_100000 * 1.2;
  r.valid = true;
  return r;
}

// Every part filled by hand, with counts on both sides of the suppression boundary.
PhmAnalysis hand_built_analysis(const Population& population) {
  PhmAnalysis a;
  a.at = testing::kSmallPopulationAt;
  a.facts_at = all_person_facts(population, a.at, 1);
  for (const auto& f : a.facts_at) a.persons_in_population += f.in_population;
  a.segments = summarise_segments(population, a.facts_at, segment_population(a.facts_at), a.at);
  // Make one segment big enough to show, so rounding is visible: 1,013 healthy persons, 12 GP visits.
  a.segments.ics[static_cast<int>(Segment::Healthy)].persons = 1013;
  a.segments.ics[static_cast<int>(Segment::Healthy)].events[0] = 12;
  a.segments.ics[static_cast<int>(Segment::Healthy)].cost_pence = 101'300;

  RiskModelReport& r = a.risk;
  r.trained_at = one_year_before(a.at);
  r.at = a.at;
  r.fit.coefficients.assign(kRiskFeatureCount, 0.1);
  r.fit.coefficients[0] = -3;
  r.fit.standard_errors.assign(kRiskFeatureCount, 0.01);
  r.fit.converged = true;
  r.fit.iterations = 6;
  r.training_persons = 1000;
  r.test_persons = 500;
  r.training_events = 3;  // suppressed
  r.test_events = 12;     // -> 10
  r.test_auc = 0.75;
  for (int d = 1; d <= 10; ++d)
    r.test_calibration.push_back({d, 50, 0.01 * d, d == 10 ? 0.18 : (d == 9 ? 0.1 : 0), d == 10 ? 9 : (d == 9 ? 5 : 0)});
  r.tier_persons = {3, 10, 13, 474};
  r.tier_min_probability = {0.9, 0.5, 0.3, 0};
  r.tier_mean_probability = {0.95, 0.6, 0.35, 0.02};
  r.probability = {0.97f, 0.01f, 0.4f, 0.0f, 0.02f};
  r.tier = {RiskTier::Top0_5, RiskTier::Rest, RiskTier::Top5, RiskTier::Rest, RiskTier::Rest};

  InequalityReport& q = a.inequalities;
  q.at = a.at;
  for (int quintile = 1; quintile <= 5; ++quintile)
    q.rows.push_back({InequalityMeasure::EmergencyAdmissions, InequalityDimension::ImdQuintile,
                      std::to_string(quintile), rate(quintile == 5 ? 5 : 13, 2000, 650)});
  q.rows.push_back({InequalityMeasure::AeAttendances, InequalityDimension::ImdQuintile, "1", rate(13, 2000, 650)});
  q.rows.push_back({InequalityMeasure::AeAttendances, InequalityDimension::Core20, "Core20", rate(40, 4000, 1000)});
  q.rows.push_back({InequalityMeasure::AeAttendances, InequalityDimension::Core20, "Rest", rate(92, 16000, 575)});
  q.slopes.push_back({InequalityMeasure::EmergencyAdmissions, 300, 200, 400, 0.5, 0.3, 0.7});
  q.slopes.push_back({InequalityMeasure::AeAttendances, 500, 400, 600, 0.6, 0.4, 0.8});
  q.core20_rate_ratio = {1.5, 1.74, 0, 0};

  ValueReport& v = a.value;
  v.at = a.at;
  OpportunityRow shown;
  shown.pcn = 1;
  shown.setting = Setting::EmergencyAdmission;
  shown.persons = 3000;
  shown.ratio = {33, 22, 1.5, 1.03, 2.1};
  shown.limits = {0.6, 1.4, 0.45, 1.7};
  shown.cost_pence = 3'300'000;
  shown.benchmark_ratio = 0.9;
  shown.excess_events = 13.2;
  shown.opportunity_pence = 1'320'000;
  OpportunityRow hidden = shown;
  hidden.pcn = 0;
  hidden.ratio = {4, 5, 0.8, 0.2, 2.0};
  hidden.excess_events = 0;
  hidden.opportunity_pence = 0;
  hidden.cost_pence = 400'000;
  v.rows = {hidden, shown};
  for (int s = 0; s < kSettingCount; ++s) v.by_setting[s].setting = static_cast<Setting>(s);
  v.by_setting[static_cast<int>(Setting::EmergencyAdmission)] = {Setting::EmergencyAdmission, 0.9, 37, 3'700'000,
                                                                 1'320'000};
  v.total_opportunity_pence = 1'320'000;
  return a;
}

// Every integer in the document that is a count: none may be 1..7 or off the multiples of 5.
void expect_only_disclosed_counts(const json& j, const std::string& where) {
  static const std::set<std::string> not_counts{"decile", "iterations", "rounded_to_nearest"};
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
  PhmAnalysis analysis = hand_built_analysis(population);
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
  EXPECT_EQ(doc["value_opportunities"]["total_opportunity_pence"], 1'320'000);
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
