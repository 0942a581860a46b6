// The real server on 127.0.0.1 (port 0) over a temporary SQLite store filled through the Store interface,
// called with httplib::Client: pages, the JSON API, assets, error statuses and security headers.
#include <gtest/gtest.h>
#include <httplib.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "performance/metric_catalogue.h"
#include "store/store.h"
#include "test_server.h"
#include "web/web_server.h"

namespace ics::web {
namespace {

using nlohmann::json;

// RX1 and RK5 report A&E 4-hour performance (with numerators) for the 24 months Apr 2017 - Mar 2019;
// RK5 has no March 2019 attendances. RX1's 4-hour values alternate 0.80 / 0.82 and end on 0.99,
// so its last point is far above its upper process limit.
std::vector<Observation> synthetic_observations() {
  std::vector<Observation> rows;
  Month m{2017, 4};
  for (int i = 0; i < 24; ++i, m = m.next()) {
    const double rx1 = i == 23 ? 990 : (i % 2 == 0 ? 800 : 820);
    rows.push_back({"ae_4hr", "RX1", m, rx1, 1000, rx1 / 1000});
    rows.push_back({"ae_4hr", "RK5", m, 930, 1000, 0.93});
    rows.push_back({"ae_attendances", "RX1", m, std::nullopt, std::nullopt, 10000.0 + i});
    if (i < 23) rows.push_back({"ae_attendances", "RK5", m, std::nullopt, std::nullopt, 5000});
  }
  return rows;
}

class PerformanceHttp : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    db_ = new http_test::TempStore("ics_http");
    Store& store = db_->store();
    store.upsert_metrics(standard_metric_catalogue());
    store.upsert_organisations({{"RX1", "Nottingham University Hospitals NHS Trust", OrganisationType::Trust, ""},
                                {"RK5", "Sherwood Forest <Hospitals> & Co", OrganisationType::Trust, ""},
                                {"52R", "NHS Nottingham and Nottinghamshire CCG", OrganisationType::Commissioner, ""}});
    store.put_observations(synthetic_observations());
    server_ = new http_test::TestServer(store);
  }
  static void TearDownTestSuite() {
    delete server_;
    delete db_;
  }

  httplib::Result get(const std::string& path) { return server_->get(path); }
  json get_json(const std::string& path, int expected_status) {
    auto r = get(path);
    EXPECT_TRUE(r) << path;
    if (!r) return json();
    EXPECT_EQ(r->status, expected_status) << path << "\n" << r->body;
    EXPECT_EQ(r->get_header_value("Content-Type"), "application/json; charset=utf-8") << path;
    return json::parse(r->body);
  }

  static inline http_test::TempStore* db_ = nullptr;
  static inline http_test::TestServer* server_ = nullptr;
};

TEST_F(PerformanceHttp, HealthzSaysOk) {
  auto r = get("/healthz");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(r->body, "ok");
}

TEST_F(PerformanceHttp, SecurityHeadersOnEveryResponse) {
  for (const char* path : {"/", "/healthz", "/api/v1/metrics", "/no-such-page"}) {
    auto r = get(path);
    ASSERT_TRUE(r) << path;
    EXPECT_NE(r->get_header_value("Content-Security-Policy").find("default-src 'self'"), std::string::npos) << path;
    EXPECT_EQ(r->get_header_value("X-Content-Type-Options"), "nosniff") << path;
  }
}

TEST_F(PerformanceHttp, ServesTheNhsukFrontendAndOurCss) {
  if (!std::filesystem::exists(WebOptions{}.assets_dir + "/nhsuk-frontend.min.css"))
    GTEST_SKIP() << "nhsuk-frontend is not installed (npm ci)";
  auto css = get("/assets/nhsuk-frontend.min.css");
  ASSERT_TRUE(css);
  EXPECT_EQ(css->status, 200);
  EXPECT_EQ(css->get_header_value("Content-Type").rfind("text/css", 0), 0u);
  EXPECT_NE(css->body.find(".nhsuk-header"), std::string::npos);
  auto ours = get("/static/ics.css");
  ASSERT_TRUE(ours);
  EXPECT_EQ(ours->status, 200);
  EXPECT_EQ(get("/assets/no-such-file.css")->status, 404);
}

