// `ics import` for the assurance and finance feeds: for every kind a good file is stored and a bad file
// with several bad rows exits 2, lists every problem at its file:line:column, and leaves the store
// exactly as it was (the whole store's contents are compared before and after).
#include <gtest/gtest.h>

#include <map>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "cli_runner.h"
#include "store/store.h"

namespace ics {
namespace {

using testing::CliResult;
using testing::run_ics;
using testing::ScratchDir;

// Everything the assurance and finance feeds write, and the size of the audit trail.
struct StoreContents {
  std::vector<StrategicObjective> objectives;
  std::vector<Risk> risks;
  std::vector<Priority> priorities;
  std::vector<Programme> programmes;
  std::vector<int> ledger_years;
  std::vector<LedgerEntry> ledger;
  std::vector<Envelope> envelopes;
  std::vector<ActivityEntry> activity;
  std::vector<WorkforceEntry> workforce;
  size_t audit_rows = 0;
  bool operator==(const StoreContents&) const = default;
};

StoreContents contents_of(const std::string& db) {
  auto store = Store::open(db);
  StoreContents c;
  AssuranceStore& a = store->assurance();
  c.objectives = a.objectives();
  c.risks = a.risks();
  c.priorities = a.priorities();
  c.programmes = a.programmes();
  FinanceStore& f = store->finance();
  c.ledger_years = f.ledger_years();
  for (int year : c.ledger_years)
    for (const auto& e : f.ledger(year)) c.ledger.push_back(e);
  for (int year = 2000; year <= 2040; ++year)
    for (const auto& e : f.envelopes(year)) c.envelopes.push_back(e);
  c.activity = f.activity({2000, 1}, {2040, 12});
  c.workforce = f.workforce({2000, 1}, {2040, 12});
  c.audit_rows = store->governance().audit_trail("", std::nullopt, 1'000'000).size();
  return c;
}

// The POG and the Quality Group, which priorities and products name.
void add_committees(const std::string& db) {
  auto store = Store::open(db);
  for (const auto& [code, name] : std::vector<std::pair<std::string, std::string>>{
           {"POG", "Performance Oversight Group"}, {"QG", "Quality Group"}}) {
    Committee c;
    c.code = code;
    c.name = name;
    c.purpose = "Assures the board";
    c.frequency = "Monthly";
    store->governance().save_committee(c, "test");
  }
}

CliResult import(const std::string& kind, const std::string& file, const std::string& db, const ScratchDir& dir) {
  return run_ics("import " + kind + " '" + file + "' --db '" + db + "'", dir);
}

struct Problem {
  int line;
  int column;
  std::string words;  // what the message says, in part
};

// err holds exactly these problems, in order, each "file:line:column: message" with its words.
void expect_problems(const std::string& err, const std::string& file, const std::vector<Problem>& expected) {
  std::vector<std::string> lines;
  std::istringstream in(err);
  for (std::string l; std::getline(in, l);) lines.push_back(l);
  ASSERT_EQ(lines.size(), expected.size()) << err;
  for (size_t i = 0; i < lines.size(); ++i) {
    const auto& p = expected[i];
    const std::string place = file + ":" + std::to_string(p.line) + ":" + std::to_string(p.column) + ": ";
    EXPECT_EQ(lines[i].rfind(place, 0), 0u) << "expected " << place << "\n got " << lines[i];
    EXPECT_NE(lines[i].find(p.words), std::string::npos) << "expected \"" << p.words << "\" in " << lines[i];
  }
}

// Imports `bad` into a store and checks that it fails with exactly `expected` and changes nothing.
void expect_rejected(const std::string& kind, const std::string& bad, const std::string& db,
                     const std::vector<Problem>& expected, const ScratchDir& dir) {
  const StoreContents before = contents_of(db);
  const auto r = import(kind, bad, db, dir);
  EXPECT_EQ(r.exit_code, 2) << r.out;
  EXPECT_EQ(r.out, "");
  expect_problems(r.err, bad, expected);
  EXPECT_TRUE(contents_of(db) == before) << "a rejected " << kind << " file changed the store";
}

// A risks.csv row: the defaults with some columns replaced.
const std::vector<std::pair<std::string, std::string>> kRiskDefaults{
    {"ref", "SR01"}, {"title", "Urgent care demand exceeds capacity"},
    {"cause", "Because of rising demand and delayed discharges"},
    {"event", "there is a risk that patients wait too long"}, {"effect", "resulting in avoidable harm"},
    {"category", "Performance"}, {"objective_ref", "SO1"}, {"owner", "Director of Performance and Delivery"},
    {"org_code", ""}, {"level", "system"}, {"confidential", "no"}, {"confidential_reason", ""},
    {"status", "open"}, {"opened_on", "2025-04-01"}, {"initial_likelihood", "5"}, {"initial_consequence", "4"},
    {"current_likelihood", "4"}, {"current_consequence", "4"}, {"assessed_on", "2026-03-15"},
    {"target_likelihood", "2"}, {"target_consequence", "4"}, {"target_date", "2027-03-31"},
    {"controls", "Winter plan; Daily system control centre"}, {"gaps_in_control", "Social care capacity"},
    {"assurances", "second line: A&E 4-hour performance [ae_4hr]; third line: Internal audit"},
    {"gaps_in_assurance", ""}, {"review_date", "2026-04-15"}, {"note", "Winter pressure"}};

std::string risk_header() {
  std::string out;
  for (const auto& [column, value] : kRiskDefaults) out += std::string(out.empty() ? "" : ",") + column;
  return out + "\n";
}

std::string risk_row(const std::map<std::string, std::string>& changes) {
  std::string out;
  for (const auto& [column, value] : kRiskDefaults) {
    auto it = changes.find(column);
    const std::string& cell = it == changes.end() ? value : it->second;
    out += std::string(out.empty() ? "" : ",") + "\"" + cell + "\"";
  }
  return out + "\n";
}

TEST(ImportAssuranceCli, ObjectivesAreStoredAndABadFileChangesNothing) {
  ScratchDir dir;
  const std::string db = dir.file("ics.db");
  const std::string good = dir.write("objectives.csv",
                                     "ref,title,description\n"
                                     "SO1,Improve outcomes in population health and healthcare,Healthy life\n"
                                     "SO2,Tackle inequalities in outcomes,Core20PLUS5\n");
  auto r = import("objectives", good, db, dir);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "imported 2 objectives (2 new, 0 updated) from " + good + "\n");
  const auto stored = contents_of(db).objectives;
  ASSERT_EQ(stored.size(), 2u);
  EXPECT_EQ(stored[1].title, "Tackle inequalities in outcomes");

