#include <gtest/gtest.h>

#include "core/errors.h"
#include "ingest/programmes_csv.h"
#include "performance/metric_catalogue.h"
#include "store/store.h"

namespace ics {
namespace {

const std::string kProgrammes =
    "ref,name,pillar,sro,clinical_lead,finance_lead,status,status_reason,kpis,funding_m\n";
const std::string kProducts =
    "programme_ref,product,details,committee,purpose,planned_date,outcome,outcome_detail\n";
const std::set<std::string> kMetrics{"ae_4hr", "ae_12hr", "rtt_18wk"};

Date d(int y, int m, int day) { return Date::from_ymd(y, m, day); }

std::vector<Committee> committees() {
  Committee board, pog;
  board.id = 1, board.code = "ICSB", board.name = "Integrated Care Board";
  pog.id = 2, pog.code = "POG", pog.name = "Performance Oversight Group";
  return {board, pog};
}

ProgrammeProduct product(std::string name, int64_t committee, ProductPurpose purpose, Date planned,
                         std::optional<ProductOutcome> outcome = std::nullopt, std::string details = "",
                         std::string outcome_detail = "") {
  return ProgrammeProduct{std::move(name), std::move(details), committee, purpose, planned, outcome,
                          std::move(outcome_detail)};
}

Programme stored_programme(int64_t id, std::string ref) {
  Programme p;
  p.id = id;
  p.ref = std::move(ref);
  p.name = "Urgent and emergency care";
  p.products = {product("Outline business case", 2, ProductPurpose::Approval, d(2026, 1, 14))};
  return p;
}

template <class Read>
std::vector<std::string> problems_of(Read read) {
  try {
    read();
  } catch (const InputError& e) {
    std::vector<std::string> got;
    for (const auto& p : e.problems()) got.push_back(p.to_string());
    return got;
  }
  ADD_FAILURE() << "expected InputError";
  return {};
}

TEST(ProgrammesCsv, ReadsProgrammesExactToThePenny) {
  const auto got = read_programmes_csv(
      parse_csv(kProgrammes +
                    "P01,Urgent and emergency care,Integration,Jane Smith,Dr Ali Khan,Tom Brown,Delayed,"
                    "Estates survey late,ae_4hr; ae_12hr,12.40\n"
                    "P02,Healthy weight,Prevention,Sam Jones,,,new,,,\n",
                "programmes.csv"),
      {}, kMetrics);
  Programme uec;
  uec.ref = "P01";
  uec.name = "Urgent and emergency care";
  uec.pillar = "Integration";
  uec.sro = "Jane Smith";
  uec.clinical_lead = "Dr Ali Khan";
  uec.finance_lead = "Tom Brown";
  uec.status = ProgrammeStatus::Delayed;
  uec.status_reason = "Estates survey late";
  uec.metric_ids = {"ae_4hr", "ae_12hr"};
  uec.funding_pence = 1'240'000'000;  // £12.40m
  Programme weight;
  weight.ref = "P02";
  weight.name = "Healthy weight";
  weight.pillar = "Prevention";
  weight.sro = "Sam Jones";
  weight.status = ProgrammeStatus::New;
  EXPECT_EQ(got, (std::vector<Programme>{uec, weight}));
}

TEST(ProgrammesCsv, AnExistingProgrammeKeepsItsIdAndProducts) {
  const auto stored = stored_programme(5, "P01");
  const auto got = read_programmes_csv(
      parse_csv(kProgrammes + "P01,UEC,Integration,Jane Smith,,,accelerated,,rtt_18wk,0.5\n", "programmes.csv"),
      {stored}, kMetrics);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].id, 5);
  EXPECT_EQ(got[0].name, "UEC");
  EXPECT_EQ(got[0].status, ProgrammeStatus::Accelerated);
  EXPECT_EQ(got[0].funding_pence, 50'000'000);
  EXPECT_EQ(got[0].products, stored.products);
}

TEST(ProgrammesCsv, ReportsEveryProblemWithItsPlace) {
  EXPECT_EQ(problems_of([] {
              read_programmes_csv(parse_csv(kProgrammes +
                                                "P01,UEC,,,,,in progress,,,1\n"
                                                "P01,UEC again,,,,,in progress,,,1\n"
                                                ",No ref,,,,,stalled,,ae_4hr;ae_4hr;bogus,12.4.0\n"
                                                "P07,Refund,,,,,new,,,(0.5)\n"
                                                "P08,,,,,,new,,,\n",
                                            "programmes.csv"),
                                  {}, kMetrics);
            }),
            (std::vector<std::string>{
                "programmes.csv:3:1: duplicate programme ref \"P01\" (first on line 2)",
                "programmes.csv:4:1: empty ref",
                "programmes.csv:4:7: status \"stalled\" is not one of new, in progress, accelerated, delayed, paused, "
                "closed",
                "programmes.csv:4:9: metric id \"ae_4hr\" is listed twice",
                "programmes.csv:4:9: unknown metric id \"bogus\"",
                "programmes.csv:4:10: funding \"12.4.0\" is not an amount in £m like 12.40",
                "programmes.csv:5:10: programme P07: Funding must be £0m or more",
                "programmes.csv:6:2: programme P08: Enter the programme's name",
            }));
}

