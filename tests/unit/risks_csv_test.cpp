// The System Assurance Framework's feeds: objectives and risks, every problem with its place, and the
// risk register's score history merged across imports.
#include "ingest/risks_csv.h"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "core/errors.h"
#include "performance/metric_catalogue.h"
#include "store/store.h"

namespace ics {
namespace {

Date d(const char* text) { return *parse_date(text); }

std::vector<std::string> messages(const InputError& e) {
  std::vector<std::string> out;
  for (const auto& p : e.problems()) out.push_back(p.to_string());
  return out;
}

const std::vector<std::string> kColumns{
    "ref", "title", "cause", "event", "effect", "category", "objective_ref", "owner", "org_code", "level",
    "confidential", "confidential_reason", "status", "opened_on", "initial_likelihood", "initial_consequence",
    "current_likelihood", "current_consequence", "assessed_on", "target_likelihood", "target_consequence",
    "target_date", "controls", "gaps_in_control", "assurances", "gaps_in_assurance", "review_date", "note"};

using Cells = std::map<std::string, std::string>;

// A good row for SR01; `changes` replaces the named cells.
std::string risk_row(const Cells& changes = {}) {
  Cells cells{{"ref", "SR01"},
              {"title", "Urgent and emergency care capacity"},
              {"cause", "Because of high bed occupancy and delayed discharges"},
              {"event", "patients wait more than 12 hours in A&E"},
              {"effect", "resulting in avoidable harm"},
              {"category", "Quality and safety"},
              {"objective_ref", "SO1"},
              {"owner", "Chief Operating Officer"},
              {"org_code", ""},
              {"level", "system"},
              {"confidential", "no"},
              {"confidential_reason", ""},
              {"status", "open"},
              {"opened_on", "2025-04-01"},
              {"initial_likelihood", "5"},
              {"initial_consequence", "4"},
              {"current_likelihood", "4"},
              {"current_consequence", "4"},
              {"assessed_on", "2026-03-10"},
              {"target_likelihood", "2"},
              {"target_consequence", "3"},
              {"target_date", "2026-03-31"},
              {"controls", "Winter plan; Daily system call;"},
              {"gaps_in_control", "Social care capacity"},
              {"assurances", "first line: Daily sitrep; second line: Integrated performance report [ae_4hr]; "
                             "Third Line: Internal audit of patient flow"},
              {"gaps_in_assurance", ""},
              {"review_date", "2026-06-30"},
              {"note", "Winter pressures"}};
  for (const auto& [name, value] : changes) cells.at(name) = value;
  std::string line;
  for (size_t i = 0; i < kColumns.size(); ++i) {
    if (i > 0) line += ',';
    line += csv_escape(cells.at(kColumns[i]));
  }
  return line + "\n";
}

std::string risks_file(const std::vector<std::string>& rows) {
  std::string text;
  for (const auto& name : kColumns) {
    if (!text.empty()) text += ',';
    text += name;
  }
  text += '\n';
  for (const auto& row : rows) text += row;
  return text;
}

RiskImportContext context() {
  RiskImportContext c;
  c.objectives = {{7, "SO1", "Improve outcomes", ""}, {8, "SO2", "Tackle inequalities", ""}};
  c.metric_ids = {"ae_4hr", "rtt_18wk"};
  c.by = "analyst";
  return c;
}

std::vector<Risk> read(const std::vector<std::string>& rows, const RiskImportContext& c = context()) {
  return read_risks_csv(parse_csv(risks_file(rows), "risks.csv"), c);
}

std::vector<std::string> problems(const std::vector<std::string>& rows, const RiskImportContext& c = context()) {
  try {
    read(rows, c);
    return {};
  } catch (const InputError& e) {
    return messages(e);
  }
}

TEST(RisksCsv, ReadsEveryFieldOfAGoodFile) {
  const auto risks = read({risk_row(), risk_row({{"ref", "SR02"},
                                                 {"objective_ref", ""},
                                                 {"level", "Organisation"},
                                                 {"org_code", "RX1"},
                                                 {"confidential", "yes"},
                                                 {"confidential_reason", "Section 43: commercial interests"},
                                                 {"status", "closed"},
                                                 {"target_date", ""},
                                                 {"review_date", ""},
                                                 {"controls", ""},
                                                 {"assurances", ""},
                                                 {"note", ""}})});
  ASSERT_EQ(risks.size(), 2u);
  const Risk& r = risks[0];
  EXPECT_EQ(r.id, 0);
  EXPECT_EQ(r.ref, "SR01");
  EXPECT_EQ(r.title, "Urgent and emergency care capacity");
  EXPECT_EQ(r.cause, "Because of high bed occupancy and delayed discharges");
  EXPECT_EQ(r.event, "patients wait more than 12 hours in A&E");
  EXPECT_EQ(r.effect, "resulting in avoidable harm");
  EXPECT_EQ(r.category, "Quality and safety");
  EXPECT_EQ(r.objective_id, 7);
  EXPECT_EQ(r.owner, "Chief Operating Officer");
  EXPECT_EQ(r.org_code, "");
  EXPECT_EQ(r.level, RiskLevel::System);
  EXPECT_FALSE(r.confidential);
  EXPECT_EQ(r.status, RiskStatus::Open);
  EXPECT_EQ(r.opened_on, d("2025-04-01"));
  EXPECT_EQ(r.initial, (RiskRating{5, 4}));
  EXPECT_EQ(r.target, (RiskRating{2, 3}));
  EXPECT_EQ(r.target_date, d("2026-03-31"));
  EXPECT_EQ(r.controls, (std::vector<std::string>{"Winter plan", "Daily system call"}));
  EXPECT_EQ(r.gaps_in_control, "Social care capacity");
  EXPECT_EQ(r.assurances, (std::vector<AssuranceSource>{{"Daily sitrep", "first", ""},
                                                         {"Integrated performance report", "second", "ae_4hr"},
                                                         {"Internal audit of patient flow", "third", ""}}));
  EXPECT_EQ(r.gaps_in_assurance, "");
  EXPECT_EQ(r.review_date, d("2026-06-30"));
  EXPECT_EQ(r.history, (std::vector<RiskScoreEntry>{{d("2026-03-10"), {4, 4}, "Winter pressures", "analyst"}}));

  const Risk& s = risks[1];
  EXPECT_EQ(s.ref, "SR02");
  EXPECT_FALSE(s.objective_id);
  EXPECT_EQ(s.level, RiskLevel::Organisation);
  EXPECT_EQ(s.org_code, "RX1");
  EXPECT_TRUE(s.confidential);
  EXPECT_EQ(s.confidential_reason, "Section 43: commercial interests");
  EXPECT_EQ(s.status, RiskStatus::Closed);
  EXPECT_FALSE(s.target_date);
  EXPECT_FALSE(s.review_date);
  EXPECT_TRUE(s.controls.empty());
  EXPECT_TRUE(s.assurances.empty());
  EXPECT_EQ(s.history[0].note, "");
}

TEST(RisksCsv, AssuranceLinePrefixesAndMetrics) {
  const auto risks = read({risk_row(
      {{"assurances", " SECOND LINE:  Board assurance report [ rtt_18wk ] ;Audit [ae_4hr];"
                      "second line assurance from the audit committee; line: first"}})});
  EXPECT_EQ(risks[0].assurances,
            (std::vector<AssuranceSource>{{"Board assurance report", "second", "rtt_18wk"},
                                          {"Audit", "", "ae_4hr"},
                                          {"second line assurance from the audit committee", "", ""},
                                          {"line: first", "", ""}}));
}

TEST(RisksCsv, ReportsEveryProblemWithItsPlace) {
  const auto got = problems({
      risk_row(),                                                                                 // line 2
      risk_row(),                                                                                 // 3: SR01 again
      risk_row({{"ref", "SR03"}, {"title", ""}, {"objective_ref", "SO9"}, {"level", "trust"},     // 4
                {"confidential", "maybe"}, {"status", "archived"}}),
      risk_row({{"ref", "SR04"}, {"opened_on", "2025-13-01"}, {"initial_likelihood", "high"},     // 5
                {"current_consequence", "6"}, {"assessed_on", ""}, {"target_date", "31/03/2026"},
                {"review_date", "2026-02"}}),
      risk_row({{"ref", "SR05"}, {"level", "place"}, {"confidential", "yes"},                     // 6
                {"initial_likelihood", "4"}, {"target_likelihood", "5"}, {"target_consequence", "5"}}),
      risk_row({{"ref", "SR06"}, {"event", " "}, {"owner", ""},                                   // 7
                {"assurances", "second line: IPR [no_such]; [ae_4hr]; Audit ae_4hr]"}}),
      risk_row({{"ref", ""}, {"initial_consequence", "5.5"}, {"current_likelihood", "0"}}),       // 8
      risk_row({{"ref", "SR07"}}),                                                                // 9: good
  });
  EXPECT_EQ(got, (std::vector<std::string>{
                     "risks.csv:3:1: duplicate ref \"SR01\" (first on line 2)",
                     "risks.csv:4:2: Enter a title",
                     "risks.csv:4:7: unknown objective \"SO9\"",
                     "risks.csv:4:10: level \"trust\" is not one of organisation, place, system, board",
                     "risks.csv:4:11: confidential \"maybe\" is not yes or no",
                     "risks.csv:4:13: status \"archived\" is not one of open, closed",
                     "risks.csv:5:14: opened_on \"2025-13-01\" is not a date (YYYY-MM-DD)",
                     "risks.csv:5:15: initial_likelihood \"high\" is not a whole number from 1 to 5",
                     "risks.csv:5:18: Consequence must be a whole number from 1 to 5",
                     "risks.csv:5:19: assessed_on \"\" is not a date (YYYY-MM-DD)",
                     "risks.csv:5:22: target_date \"31/03/2026\" is not a date (YYYY-MM-DD)",
                     "risks.csv:5:27: review_date \"2026-02\" is not a date (YYYY-MM-DD)",
                     "risks.csv:6:9: Enter the code of the organisation or place that holds the risk",
                     "risks.csv:6:12: Enter why the risk is confidential",
                     "risks.csv:6:20: Target score (25) must be no higher than the initial score (16)",
                     "risks.csv:7:4: Enter the risk event: what might happen",
                     "risks.csv:7:8: Enter the executive owner",
                     "risks.csv:7:25: unknown metric id \"no_such\" in assurance \"second line: IPR [no_such]\"",
                     "risks.csv:7:25: assurance \"[ae_4hr]\" has no description",
                     "risks.csv:7:25: assurance \"Audit ae_4hr]\" ends \"]\" without a \"[\" before the metric id",
                     "risks.csv:8:1: Enter a reference, like SR01",
                     "risks.csv:8:16: initial_consequence \"5.5\" is not a whole number from 1 to 5",
                     "risks.csv:8:17: Likelihood must be a whole number from 1 to 5",
                 }));
}

TEST(RisksCsv, UnknownObjectiveAndMetricAreNamed) {
  RiskImportContext c = context();
  c.objectives.clear();
  c.metric_ids.clear();
  EXPECT_EQ(problems({risk_row()}, c),
            (std::vector<std::string>{
                "risks.csv:2:7: unknown objective \"SO1\"",
                "risks.csv:2:25: unknown metric id \"ae_4hr\" in assurance \"second line: Integrated performance "
                "report [ae_4hr]\"",
            }));
}

TEST(RisksCsv, NamesEveryMissingColumn) {
  try {
    read_risks_csv(parse_csv("ref,title\nSR01,Capacity\n", "risks.csv"), context());
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    const auto got = messages(e);
    ASSERT_EQ(got.size(), kColumns.size() - 2);
    EXPECT_EQ(got.front(), "risks.csv:1: missing column \"cause\"");
    EXPECT_EQ(got.back(), "risks.csv:1: missing column \"note\"");
  }
}

TEST(RisksCsv, MergesWithTheRegisterByRef) {
  RiskImportContext c = context();
  Risk stored = read({risk_row({{"assessed_on", "2025-04-01"}, {"current_likelihood", "5"}, {"note", "Opened"}})})[0];
  stored.id = 42;
  stored.history[0].by = "secretariat";
  c.existing = {stored};
  c.by = "analyst";

  // A later day appends, keeping the earlier scoring and the id.
  auto risks = read({risk_row({{"title", "UEC capacity"}})}, c);
  ASSERT_EQ(risks.size(), 1u);
  EXPECT_EQ(risks[0].id, 42);
  EXPECT_EQ(risks[0].title, "UEC capacity");
  EXPECT_EQ(risks[0].history, (std::vector<RiskScoreEntry>{{d("2025-04-01"), {5, 4}, "Opened", "secretariat"},
                                                            {d("2026-03-10"), {4, 4}, "Winter pressures", "analyst"}}));

  // The same day again replaces that day's scoring only.
  c.existing = risks;
  risks = read({risk_row({{"current_likelihood", "3"}, {"note", "Escalation plan agreed"}})}, c);
  EXPECT_EQ(risks[0].history,
            (std::vector<RiskScoreEntry>{{d("2025-04-01"), {5, 4}, "Opened", "secretariat"},
                                         {d("2026-03-10"), {3, 4}, "Escalation plan agreed", "analyst"}}));

  // A scoring between two others takes its place in date order.
  c.existing = risks;
  risks = read({risk_row({{"assessed_on", "2025-10-01"}, {"note", "Winter"}})}, c);
  ASSERT_EQ(risks[0].history.size(), 3u);
  EXPECT_EQ(risks[0].history[1].date, d("2025-10-01"));
  EXPECT_EQ(risks[0].history[2].rating, (RiskRating{3, 4}));

  // A ref the register does not hold is new.
  c.existing = risks;
  risks = read({risk_row({{"ref", "SR02"}})}, c);
  EXPECT_EQ(risks[0].id, 0);
  EXPECT_EQ(risks[0].history.size(), 1u);
}

TEST(RisksCsv, ReadsObjectivesKeepingStoredIds) {
  const auto objectives = read_objectives_csv(
      parse_csv("ref,title,description\nSO1,Improve outcomes,In population health\nSO3,Value for money,\n",
                "objectives.csv"),
      {{7, "SO1", "Old title", ""}, {8, "SO2", "Tackle inequalities", ""}});
  EXPECT_EQ(objectives, (std::vector<StrategicObjective>{{7, "SO1", "Improve outcomes", "In population health"},
                                                         {0, "SO3", "Value for money", ""}}));
}

TEST(RisksCsv, ObjectiveProblemsWithTheirPlaces) {
  try {
    read_objectives_csv(parse_csv("ref,title,description\nSO1,Outcomes,\nSO1,Again,\n,No ref,\nSO4,,\n",
                                  "objectives.csv"),
                        {});
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_EQ(messages(e), (std::vector<std::string>{
                               "objectives.csv:3:1: duplicate ref \"SO1\" (first on line 2)",
                               "objectives.csv:4:1: empty ref",
                               "objectives.csv:5:2: empty title",
                           }));
  }
}

// ---- importing into the store ----

class RisksCsvImport : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = Store::open(":memory:");
    store_->upsert_metrics(standard_metric_catalogue());
  }
  RecordImportSummary import_objectives(const std::string& text) {
    return import_objectives_csv(parse_csv(text, "objectives.csv"), *store_, "analyst");
  }
  RecordImportSummary import_risks(const std::vector<std::string>& rows) {
    return import_risks_csv(parse_csv(risks_file(rows), "risks.csv"), *store_, "analyst");
  }
  std::unique_ptr<Store> store_;
};