  r = import("objectives", dir.write("again.csv", "ref,title,description\nSO2,Tackle inequalities,x\n"), db, dir);
  EXPECT_EQ(r.out, "imported 1 objectives (0 new, 1 updated) from " + dir.file("again.csv") + "\n");

  const std::string bad = dir.write("bad.csv",
                                    "ref,title,description\n"
                                    "SO1,Improve outcomes (revised),would change the store\n"
                                    ",No ref,x\n"
                                    "SO3,,x\n"
                                    "SO1,Again,x\n");
  expect_rejected("objectives", bad, db, {{3, 1, "empty ref"}, {4, 2, "empty title"}, {5, 1, "duplicate ref \"SO1\""}},
                  dir);
}

TEST(ImportAssuranceCli, RisksAreStoredAndABadFileChangesNothing) {
  ScratchDir dir;
  const std::string db = dir.file("ics.db");
  ASSERT_EQ(import("objectives", dir.write("o.csv", "ref,title,description\nSO1,Outcomes,x\n"), db, dir).exit_code, 0);
  const std::string good = dir.write("risks.csv", risk_header() + risk_row({}) +
                                                      risk_row({{"ref", "SR02"}, {"level", "organisation"},
                                                                {"org_code", "RX1"}, {"confidential", "yes"},
                                                                {"confidential_reason", "FOI Act s43"}}));
  auto r = import("risks", good, db, dir);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "imported 2 risks (2 new, 0 updated) from " + good + "\n");
  const auto risks = contents_of(db).risks;
  ASSERT_EQ(risks.size(), 2u);
  EXPECT_EQ(risks[0].history.back().rating, (RiskRating{4, 4}));
  ASSERT_EQ(risks[0].assurances.size(), 2u);
  EXPECT_EQ(risks[0].assurances[0].metric_id, "ae_4hr");
  EXPECT_TRUE(risks[1].confidential);

  const std::string bad = dir.write(
      "bad.csv", risk_header() + risk_row({{"current_likelihood", "5"}, {"assessed_on", "2026-04-15"}}) +
                     risk_row({{"ref", "SR03"}, {"level", "region"}}) +
                     risk_row({{"ref", "SR04"}, {"objective_ref", "SO9"}}) +
                     risk_row({{"ref", "SR05"}, {"assessed_on", "15/03/2026"}}) +
                     risk_row({{"ref", "SR06"}, {"assurances", "second line: Bed occupancy [bed_occ]"}}) +
                     risk_row({{"ref", "SR07"}, {"confidential", "yes"}}) + risk_row({}));
  expect_rejected("risks", bad, db,
                  {{3, 10, "level \"region\""},
                   {4, 7, "unknown objective \"SO9\""},
                   {5, 19, "assessed_on \"15/03/2026\""},
                   {6, 25, "unknown metric id \"bed_occ\""},
                   {7, 12, "confidential"},
                   {8, 1, "duplicate ref \"SR01\""}},
                  dir);
}