TEST(ProgrammesCsv, ProductsJoinStoredProgrammesByPlannedDate) {
  auto uec = stored_programme(5, "P01");
  const auto got = read_programme_products_csv(
      parse_csv(kProducts +
                    "P01,Full business case,Community diagnostic centre,integrated care board,Approval,2026-04-01,,\n"
                    "P01,Outline business case,Revised,POG,approval,2026-01-14,deferred,Costs pending\n"
                    "P01,Evaluation plan,,POG,noting,2026-02-10,noted,\n",
                "products.csv"),
      {uec, stored_programme(6, "P02")}, committees());
  uec.products = {
      product("Outline business case", 2, ProductPurpose::Approval, d(2026, 1, 14), ProductOutcome::Deferred,
              "Revised", "Costs pending"),
      product("Evaluation plan", 2, ProductPurpose::Noting, d(2026, 2, 10), ProductOutcome::Noted),
      product("Full business case", 1, ProductPurpose::Approval, d(2026, 4, 1), std::nullopt,
              "Community diagnostic centre"),
  };
  EXPECT_EQ(got, (std::vector<Programme>{uec}));  // P02 is not in the file, so not changed
}

TEST(ProgrammesCsv, ProductProblemsWithTheirPlace) {
  const std::vector<Programme> stored{stored_programme(5, "P01"), stored_programme(6, "P02")};
  EXPECT_EQ(problems_of([&] {
              read_programme_products_csv(parse_csv(kProducts +
                                                        "P99,Strategy,,POG,approval,2026-01-01,,\n"
                                                        "P01,,,POG,approval,2026-01-01,,\n"
                                                        "P01,Model,,FDG,consult,2026-13-01,maybe,\n"
                                                        ",Orphan,,POG,noting,2026-02-01,,\n"
                                                        "P02,Plan,,POG,noting,2026-02-01,approved,\n"
                                                        "P02,Plan,,POG,noting,2026-02-01,noted,\n"
                                                        "P02,Case,,ICSB,endorsement,2026/03/01,,\n",
                                                    "products.csv"),
                                          stored, committees());
            }),
            (std::vector<std::string>{
                "products.csv:2:1: unknown programme \"P99\" (import it with the programmes file first)",
                "products.csv:3:2: empty product",
                "products.csv:4:4: unknown committee \"FDG\" (give a committee's code or name)",
                "products.csv:4:5: purpose \"consult\" is not one of approval, endorsement, noting",
                "products.csv:4:6: planned date \"2026-13-01\" is not a date (YYYY-MM-DD)",
                "products.csv:4:7: outcome \"maybe\" is not one of approved, endorsed, noted, deferred, rejected",
                "products.csv:5:1: empty programme ref",
                "products.csv:7:2: duplicate product \"Plan\" for P02 (first on line 6)",
                "products.csv:8:6: planned date \"2026/03/01\" is not a date (YYYY-MM-DD)",
            }));
}

TEST(ProgrammesCsv, AnOutcomeMustFitItsPurpose) {
  EXPECT_EQ(problems_of([] {
              read_programme_products_csv(parse_csv(kProducts +
                                                        "P01,Business case,,POG,approval,2026-01-01,approved,\n"
                                                        "P01,Strategy,,POG,noting,2026-02-01,rejected,\n",
                                                    "products.csv"),
                                          {stored_programme(5, "P01")}, committees());
            }),
            (std::vector<std::string>{"products.csv:3:7: programme P01: A product for noting cannot be rejected: "
                                      "choose noted or deferred"}));
}

class ProgrammesCsvImport : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = Store::open(":memory:");
    store_->upsert_metrics(standard_metric_catalogue());
    for (auto c : committees()) {
      c.id = 0;
      store_->governance().save_committee(c, "setup");
    }
  }
  std::unique_ptr<Store> store_;
};

TEST_F(ProgrammesCsvImport, ProgrammesThenTheirProducts) {
  const auto created = import_programmes_csv(
      parse_csv(kProgrammes + "P01,Urgent and emergency care,Integration,,,,in progress,,,3.25\n", "p.csv"), *store_,
      "analyst");
  EXPECT_EQ(created.created, 1u);
  EXPECT_EQ(created.updated, 0u);
  const auto products = import_programme_products_csv(
      parse_csv(kProducts + "P01,Full business case,,POG,approval,2026-04-01,,\n", "pp.csv"), *store_, "analyst");
  EXPECT_EQ(products.created, 0u);
  EXPECT_EQ(products.updated, 1u);
  const auto updated = import_programmes_csv(
      parse_csv(kProgrammes + "P01,Urgent and emergency care,Integration,,,,delayed,Estates,,3.25\n", "p.csv"),
      *store_, "analyst");
  EXPECT_EQ(updated.updated, 1u);
  const auto stored = store_->assurance().programmes();
  ASSERT_EQ(stored.size(), 1u);
  EXPECT_EQ(stored[0].status, ProgrammeStatus::Delayed);
  EXPECT_EQ(stored[0].funding_pence, 325'000'000);
  ASSERT_EQ(stored[0].products.size(), 1u);
  EXPECT_EQ(stored[0].products[0].product, "Full business case");
  EXPECT_EQ(stored[0].products[0].planned_date, d(2026, 4, 1));
}

TEST_F(ProgrammesCsvImport, BadFilesLeaveTheStoreUnchanged) {
  import_programmes_csv(parse_csv(kProgrammes + "P01,UEC,,,,,in progress,,,1\n", "p.csv"), *store_, "analyst");
  const auto before = store_->assurance().programmes();
  EXPECT_THROW(import_programmes_csv(parse_csv(kProgrammes +
                                                   "P01,UEC renamed,,,,,delayed,,,1\n"
                                                   "P02,Prevention,,,,,new,,no_such_metric,1\n",
                                               "p.csv"),
                                     *store_, "analyst"),
               InputError);
  EXPECT_THROW(import_programme_products_csv(parse_csv(kProducts +
                                                           "P01,Case,,POG,approval,2026-04-01,,\n"
                                                           "P01,Strategy,,POG,noting,2026-04-01,approved,\n",
                                                       "pp.csv"),
                                             *store_, "analyst"),
               InputError);
  EXPECT_EQ(store_->assurance().programmes(), before);
}

}  // namespace
}  // namespace ics
