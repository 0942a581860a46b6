#include "domain/assurance_json.h"

#include <gtest/gtest.h>

#include "assurance_samples.h"
#include "json_round_trip.h"

namespace ics {
namespace {

using json_test::error_for;
using json_test::round_trip;
using nlohmann::json;

TEST(AssuranceJson, EveryRecordRoundTripsWithAllFields) {
  StrategicObjective o = samples::objective();
  o.id = 3;
  EXPECT_EQ(round_trip(o), o);

  Risk r = samples::risk("SR01", 3);
  r.id = 4;
  EXPECT_EQ(round_trip(r), r);
  r.objective_id.reset();
  r.target_date.reset();
  r.review_date.reset();
  EXPECT_EQ(round_trip(r), r);

  EXPECT_EQ(round_trip(EscalationRules{9, 13, 21}), (EscalationRules{9, 13, 21}));

  Priority p = samples::priority("NO4.4", 2);
  p.id = 5;
  EXPECT_EQ(round_trip(p), p);
  p.superseded_from.reset();
  EXPECT_EQ(round_trip(p), p);

  Programme g = samples::programme("P01", 2);
  g.id = 6;
  EXPECT_EQ(round_trip(g), g);
}

TEST(AssuranceJson, UsesTheDocumentedShapes) {
  Risk r = samples::risk("SR01", 3);
  r.id = 4;
  r.target_date.reset();
  const json j = r;
  EXPECT_EQ(j["level"], "place");
  EXPECT_EQ(j["status"], "closed");
  EXPECT_EQ(j["opened_on"], "2024-04-02");
  EXPECT_TRUE(j["target_date"].is_null());
  EXPECT_EQ(j["initial"], json({{"likelihood", 4}, {"consequence", 5}}));
  EXPECT_EQ(j["assurances"][0], json({{"description", "Integrated performance report (monthly)"},
                                      {"line", "second"},
                                      {"metric_id", "ae_4hr"}}));
  EXPECT_EQ(j["history"][1], json({{"date", "2024-10-01"},
                                   {"rating", {{"likelihood", 3}, {"consequence", 5}}},
                                   {"note", "Winter plan agreed; likelihood reduced"},
                                   {"by", "Bob Brown"}}));

  const json p = samples::priority("NO4.4", 2);
  EXPECT_EQ(p["type"], "integrating care");
  EXPECT_EQ(p["superseded_from"], "2025-01");
  EXPECT_EQ(p["ratings"][1], json({{"stocktake", "2024-09"}, {"rating", "B"}, {"progress", "Delivered"}}));

  const json g = samples::programme("P01", 2);
  EXPECT_EQ(g["status"], "delayed");
  EXPECT_EQ(g["funding_pence"], 123456789);
  EXPECT_EQ(g["products"][0]["purpose"], "endorsement");
  EXPECT_EQ(g["products"][0]["outcome"], "deferred");
  EXPECT_TRUE(g["products"][1]["outcome"].is_null());
  EXPECT_EQ(g["products"][1]["planned_date"], "2025-03-12");
}

TEST(AssuranceJson, FinanceRowsCarryPenceAndMonths) {
  EXPECT_EQ(json(LedgerEntry{"RX1", {2025, 3}, FinanceLine::NonPay, 1'000'00, -25'50, std::nullopt}),
            json({{"org_code", "RX1"},
                  {"month", "2025-03"},
                  {"line", "non-pay"},
                  {"plan_pence", 100000},
                  {"actual_pence", -2550},
                  {"forecast_pence", nullptr}}));
  EXPECT_EQ(json(Envelope{2024, EnvelopeKind::Capital, 12'000'000'00}),
            json({{"financial_year_start", 2024},
                  {"financial_year", "2024/25"},
                  {"kind", "capital"},
                  {"amount_pence", 1200000000}}));
  EXPECT_EQ(json(ActivityEntry{"RX1", {2024, 11}, ActivityPod::AandE, 4200, std::nullopt}),
            json({{"org_code", "RX1"}, {"month", "2024-11"}, {"pod", "a&e"}, {"plan", 4200}, {"actual", nullptr}}));
  EXPECT_EQ(json(WorkforceEntry{"RX1", {2024, 11}, WorkforceMeasure::SicknessRate, std::nullopt, 4.5}),
            json({{"org_code", "RX1"},
                  {"month", "2024-11"},
                  {"measure", "sickness %"},
                  {"plan", nullptr},
                  {"actual", 4.5}}));
}

TEST(AssuranceJson, AbsentKeysKeepTheDefaults) {
  const Risk r = json({{"ref", "SR02"}}).get<Risk>();
  EXPECT_EQ(r.ref, "SR02");
  EXPECT_EQ(r.level, RiskLevel::System);
  EXPECT_TRUE(r.history.empty());
  EXPECT_EQ(json::object().get<EscalationRules>(), EscalationRules{});
}

TEST(AssuranceJson, BadInputNamesTheField) {
  EXPECT_EQ(error_for<Risk>(json::array()), "field \"(record)\": expected an object, got array");
  EXPECT_EQ(error_for<Risk>({{"level", "county"}}),
            "field \"level\": \"county\" is not one of: organisation, place, system, board");
  EXPECT_EQ(error_for<Risk>({{"history", {{{"date", "2024-13-01"}}}}}),
            "field \"history[0].date\": \"2024-13-01\" is not a date");
  EXPECT_EQ(error_for<Risk>({{"history", {{{"rating", {{"likelihood", "high"}}}}}}}),
            "field \"history[0].rating.likelihood\": expected a whole number, got string");
  EXPECT_EQ(error_for<Risk>({{"assurances", {"Audit"}}}), "field \"assurances[0]\": expected an object, got string");
  EXPECT_EQ(error_for<Risk>({{"objective_id", 1.5}}), "field \"objective_id\": expected a whole number, got number");
  EXPECT_EQ(error_for<Priority>({{"ratings", {{{"stocktake", "2024-06-01"}}}}}),
            "field \"ratings[0].stocktake\": \"2024-06-01\" is not a month");
  EXPECT_EQ(error_for<Priority>({{"ratings", {{{"rating", "Purple"}}}}}),
            "field \"ratings[0].rating\": \"Purple\" is not one of: B, R, A, G");
  EXPECT_EQ(error_for<Priority>({{"superseded_from", 2025}}),
            "field \"superseded_from\": expected a month \"YYYY-MM\", got number");
  EXPECT_EQ(error_for<Programme>({{"products", {{{"outcome", "lost"}}}}}),
            "field \"products[0].outcome\": \"lost\" is not one of: approved, endorsed, noted, deferred, rejected");
  EXPECT_EQ(error_for<Programme>({{"funding_pence", 12.5}}),
            "field \"funding_pence\": expected a whole number, got number");
  EXPECT_EQ(error_for<EscalationRules>({{"to_board", 1LL << 40}}), "field \"to_board\": number out of range");
  EXPECT_EQ(error_for<StrategicObjective>({{"title", nullptr}}), "field \"title\": expected a string, got null");
}

}  // namespace
}  // namespace ics