TEST(ImportAssuranceCli, DeliverablesAreStoredAndABadFileChangesNothing) {
  ScratchDir dir;
  const std::string db = dir.file("ics.db");
  add_committees(db);
  const std::string header = "ref,type,description,overseeing_group,plan_year,stocktake,brag,progress,superseded_by,"
                             "superseded_from\n";
  const std::string good =
      dir.write("deliverables.csv", header +
                                        "NO1.1,national,A&E 4-hour performance to 78%,POG,2025/26,2025-09,A,75.2%,,\n"
                                        "NO1.1,national,A&E 4-hour performance to 78%,POG,2025/26,2025-12,R,72.4%,,\n"
                                        "NO4.1,national,Out-of-area placements,Quality Group,2025/26,2025-12,A,19,,\n");
  auto r = import("deliverables", good, db, dir);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "imported 2 priorities (2 new, 0 updated) from " + good + "\n");
  const auto priorities = contents_of(db).priorities;
  ASSERT_EQ(priorities.size(), 2u);
  ASSERT_EQ(priorities[0].ratings.size(), 2u);
  EXPECT_EQ(priorities[0].ratings[1].rating, Brag::Red);

  const std::string bad =
      dir.write("bad.csv", header +
                               "NO1.1,national,A&E 4-hour performance to 78%,POG,2025/26,2026-03,G,78.1%,,\n"
                               "NO2.1,regional,65-week waits,POG,2025/26,2025-12,G,x,,\n"
                               "NO2.2,national,18 weeks,Audit Committee,2025/26,2025-12,A,x,,\n"
                               "NO2.3,national,Faster diagnosis,POG,2025/26,Q3,G,x,,\n"
                               "NO2.4,national,62 days,POG,2025/26,2025-12,P,x,,\n"
                               "NO1.1,national,A&E 4-hour performance to 78%,POG,2025/26,2026-03,A,again,,\n");
  expect_rejected("deliverables", bad, db,
                  {{3, 2, "type \"regional\""},
                   {4, 4, "unknown overseeing group \"Audit Committee\""},
                   {5, 6, "stocktake \"Q3\""},
                   {6, 7, "BRAG rating \"P\""},
                   {7, 6, "duplicate rating for NO1.1"}},
                  dir);
}

const char* kProgrammesHeader = "ref,name,pillar,sro,clinical_lead,finance_lead,status,status_reason,kpis,funding_m\n";
const char* kProgrammes =
    "P01,Urgent and emergency care,Integration by default,Director of Performance and Delivery,Medical Director,"
    "Deputy Chief Finance Officer,in progress,,ae_4hr;amb_cat2_mean,12.40\n"
    "P02,Elective recovery,Productivity and value,Chief Executive,Medical Director,Chief Finance Officer,delayed,"
    "Industrial action,rtt_18wk,8.75\n";

TEST(ImportAssuranceCli, ProgrammesAreStoredAndABadFileChangesNothing) {
  ScratchDir dir;
  const std::string db = dir.file("ics.db");
  const std::string good = dir.write("programmes.csv", std::string(kProgrammesHeader) + kProgrammes);
  auto r = import("programmes", good, db, dir);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "imported 2 programmes (2 new, 0 updated) from " + good + "\n");
  const auto programmes = contents_of(db).programmes;
  ASSERT_EQ(programmes.size(), 2u);
  EXPECT_EQ(programmes[0].funding_pence, 1'240'000'000);
  EXPECT_EQ(programmes[0].metric_ids, (std::vector<std::string>{"ae_4hr", "amb_cat2_mean"}));
  EXPECT_EQ(programmes[1].status, ProgrammeStatus::Delayed);

  const std::string bad = dir.write("bad.csv", std::string(kProgrammesHeader) +
                                                   "P01,Urgent and emergency care,I,S,C,F,in progress,,ae_4hr,13.00\n"
                                                   "P03,Diagnostics,P,S,C,F,late,,diag_6wk,1\n"
                                                   "P04,Mental health,P,S,C,F,new,,ae_4hr;ae_5hr,1\n"
                                                   "P05,Primary care,P,S,C,F,new,,,twelve\n"
                                                   "P01,Again,P,S,C,F,new,,,1\n");
  expect_rejected("programmes", bad, db,
                  {{3, 7, "status \"late\""},
                   {4, 9, "unknown metric id \"ae_5hr\""},
                   {5, 10, "funding \"twelve\""},
                   {6, 1, "duplicate programme ref \"P01\""}},
                  dir);
}