constexpr const char* kObjectives = "ref,title,description\nSO1,Improve outcomes,\nSO2,Tackle inequalities,\n";

TEST_F(RisksCsvImport, ImportsObjectivesThenRisksAndReadsThemBack) {
  const auto objectives = import_objectives(kObjectives);
  EXPECT_EQ(objectives.created, 2u);
  EXPECT_EQ(objectives.updated, 0u);
  const auto again = import_objectives("ref,title,description\nSO2,Reduce inequalities,\nSO3,Value,\n");
  EXPECT_EQ(again.created, 1u);
  EXPECT_EQ(again.updated, 1u);
  const auto stored_objectives = store_->assurance().objectives();
  ASSERT_EQ(stored_objectives.size(), 3u);
  EXPECT_EQ(stored_objectives[1].title, "Reduce inequalities");

  const auto summary = import_risks({risk_row(), risk_row({{"ref", "SR02"}, {"objective_ref", "SO2"}})});
  EXPECT_EQ(summary.created, 2u);
  EXPECT_EQ(summary.updated, 0u);
  const auto sr01 = store_->assurance().risk_by_ref("SR01");
  ASSERT_TRUE(sr01);
  EXPECT_EQ(sr01->objective_id, stored_objectives[0].id);
  EXPECT_EQ(sr01->assurances[1], (AssuranceSource{"Integrated performance report", "second", "ae_4hr"}));
  EXPECT_EQ(sr01->history, (std::vector<RiskScoreEntry>{{d("2026-03-10"), {4, 4}, "Winter pressures", "analyst"}}));
  // What was read is what was stored, field for field.
  RiskImportContext c = context();
  c.objectives = stored_objectives;
  Risk expected = read({risk_row()}, c)[0];
  expected.id = sr01->id;
  EXPECT_EQ(*sr01, expected);
}

