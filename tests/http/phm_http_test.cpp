// The population health pages and API against a generated population of about 3,000 persons: the pages
// carry their SVG charts with labelled axes and say which date the analysis is as at; no aggregate the
// API serves has a count of 1 to 7; the case-finding list needs patient-level access for its PCN; and
// without a population every page says how to load one.
#include <gtest/gtest.h>
#include <httplib.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "phm_http_world.h"
#include "role_table.h"
#include "web/phm_view.h"

namespace ics::web {
namespace {

using nlohmann::json;
using phm_http::PhmSuite;
using http_test::kAnalyst;
using http_test::kMember;

size_t occurrences(const std::string& text, const std::string& part) {
  size_t n = 0;
  for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++n;
  return n;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

class PhmHttp : public PhmSuite<PhmHttp> {
 public:
  static constexpr const char* kName = "ics_phm_http";
  static constexpr bool kWithPopulation = true;

 protected:
  // GET path as the role, expecting 200; the body ("" on failure).
  static std::string page(const std::string& path, size_t role = kAnalyst) {
    auto r = roles_->get(path, role);
    EXPECT_TRUE(r) << path;
    if (!r) return "";
    EXPECT_EQ(r->status, 200) << path << "\n" << r->body.substr(0, 2000);
    return r->body;
  }
  static json api(const std::string& path, size_t role = kAnalyst) {
    return json::parse(page(path, role), nullptr, false);
  }
};

TEST_F(PhmHttp, OverviewShowsThePyramidAndTheDateItIsAsAt) {
  const std::string body = page("/phm");
  EXPECT_TRUE(contains(body, "<h1>Population health</h1>"));
  // Today (15 June 2026) is after the extract, so the analysis is as at the day after it ends.
  EXPECT_TRUE(contains(body, "Analysis as at <strong>Wednesday 1 April 2026</strong>")) << body.substr(0, 3000);
  EXPECT_TRUE(contains(body, "Monday 15 June 2026"));
  EXPECT_EQ(occurrences(body, "<svg class=\"phm-pyramid\""), 1u);
  EXPECT_TRUE(contains(body, "class=\"axis-label\"") && contains(body, ">Persons</text>") &&
              contains(body, ">Males</text>") && contains(body, ">Females</text>"));
  EXPECT_TRUE(contains(body, ">90+</text>") && contains(body, ">0-4</text>"));
  EXPECT_GT(occurrences(body, "class=\"pyramid-bar\""), 30u);
  for (const char* segment : {"Healthy", "Chronic conditions, normal function", "Long period of decline (frailty)"})
    EXPECT_TRUE(contains(body, segment)) << segment;
  EXPECT_TRUE(contains(body, "Top 0.5%"));
  EXPECT_TRUE(contains(body, "* suppressed: 1-7"));
  EXPECT_TRUE(contains(body, "href=\"/phm\""));  // the header's nav item (this page's own link is not one)
}

TEST_F(PhmHttp, SegmentsPageListsEveryPcnAndPlace) {
  const std::string body = page("/phm/segments");
  for (const auto& pcn : server_->pcns()) EXPECT_TRUE(contains(body, pcn)) << pcn;
  EXPECT_TRUE(contains(body, "By place") && contains(body, "By age band"));
  EXPECT_TRUE(contains(body, "85-89 males"));
  // A small population has small cells: at least one is shown suppressed.
  EXPECT_TRUE(contains(body, "<td class=\"nhsuk-table__cell\">*</td>"));
  EXPECT_TRUE(contains(body, "* suppressed: 1-7"));
}

TEST_F(PhmHttp, InequalitiesPageDrawsAnIntervalChartForEachMeasureAndDimension) {
  const std::string body = page("/phm/inequalities");
  EXPECT_EQ(occurrences(body, "<svg class=\"phm-interval-chart\""), 20u);  // 4 measures x 5 dimensions
  EXPECT_EQ(occurrences(body, ">Age-standardised rate per 100,000 (95% CI)</text>"), 20u);
  for (const char* text : {"Emergency admissions", "Mortality", "IMD quintile", "Core20", "SII per 100,000", "RII"})
    EXPECT_TRUE(contains(body, text)) << text;
  EXPECT_GT(occurrences(body, "<g class=\"interval\">"), 10u);
}

TEST_F(PhmHttp, ValuePageDrawsAFunnelPlotPerSettingAndTheOpportunity) {
  const std::string body = page("/phm/value");
  EXPECT_EQ(occurrences(body, "<svg class=\"phm-funnel-plot\""), 8u);
  EXPECT_EQ(occurrences(body, ">Expected events (at ICS age-sex rates)</text>"), 8u);
  EXPECT_EQ(occurrences(body, ">Ratio observed ÷ expected</text>"), 8u);
  EXPECT_EQ(occurrences(body, "class=\"funnel-limit-95\""), 16u);
  EXPECT_EQ(occurrences(body, "class=\"funnel-limit-998\""), 16u);
  EXPECT_GT(occurrences(body, "class=\"funnel-point\""), 8u);
  const json value = api("/api/v1/phm/value");
  ASSERT_TRUE(value.contains("value_opportunities")) << value.dump().substr(0, 500);
  const int64_t total = value["value_opportunities"]["total_opportunity_pence"].get<int64_t>();
  EXPECT_TRUE(contains(body, "<strong class=\"phm-total-opportunity\">" + money_text(total) + "</strong>"))
      << money_text(total);
  // The total is the rows shown, nothing more: a hidden row's £ could otherwise be had by subtraction.
  int64_t shown = 0, hidden = 0;
  for (const json& r : value["value_opportunities"]["rows"]) {
    if (r["opportunity_pence"].is_null()) ++hidden;
    else shown += r["opportunity_pence"].get<int64_t>();
  }
  EXPECT_EQ(total, shown);
  EXPECT_EQ(value["value_opportunities"]["rows_withheld"], hidden);
  EXPECT_EQ(contains(body, "class=\"phm-rows-withheld\""), hidden > 0);
}

TEST_F(PhmHttp, RiskPageShowsQualityCalibrationAndCoefficients) {
  const std::string body = page("/phm/risk");
  EXPECT_EQ(occurrences(body, "<svg class=\"phm-calibration-chart\""), 1u);
  EXPECT_TRUE(contains(body, ">Mean predicted risk (%)</text>") && contains(body, ">Observed rate (%)</text>"));
  EXPECT_TRUE(contains(body, "Area under the ROC curve"));
  EXPECT_TRUE(contains(body, "<code>intercept</code>"));
  EXPECT_TRUE(contains(body, "<code>emergency_admissions_last_year</code>"));
  const json risk = api("/api/v1/phm/risk");
  ASSERT_TRUE(risk["risk_model"]["test_auc"].is_number());
  // The AUC printed to 3 places is the API's.
  char auc[16];
  std::snprintf(auc, sizeof auc, "%.3f", risk["risk_model"]["test_auc"].get<double>());
  EXPECT_TRUE(contains(body, std::string(">") + auc + "<")) << auc;
}

// Every number under a count key (and inside an "events" object) in an aggregate answer.
void collect_counts(const json& node, bool counting, std::vector<json>& counts) {
  static const std::vector<std::string> kCountKeys = {"persons", "events", "bed_days", "population", "observed",
                                                      "observed_events", "training_persons", "test_persons",
                                                      "training_events", "test_events"};
  if (node.is_object()) {
    for (const auto& [key, child] : node.items())
      collect_counts(child, counting || std::find(kCountKeys.begin(), kCountKeys.end(), key) != kCountKeys.end(),
                     counts);
  } else if (node.is_array()) {
    for (const auto& child : node) collect_counts(child, counting, counts);
  } else if (counting && (node.is_number() || node.is_null())) {
    counts.push_back(node);
  }
}

TEST_F(PhmHttp, NoAggregateInTheApiHasACountOfOneToSeven) {
  std::vector<json> counts;
  for (const char* path : {"/api/v1/phm/summary", "/api/v1/phm/segments", "/api/v1/phm/inequalities",
                           "/api/v1/phm/value", "/api/v1/phm/risk"}) {
    const json body = api(path);
    ASSERT_TRUE(body.is_object()) << path;
    EXPECT_EQ(body["at"], "2026-04-01") << path;
    collect_counts(body, false, counts);
  }
  size_t suppressed = 0, shown = 0;
  for (const json& c : counts) {
    if (c.is_null()) {
      ++suppressed;
      continue;
    }
    ++shown;
    const double v = c.get<double>();
    EXPECT_FALSE(v >= 1 && v <= 7) << "count " << v;
    EXPECT_EQ(std::fmod(v, 5.0), 0.0) << "count " << v << " is not rounded to 5";
  }
  // Both kinds must be there, or the walk proved nothing.
  EXPECT_GT(suppressed, 0u);
  EXPECT_GT(shown, 100u);
}

TEST_F(PhmHttp, SummaryCountsThePopulation) {
  const json body = api("/api/v1/phm/summary");
  const json& summary = body["summary"];
  ASSERT_TRUE(summary["persons"].is_number()) << body.dump().substr(0, 500);
  const int64_t persons = summary["persons"].get<int64_t>();
  // 3,000 generated, less those who died before the analysis date, rounded to 5.
  EXPECT_LE(persons, 3000);
  EXPECT_GE(persons, 2700);
  EXPECT_EQ(summary["pcns"], server_->pcns());
  EXPECT_EQ(body["today"], "2026-06-15");
  EXPECT_EQ(body["disclosure_control"]["suppressed_counts"], "1-7");
}

TEST_F(PhmHttp, CaseFindingListForAGrantedPcn) {
  ASSERT_EQ(server_->grant_error(), "") << "patient-level grants are needed for this test";
  const std::string pcn = server_->granted_pcn();
  const std::string body = page("/phm/case-finding?pcn=" + pcn, kMember);
  EXPECT_GE(occurrences(body, "OFFICIAL-SENSITIVE: PATIENT IDENTIFIABLE"), 2u);
  const json list = api("/api/v1/phm/case-finding?pcn=" + pcn, kMember);
  ASSERT_TRUE(list["persons"].is_array());
  // About 5% of the PCN's people are in the top three tiers.
  EXPECT_GT(list["persons"].size(), 5u);
  EXPECT_EQ(list["classification"], "OFFICIAL-SENSITIVE: PATIENT IDENTIFIABLE");
  double previous = 1.0;
  for (const json& person : list["persons"]) {
    EXPECT_EQ(person["pcn"], pcn);
    EXPECT_LE(person["probability"].get<double>(), previous);  // highest risk first
    previous = person["probability"].get<double>();
    // Every person on the list is a row of the page, with their pseudonym.
    EXPECT_TRUE(contains(body, "<code>" + person["person_id"].get<std::string>() + "</code>"));
  }
  // The index lists exactly the PCN the member may open.
  const std::string index = page("/phm/case-finding", kMember);
  EXPECT_TRUE(contains(index, "href=\"/phm/case-finding?pcn=" + pcn + "\""));
  EXPECT_FALSE(contains(index, "href=\"/phm/case-finding?pcn=" + server_->other_pcn() + "\""));
  EXPECT_EQ(api("/api/v1/phm/case-finding", kMember)["pcns"], json::array({pcn}));
}

TEST_F(PhmHttp, CaseFindingForAnotherPcnExplainsTheAccessNeeded) {
  ASSERT_GE(server_->pcns().size(), 2u);
  auto r = roles_->get("/phm/case-finding?pcn=" + server_->other_pcn(), kMember);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 403);
  EXPECT_TRUE(contains(r->body, "Patient-level access needed"));
  EXPECT_TRUE(contains(r->body, "patient-level access for that primary care network"));
  EXPECT_FALSE(contains(r->body, "OFFICIAL-SENSITIVE"));
  const std::string index = page("/phm/case-finding", kAnalyst);
  EXPECT_TRUE(contains(index, "patient-level access to no primary care network"));
}

TEST_F(PhmHttp, AnUnauthenticatedPageSendsThePublicToSignIn) {
  auto r = roles_->get("/phm/value", http_test::kPublic);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 303);
  EXPECT_EQ(r->get_header_value("Location"), "/sign-in?next=/phm/value");
  auto api = roles_->get("/api/v1/phm/summary", http_test::kPublic);
  ASSERT_TRUE(api);
  EXPECT_EQ(api->status, 401);
}

class PhmNoPopulationHttp : public PhmSuite<PhmNoPopulationHttp> {
 public:
  static constexpr const char* kName = "ics_phm_none";
  static constexpr bool kWithPopulation = false;
};

TEST_F(PhmNoPopulationHttp, EveryPageSaysHowToLoadOne) {
  for (const char* path : {"/phm", "/phm/segments", "/phm/inequalities", "/phm/value", "/phm/risk",
                           "/phm/case-finding", "/phm/case-finding?pcn=X"}) {
    auto r = roles_->get(path, kAnalyst);
    ASSERT_TRUE(r) << path;
    EXPECT_EQ(r->status, 200) << path;
    EXPECT_TRUE(contains(r->body, "No population has been loaded")) << path;
    EXPECT_TRUE(contains(r->body, "ics phm import --input DIR --snapshot " + server_->snapshot().string())) << path;
  }
  for (const char* path : {"/api/v1/phm/summary", "/api/v1/phm/segments", "/api/v1/phm/inequalities",
                           "/api/v1/phm/value", "/api/v1/phm/risk", "/api/v1/phm/case-finding?pcn=X"}) {
    auto r = roles_->get(path, kAnalyst);
    ASSERT_TRUE(r) << path;
    EXPECT_EQ(r->status, 404) << path;
    const json body = json::parse(r->body, nullptr, false);
    EXPECT_TRUE(contains(body.value("error", ""), "no population has been loaded")) << path << " " << r->body;
  }
}

}  // namespace
}  // namespace ics::web