TEST(ImportAssuranceCli, ProductsAreStoredAndABadFileChangesNothing) {
  ScratchDir dir;
  const std::string db = dir.file("ics.db");
  add_committees(db);
  ASSERT_EQ(import("programmes", dir.write("p.csv", std::string(kProgrammesHeader) + kProgrammes), db, dir).exit_code, 0);
  const std::string header = "programme_ref,product,details,committee,purpose,planned_date,outcome,outcome_detail\n";
  const std::string good = dir.write("products.csv", header +
                                                         "P01,Winter plan,Surge plan,POG,approval,2025-10-14,approved,\n"
                                                         "P01,SDEC business case,24 hours,QG,approval,2026-05-12,,\n"
                                                         "P02,Theatre plan,GIRFT,POG,endorsement,2025-11-11,endorsed,\n");
  auto r = import("products", good, db, dir);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "imported 3 products for 2 programmes from " + good + "\n");
  const auto programmes = contents_of(db).programmes;
  ASSERT_EQ(programmes[0].products.size(), 2u);
  EXPECT_EQ(programmes[0].products[0].outcome, ProductOutcome::Approved);
  EXPECT_FALSE(programmes[0].products[1].outcome);

  // A bad row keeps its programme's schedule from being checked whole, so the rule on outcomes is broken
  // in a programme with no other bad row.
  const std::string bad =
      dir.write("bad.csv", header +
                               "P01,Winter plan,Surge plan,POG,approval,2025-10-14,deferred,Capital to confirm\n"
                               "P09,Strategy,x,POG,approval,2026-01-10,,\n"
                               "P02,Urgent care strategy,x,Board of Governors,endorsement,2026-01-10,,\n"
                               "P02,Waiting list report,x,POG,information,2026-01-10,,\n"
                               "P02,Theatre list,x,POG,noting,next week,,\n"
                               "P01,Capacity plan,x,POG,approval,2026-01-10,noted,\n");
  expect_rejected("products", bad, db,
                  {{3, 1, "unknown programme \"P09\""},
                   {4, 4, "unknown committee \"Board of Governors\""},
                   {5, 5, "purpose \"information\""},
                   {6, 6, "planned date \"next week\""},
                   {7, 7, "programme P01: "}},
                  dir);
}