TEST_F(RisksCsvImport, ASecondImportMergesTheHistory) {
  import_objectives(kObjectives);
  import_risks({risk_row({{"assessed_on", "2026-02-10"}, {"current_likelihood", "5"}})});
  const int64_t id = store_->assurance().risk_by_ref("SR01")->id;
  const auto summary = import_risks({risk_row(), risk_row({{"ref", "SR02"}})});
  EXPECT_EQ(summary.created, 1u);
  EXPECT_EQ(summary.updated, 1u);
  const auto sr01 = store_->assurance().risk_by_ref("SR01");
  EXPECT_EQ(sr01->id, id);
  ASSERT_EQ(sr01->history.size(), 2u);
  EXPECT_EQ(sr01->history[0].rating, (RiskRating{5, 4}));
  EXPECT_EQ(sr01->history[1].rating, (RiskRating{4, 4}));
  import_risks({risk_row({{"current_consequence", "3"}})});  // the same day replaces
  EXPECT_EQ(store_->assurance().risk_by_ref("SR01")->history.back().rating, (RiskRating{4, 3}));
  EXPECT_EQ(store_->assurance().risk_by_ref("SR01")->history.size(), 2u);
}

TEST_F(RisksCsvImport, ABadFileLeavesTheStoreUnchanged) {
  import_objectives(kObjectives);
  import_risks({risk_row()});
  const auto before = store_->assurance().risks();
  try {
    import_risks({risk_row({{"current_likelihood", "1"}, {"assessed_on", "2026-03-31"}}), risk_row({{"ref", "SR02"}}),
                  risk_row({{"ref", "SR03"}, {"objective_ref", "SO9"}})});
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_EQ(messages(e), (std::vector<std::string>{"risks.csv:4:7: unknown objective \"SO9\""}));
  }
  EXPECT_EQ(store_->assurance().risks(), before);

  try {
    import_objectives("ref,title,description\nSO1,New title,\nSO5,,\n");
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_EQ(messages(e), (std::vector<std::string>{"objectives.csv:3:2: empty title"}));
  }
  EXPECT_EQ(store_->assurance().objectives()[0].title, "Improve outcomes");
  EXPECT_EQ(store_->assurance().objectives().size(), 2u);
}

}  // namespace
}  // namespace ics
