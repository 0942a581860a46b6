// The four finance feeds: exact reading of good files, every bad cell reported at its place, and
// all-or-nothing imports into the store.
#include "ingest/finance_csv.h"

#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/errors.h"
#include "store/store.h"

namespace ics {
namespace {

// Every problem message a reader throws, or none.
std::vector<std::string> problems_of(const std::function<void()>& read) {
  try {
    read();
    return {};
  } catch (const InputError& e) {
    std::vector<std::string> out;
    for (const auto& p : e.problems()) out.push_back(p.to_string());
    return out;
  }
}

CsvTable csv(const std::string& text, const char* source) { return parse_csv(text, source); }

constexpr const char* kLedgerHeader = "org_code,month,line,plan,actual,forecast\n";
constexpr const char* kEnvelopesHeader = "financial_year,kind,amount\n";
constexpr const char* kActivityHeader = "org_code,month,pod,plan,actual\n";
constexpr const char* kWorkforceHeader = "org_code,month,measure,plan,actual\n";

// In the store's order: organisation, month, line.
const std::string kGoodLedger = std::string(kLedgerHeader) +
                                "RAA,2024-04,income,\"1,234,567.89\",1234567.90,\n"
                                "RAA,2024-04,pay,1000.10,\"(1,000.10)\",\n"
                                "RAA,2024-04,capital,0.33,,0.34\n"
                                "RAA,2025-03,non-pay,£12.5,,-0.01\n"
                                "RBB,2024-04,non-operating,\"£1,000\",0,\n";

std::vector<LedgerEntry> good_ledger_entries() {
  return {
      {"RAA", {2024, 4}, FinanceLine::Income, 123456789, 123456790, std::nullopt},
      {"RAA", {2024, 4}, FinanceLine::Pay, 100010, -100010, std::nullopt},
      {"RAA", {2024, 4}, FinanceLine::Capital, 33, std::nullopt, 34},
      {"RAA", {2025, 3}, FinanceLine::NonPay, 1250, std::nullopt, -1},
      {"RBB", {2024, 4}, FinanceLine::NonOperating, 100000, 0, std::nullopt},
  };
}

TEST(FinanceCsvLedger, ReadsAGoodFileToThePenny) {
  EXPECT_EQ(read_ledger_csv(csv(kGoodLedger, "ledger.csv")), good_ledger_entries());
}

TEST(FinanceCsvLedger, ColumnsMayComeInAnyOrderAndMissingOnesAreAllNamed) {
  const auto entries = read_ledger_csv(csv("forecast,actual,plan,line,month,org_code\n5,,7,pay,2024-05,RAA\n", "l.csv"));
  EXPECT_EQ(entries, (std::vector<LedgerEntry>{{"RAA", {2024, 5}, FinanceLine::Pay, 700, std::nullopt, 500}}));
  EXPECT_EQ(problems_of([] { read_ledger_csv(csv("org_code,month,plan,actual\nRAA,2024-04,1,1\n", "l.csv")); }),
            (std::vector<std::string>{"l.csv:1: missing column \"line\"", "l.csv:1: missing column \"forecast\""}));
}

TEST(FinanceCsvLedger, ReportsEveryBadCellOnEveryRow) {
  const std::string text = std::string(kLedgerHeader) +
                           "RAA,2024-13,income,1,,\n"           // 2
                           "RAA,2024-04,salaries,1,,\n"         // 3
                           "RAA,2024-05,pay,1.234,12abc,\n"     // 4
                           ",2024-06,pay,1,,1e3\n"              // 5
                           "RAA,2024-07,pay,,,\n"               // 6
                           "RAA,2024-08,pay,\"1,23\",,\n"       // 7
                           "RAA,2024-09,pay,1,,\n"              // 8 good
                           "RAA,2024-09,pay,2,,\n"              // 9 the same key again
                           "RAA,2024-09,non-pay,1,,\n"          // 10 good
                           "RAA,2024,pay,(5,,\n";               // 11
  EXPECT_EQ(problems_of([&] { read_ledger_csv(csv(text, "ledger.csv")); }),
            (std::vector<std::string>{
                "ledger.csv:2:2: month \"2024-13\" is not a month (YYYY-MM)",
                "ledger.csv:3:3: line \"salaries\" is not one of income, pay, non-pay, non-operating, capital",
                "ledger.csv:4:4: plan \"1.234\" is not an amount in pounds (e.g. 1234.56 or (1,234.56))",
                "ledger.csv:4:5: actual \"12abc\" is not an amount in pounds (e.g. 1234.56 or (1,234.56))",
                "ledger.csv:5:1: empty org code",
                "ledger.csv:5:6: forecast \"1e3\" is not an amount in pounds (e.g. 1234.56 or (1,234.56))",
                "ledger.csv:6:4: plan is missing",
                "ledger.csv:7:4: plan \"1,23\" is not an amount in pounds (e.g. 1234.56 or (1,234.56))",
                "ledger.csv:9:1: duplicate row for org \"RAA\", month 2024-09, line \"pay\" (first on line 8)",
                "ledger.csv:11:2: month \"2024\" is not a month (YYYY-MM)",
                "ledger.csv:11:4: plan \"(5\" is not an amount in pounds (e.g. 1234.56 or (1,234.56))",
            }));
}

TEST(FinanceCsvEnvelopes, ReadsFinancialYearsAndKinds) {
  const auto envelopes = read_envelopes_csv(csv(std::string(kEnvelopesHeader) +
                                                    "2025/26,revenue,\"1,800,000,000.00\"\n"
                                                    "2025/26,capital,75000000\n"
                                                    "1999/00,capital,0\n",
                                                "envelopes.csv"));
  EXPECT_EQ(envelopes, (std::vector<Envelope>{{2025, EnvelopeKind::Revenue, 180'000'000'000},
                                              {2025, EnvelopeKind::Capital, 7'500'000'000},
                                              {1999, EnvelopeKind::Capital, 0}}));
}

TEST(FinanceCsvEnvelopes, ReportsBadYearsKindsAmountsAndDuplicates) {
  const std::string text = std::string(kEnvelopesHeader) +
                           "2025/27,revenue,1\n"    // 2
                           "2025-26,revenue,1\n"    // 3
                           "25/26,revenue,1\n"      // 4
                           "2025/26,revenu,1\n"     // 5
                           "2026/27,revenue,\n"     // 6
                           "2025/26,capital,-5\n"   // 7
                           "2025/26,revenue,10\n"   // 8 good
                           "2025/26,revenue,11\n"   // 9
                           "2025/2a,capital,x\n";   // 10
  EXPECT_EQ(problems_of([&] { read_envelopes_csv(csv(text, "envelopes.csv")); }),
            (std::vector<std::string>{
                "envelopes.csv:2:1: financial year \"2025/27\" is not a financial year (YYYY/YY, e.g. 2025/26)",
                "envelopes.csv:3:1: financial year \"2025-26\" is not a financial year (YYYY/YY, e.g. 2025/26)",
                "envelopes.csv:4:1: financial year \"25/26\" is not a financial year (YYYY/YY, e.g. 2025/26)",
                "envelopes.csv:5:2: kind \"revenu\" is not one of revenue, capital",
                "envelopes.csv:6:3: amount is missing",
                "envelopes.csv:7:3: amount \"-5\" is negative",
                "envelopes.csv:9:1: duplicate row for financial year 2025/26, kind \"revenue\" (first on line 8)",
                "envelopes.csv:10:1: financial year \"2025/2a\" is not a financial year (YYYY/YY, e.g. 2025/26)",
                "envelopes.csv:10:3: amount \"x\" is not an amount in pounds (e.g. 1234.56 or (1,234.56))",
            }));
}

TEST(FinanceCsvActivity, ReadsWholeCounts) {
  const auto entries = read_activity_csv(csv(std::string(kActivityHeader) +
                                                 "RAA,2024-04,day case,120,118\n"
                                                 "RAA,2024-04,a&e,0,\n"
                                                 "RBB,2024-05,outpatient follow-up,3000000000,2999999999\n",
                                             "activity.csv"));
  EXPECT_EQ(entries, (std::vector<ActivityEntry>{
                         {"RAA", {2024, 4}, ActivityPod::DayCase, 120, 118},
                         {"RAA", {2024, 4}, ActivityPod::AandE, 0, std::nullopt},
                         {"RBB", {2024, 5}, ActivityPod::OutpatientFollowUp, 3'000'000'000, 2'999'999'999},
                     }));
}

TEST(FinanceCsvActivity, ReportsBadPodsCountsAndDuplicates) {
  const std::string text = std::string(kActivityHeader) +
                           "RAA,2024-04,daycase,1,1\n"      // 2
                           "RAA,2024-04,day case,1.5,-3\n"  // 3
                           "RAA,2024-05,day case,,\n"       // 4
                           "RAA,2024-06,day case,1,\n"      // 5 good
                           "RAA,2024-06,day case,2,2\n";    // 6
  EXPECT_EQ(problems_of([&] { read_activity_csv(csv(text, "activity.csv")); }),
            (std::vector<std::string>{
                "activity.csv:2:3: pod \"daycase\" is not one of elective ordinary, day case, outpatient first, "
                "outpatient follow-up, a&e, non-elective, diagnostics",
                "activity.csv:3:4: plan \"1.5\" is not a whole count",
                "activity.csv:3:5: actual \"-3\" is not a whole count",
                "activity.csv:4:4: plan is missing",
                "activity.csv:6:1: duplicate row for org \"RAA\", month 2024-06, pod \"day case\" (first on line 5)",
            }));
}

TEST(FinanceCsvWorkforce, ReadsNumbersEitherOfWhichMayBeEmpty) {
  const auto entries = read_workforce_csv(csv(std::string(kWorkforceHeader) +
                                                  "RAA,2024-04,substantive wte,1000.5,990.25\n"
                                                  "RAA,2024-04,sickness %,,4.7\n"
                                                  "RAA,2024-04,vacancy %,8,\n",
                                              "workforce.csv"));
  EXPECT_EQ(entries, (std::vector<WorkforceEntry>{
                         {"RAA", {2024, 4}, WorkforceMeasure::SubstantiveWte, 1000.5, 990.25},
                         {"RAA", {2024, 4}, WorkforceMeasure::SicknessRate, std::nullopt, 4.7},
                         {"RAA", {2024, 4}, WorkforceMeasure::VacancyRate, 8, std::nullopt},
                     }));
}

TEST(FinanceCsvWorkforce, ReportsEmptyPairsBadNumbersRatesAndDuplicates) {
  const std::string text = std::string(kWorkforceHeader) +
                           "RAA,2024-04,agency wte,,\n"        // 2
                           "RAA,2024-04,bank wte,n/a,-1\n"     // 3
                           "RAA,2024-04,sickness %,120,5\n"    // 4
                           "RAA,2024-04,headcount,1,1\n"       // 5
                           "RAA,2024-05,bank wte,150,\n"       // 6 good: WTE may pass 100
                           "RAA,2024-05,bank wte,1,1\n";       // 7
  EXPECT_EQ(problems_of([&] { read_workforce_csv(csv(text, "workforce.csv")); }),
            (std::vector<std::string>{
                "workforce.csv:2:4: plan and actual are both empty",
                "workforce.csv:3:4: plan \"n/a\" is not a number",
                "workforce.csv:3:5: actual \"-1\" is negative",
                "workforce.csv:4:4: plan \"120\" is not a percentage (0 to 100)",
                "workforce.csv:5:3: measure \"headcount\" is not one of substantive wte, bank wte, agency wte, "
                "sickness %, vacancy %",
                "workforce.csv:7:1: duplicate row for org \"RAA\", month 2024-05, measure \"bank wte\" (first on line 6)",
            }));
}

class FinanceCsvImport : public ::testing::Test {
 protected:
  void SetUp() override { store_ = Store::open(":memory:"); }
  FinanceStore& finance() { return store_->finance(); }
  std::unique_ptr<Store> store_;
};

TEST_F(FinanceCsvImport, AGoodLedgerStoresEveryRowAndReimportsUnchanged) {
  const auto summary = import_ledger_csv(csv(kGoodLedger, "ledger.csv"), *store_);
  EXPECT_EQ(summary.added, 5u);
  EXPECT_EQ(finance().ledger(2024), good_ledger_entries());
  const auto again = import_ledger_csv(csv(kGoodLedger, "ledger.csv"), *store_);
  EXPECT_EQ(again.added, 0u);
  EXPECT_EQ(again.unchanged, 5u);
}

TEST_F(FinanceCsvImport, ABadLedgerStoresNothing) {
  const std::string bad = kGoodLedger + "RBB,2024-05,pay,oops,,\n";
  EXPECT_EQ(problems_of([&] { import_ledger_csv(csv(bad, "ledger.csv"), *store_); }),
            (std::vector<std::string>{
                "ledger.csv:7:4: plan \"oops\" is not an amount in pounds (e.g. 1234.56 or (1,234.56))"}));
  EXPECT_TRUE(finance().ledger(2024).empty());
  EXPECT_TRUE(finance().ledger_years().empty());
}

TEST_F(FinanceCsvImport, EnvelopesAllOrNothing) {
  const std::string good = std::string(kEnvelopesHeader) + "2025/26,revenue,100\n2025/26,capital,50.5\n";
  EXPECT_FALSE(problems_of([&] { import_envelopes_csv(csv(good + "2025/26,capital,1\n", "e.csv"), *store_); }).empty());
  EXPECT_TRUE(finance().envelopes(2025).empty());
  EXPECT_EQ(import_envelopes_csv(csv(good, "e.csv"), *store_).added, 2u);
  EXPECT_EQ(finance().envelopes(2025), (std::vector<Envelope>{{2025, EnvelopeKind::Revenue, 10'000},
                                                              {2025, EnvelopeKind::Capital, 5'050}}));
}

TEST_F(FinanceCsvImport, ActivityAllOrNothing) {
  const std::string good = std::string(kActivityHeader) + "RAA,2024-04,day case,10,9\nRAA,2024-05,non-elective,7,\n";
  EXPECT_FALSE(problems_of([&] { import_activity_csv(csv(good + "RAA,2024-06,day case,x,\n", "a.csv"), *store_); })
                   .empty());
  EXPECT_TRUE(finance().activity({2024, 1}, {2024, 12}).empty());
  EXPECT_EQ(import_activity_csv(csv(good, "a.csv"), *store_).added, 2u);
  EXPECT_EQ(finance().activity({2024, 1}, {2024, 12}),
            (std::vector<ActivityEntry>{{"RAA", {2024, 4}, ActivityPod::DayCase, 10, 9},
                                        {"RAA", {2024, 5}, ActivityPod::NonElective, 7, std::nullopt}}));
}

TEST_F(FinanceCsvImport, WorkforceAllOrNothing) {
  const std::string good = std::string(kWorkforceHeader) + "RAA,2024-04,agency wte,12.5,14\nRAA,2024-04,vacancy %,,7.25\n";
  EXPECT_FALSE(problems_of([&] { import_workforce_csv(csv(good + "RAA,2024-04,vacancy %,,\n", "w.csv"), *store_); })
                   .empty());
  EXPECT_TRUE(finance().workforce({2024, 1}, {2024, 12}).empty());
  EXPECT_EQ(import_workforce_csv(csv(good, "w.csv"), *store_).added, 2u);
  EXPECT_EQ(finance().workforce({2024, 1}, {2024, 12}),
            (std::vector<WorkforceEntry>{{"RAA", {2024, 4}, WorkforceMeasure::AgencyWte, 12.5, 14},
                                         {"RAA", {2024, 4}, WorkforceMeasure::VacancyRate, std::nullopt, 7.25}}));
}

}  // namespace
}  // namespace ics