TEST(ImportAssuranceCli, TheFinanceLedgerIsStoredAndABadFileChangesNothing) {
  ScratchDir dir;
  const std::string db = dir.file("ics.db");
  const std::string header = "org_code,month,line,plan,actual,forecast\n";
  const std::string good = dir.write("ledger.csv", header +
                                                       "RX1,2025-04,income,117716666.66,118070000.00,\n"
                                                       "RX1,2025-04,pay,\"73,275,000.00\",74374125.01,\n"
                                                       "RX1,2026-03,pay,73275000,,73900000\n");
  auto r = import("finance", good, db, dir);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "imported 3 ledger rows (3 new, 0 revised) from " + good + "\n");
  const auto ledger = contents_of(db).ledger;
  ASSERT_EQ(ledger.size(), 3u);
  EXPECT_EQ(ledger[0].plan, 11'771'666'666);
  EXPECT_EQ(ledger[1].actual, 7'437'412'501);
  EXPECT_EQ(ledger[2].forecast, 7'390'000'000);

  const std::string bad = dir.write("bad.csv", header +
                                                   "RX1,2025-04,income,117716666.66,118000000.00,\n"
                                                   ",2025-05,pay,1,,\n"
                                                   "RX1,April 2025,pay,1,,\n"
                                                   "RX1,2025-05,salaries,1,,\n"
                                                   "RX1,2025-05,pay,12.345,,\n"
                                                   "RX1,2025-04,income,1,,\n");
  expect_rejected("finance", bad, db,
                  {{3, 1, "empty org code"},
                   {4, 2, "month \"April 2025\""},
                   {5, 3, "line \"salaries\""},
                   {6, 4, "plan \"12.345\""},
                   {7, 1, "duplicate row"}},
                  dir);
}

TEST(ImportAssuranceCli, EnvelopesAreStoredAndABadFileChangesNothing) {
  ScratchDir dir;
  const std::string db = dir.file("ics.db");
  const std::string good =
      dir.write("envelopes.csv", "financial_year,kind,amount\n2025/26,revenue,6945500000.00\n2025/26,capital,157400000\n");
  auto r = import("envelopes", good, db, dir);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "imported 2 envelopes (2 new, 0 revised) from " + good + "\n");
  const auto envelopes = contents_of(db).envelopes;
  ASSERT_EQ(envelopes.size(), 2u);
  for (const auto& e : envelopes)
    EXPECT_EQ(e.amount, e.kind == EnvelopeKind::Revenue ? 694'550'000'000 : 15'740'000'000);
  const std::string bad = dir.write("bad.csv",
                                    "financial_year,kind,amount\n"
                                    "2025/26,revenue,6950000000\n"
                                    "2025-26,capital,1\n"
                                    "2026/27,loan,1\n"
                                    "2026/27,capital,(5.00)\n"
                                    "2025/26,revenue,1\n");
  expect_rejected("envelopes", bad, db,
                  {{3, 1, "financial year \"2025-26\""},
                   {4, 2, "kind \"loan\""},
                   {5, 3, "negative"},
                   {6, 1, "duplicate row"}},
                  dir);
}

TEST(ImportAssuranceCli, ActivityIsStoredAndABadFileChangesNothing) {
  ScratchDir dir;
  const std::string db = dir.file("ics.db");
  const std::string header = "org_code,month,pod,plan,actual\n";
  const std::string good =
      dir.write("activity.csv", header + "RX1,2025-04,day case,8600,8428\nRX1,2025-04,a&e,16800,17472\n"
                                         "RX1,2025-05,day case,8900,\n");
  auto r = import("activity", good, db, dir);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "imported 3 activity rows (3 new, 0 revised) from " + good + "\n");
  const auto activity = contents_of(db).activity;
  ASSERT_EQ(activity.size(), 3u);
  EXPECT_EQ(activity[0].month, (Month{2025, 4}));
  EXPECT_EQ(activity[2].actual, std::nullopt);
  EXPECT_EQ(activity[0].actual.value_or(0) + activity[1].actual.value_or(0), 8428 + 17472);

  r = import("activity", good, db, dir);
  EXPECT_EQ(r.out, "imported 3 activity rows (0 new, 0 revised, 3 unchanged) from " + good + "\n");

  const std::string bad = dir.write("bad.csv", header +
                                                   "RX1,2025-04,day case,8600,8500\n"
                                                   "RX1,2025-05,theatre,1,1\n"
                                                   "RX1,2025-05,day case,8600.5,\n"
                                                   "RK5,2025-13,day case,1,\n"
                                                   "RX1,2025-04,day case,1,\n");
  expect_rejected("activity", bad, db,
                  {{3, 3, "pod \"theatre\""},
                   {4, 4, "plan \"8600.5\""},
                   {5, 2, "month \"2025-13\""},
                   {6, 1, "duplicate row"}},
                  dir);
}

TEST(ImportAssuranceCli, WorkforceIsStoredAndABadFileChangesNothing) {
  ScratchDir dir;
  const std::string db = dir.file("ics.db");
  const std::string header = "org_code,month,measure,plan,actual\n";
  const std::string good = dir.write("workforce.csv", header +
                                                          "RX1,2025-04,substantive wte,16850,16715.2\n"
                                                          "RX1,2025-04,sickness %,4.8,5.1\n"
                                                          "RX9,2025-04,vacancy %,,6.2\n");
  auto r = import("workforce", good, db, dir);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "imported 3 workforce rows (3 new, 0 revised) from " + good + "\n");
  const auto workforce = contents_of(db).workforce;
  ASSERT_EQ(workforce.size(), 3u);
  EXPECT_EQ(workforce[2].org_code, "RX9");
  EXPECT_FALSE(workforce[2].plan);
  EXPECT_EQ(workforce[2].actual, 6.2);

  const std::string bad = dir.write("bad.csv", header +
                                                   "RX1,2025-04,sickness %,4.8,5.4\n"
                                                   "RX1,2025-05,headcount,1,1\n"
                                                   "RX1,2025-05,agency wte,-3,1\n"
                                                   "RX1,2025-05,vacancy %,6.5,140\n"
                                                   "RX1,2025-05,bank wte,,\n"
                                                   "RX1,2025-04,sickness %,4.8,5.0\n");
  expect_rejected("workforce", bad, db,
                  {{3, 3, "measure \"headcount\""},
                   {4, 4, "negative"},
                   {5, 5, "percentage"},
                   {6, 4, "both empty"},
                   {7, 1, "duplicate row"}},
                  dir);
}

}  // namespace
}  // namespace ics