TEST_F(PerformanceHttp, IprPageDefaultsToTrustsWithDataAndTheLatestMonth) {
  auto r = get("/");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  EXPECT_EQ(r->get_header_value("Content-Type"), "text/html; charset=utf-8");
  const std::string& html = r->body;
  EXPECT_NE(html.find("class=\"nhsuk-header\""), std::string::npos);
  EXPECT_NE(html.find("href=\"/assets/nhsuk-frontend.min.css\""), std::string::npos);
  EXPECT_NE(html.find("<option value=\"2019-03\" selected>March 2019</option>"), std::string::npos);
  EXPECT_NE(html.find("value=\"RX1\" checked"), std::string::npos);
  EXPECT_NE(html.find("value=\"RK5\" checked"), std::string::npos);
  EXPECT_EQ(html.find("value=\"52R\""), std::string::npos);  // a commissioner without data is no default
  // A row per metric with data, the roll-up columns, and escaped organisation names.
  EXPECT_NE(html.find("data-metric=\"ae_4hr\""), std::string::npos);
  EXPECT_NE(html.find("data-metric=\"ae_attendances\""), std::string::npos);
  EXPECT_EQ(html.find("data-metric=\"rtt_18wk\""), std::string::npos);
  for (const char* column : {">Service Area<", ">No. KPIs<", ">% Achieved<", ">Delivery RAG<"})
    EXPECT_NE(html.find(column), std::string::npos) << column;
  EXPECT_NE(html.find("Sherwood Forest &lt;Hospitals&gt; &amp; Co (RK5)"), std::string::npos);
  EXPECT_EQ(html.find("<Hospitals>"), std::string::npos);
  // Combined 4-hour March: (990 + 930) / 2000 = 96.0%; RK5 attendances are from February (stale).
  EXPECT_NE(html.find(">96.0%<"), std::string::npos);
  EXPECT_NE(html.find("latest available"), std::string::npos);
}

TEST_F(PerformanceHttp, IprPageHonoursTheSelection) {
  auto r = get("/?org=RX1&month=2018-06");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  EXPECT_NE(r->body.find("<option value=\"2018-06\" selected>June 2018</option>"), std::string::npos);
  EXPECT_NE(r->body.find("value=\"RX1\" checked"), std::string::npos);
  EXPECT_EQ(r->body.find("value=\"RK5\" checked"), std::string::npos);
  EXPECT_EQ(r->body.find("Selected organisations combined"), std::string::npos);
  // June 2018 is the 15th month (index 14, even): 80.0%.
  EXPECT_NE(r->body.find(">80.0%<"), std::string::npos);
}

TEST_F(PerformanceHttp, IprPageRejectsBadSelections) {
  EXPECT_EQ(get("/?month=March")->status, 400);
  EXPECT_EQ(get("/?org=XX9")->status, 400);
  EXPECT_EQ(get("/?org=RX1&month=2030-01")->status, 400);
}

TEST_F(PerformanceHttp, MetricPageShowsAChartPerOrganisation) {
  auto r = get("/metrics/ae_4hr");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  const std::string& html = r->body;
  EXPECT_NE(html.find("<h1>A&amp;E 4-hour performance (all types)</h1>"), std::string::npos);
  size_t charts = 0;
  for (size_t at = html.find("<svg class=\"spc-chart\""); at != std::string::npos;
       at = html.find("<svg class=\"spc-chart\"", at + 1))
    ++charts;
  EXPECT_EQ(charts, 3u);  // RK5, RX1 and the two combined
  // RX1's jump to 99.0% is an improvement, blue, and the target line is drawn.
  EXPECT_NE(html.find("data-month=\"2019-03\" data-point-type=\"special_cause_improvement\""), std::string::npos);
  EXPECT_NE(html.find("class=\"target\""), std::string::npos);
  EXPECT_EQ(get("/metrics/no_such_metric")->status, 404);
  EXPECT_EQ(get("/metrics/ae_4hr?org=XX9")->status, 400);
}

TEST_F(PerformanceHttp, UnknownPageIsAnNhsStyled404) {
  auto r = get("/no/such/page");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 404);
  EXPECT_EQ(r->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_NE(r->body.find("Page not found"), std::string::npos);
  EXPECT_NE(r->body.find("nhsuk-header"), std::string::npos);
}

TEST_F(PerformanceHttp, ApiListsTheCatalogue) {
  const json body = get_json("/api/v1/metrics", 200);
  const auto catalogue = standard_metric_catalogue();
  ASSERT_EQ(body["metrics"].size(), catalogue.size());
  EXPECT_EQ(body["metrics"][0]["id"], "ae_4hr");  // board order: urgent care first
  const json one = get_json("/api/v1/metrics/ae_4hr", 200);
  EXPECT_EQ(one["name"], "A&E 4-hour performance (all types)");
  EXPECT_EQ(one["unit"], "percent");
  EXPECT_EQ(one["improvement"], "increase");
  EXPECT_DOUBLE_EQ(one["standard"].get<double>(), 0.95);
  EXPECT_TRUE(get_json("/api/v1/metrics/ae_attendances", 200)["standard"].is_null());
  EXPECT_EQ(get_json("/api/v1/metrics/nope", 404)["error"], "unknown metric \"nope\"");
}

TEST_F(PerformanceHttp, ApiSpcGivesEveryPointInOrder) {
  const json body = get_json("/api/v1/metrics/ae_4hr/spc?org=RX1", 200);
  EXPECT_EQ(body["org"], "RX1");
  EXPECT_EQ(body["metric"]["id"], "ae_4hr");
  const json& points = body["points"];
  ASSERT_EQ(points.size(), 24u);
  EXPECT_EQ(points[0]["date"], "2017-04-01");
  EXPECT_EQ(points[23]["date"], "2019-03-01");
  for (size_t i = 1; i < points.size(); ++i)
    EXPECT_LT(points[i - 1]["date"].get<std::string>(), points[i]["date"].get<std::string>());
  for (const auto& p : points)
    for (const char* field : {"date", "value", "mean", "lpl", "upl", "special_cause", "point_type"})
      EXPECT_TRUE(p.contains(field)) << field;
  EXPECT_DOUBLE_EQ(points[0]["value"].get<double>(), 0.80);
  EXPECT_DOUBLE_EQ(points[23]["value"].get<double>(), 0.99);
  // Mean over all 24: (12 x 0.80 + 11 x 0.82 + 0.99) / 24.
  EXPECT_NEAR(points[0]["mean"].get<double>(), (12 * 0.80 + 11 * 0.82 + 0.99) / 24, 1e-9);
  EXPECT_LT(points[23]["upl"].get<double>(), 0.99);
  EXPECT_EQ(points[23]["special_cause"], "Above UCL");
  EXPECT_EQ(points[23]["point_type"], "special_cause_improvement");
  EXPECT_EQ(body["variation"], "special_cause_improvement");
  EXPECT_EQ(body["latest"]["month"], "2019-03");
  EXPECT_EQ(body["met"], true);

  // month= cuts the series.
  EXPECT_EQ(get_json("/api/v1/metrics/ae_4hr/spc?org=RX1&month=2018-03", 200)["points"].size(), 12u);
}

TEST_F(PerformanceHttp, ApiSpcErrors) {
  EXPECT_EQ(get_json("/api/v1/metrics/ae_4hr/spc", 400)["error"].get<std::string>().find("org"), 4u);
  EXPECT_TRUE(get_json("/api/v1/metrics/ae_4hr/spc?org=R%3Cx", 400).contains("error"));
  EXPECT_TRUE(get_json("/api/v1/metrics/ae_4hr/spc?org=RX1&month=2019-13", 400).contains("error"));
  EXPECT_EQ(get_json("/api/v1/metrics/ae_4hr/spc?org=XX9", 404)["error"], "unknown organisation \"XX9\"");
  EXPECT_EQ(get_json("/api/v1/metrics/nope/spc?org=RX1", 404)["error"], "unknown metric \"nope\"");
  // A known organisation without data for the metric.
  EXPECT_TRUE(get_json("/api/v1/metrics/ae_4hr/spc?org=52R", 404).contains("error"));
  EXPECT_TRUE(get_json("/api/v1/no-such-endpoint", 404).contains("error"));
}

}  // namespace
}  // namespace ics::web
