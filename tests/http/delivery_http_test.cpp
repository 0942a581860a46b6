// The delivery pages and API on the real server: the BRAG summary column for column as ICS boards
// print it, movement since the last stocktake, the annex, a priority's history and the rating form;
// the programmes table, exception reports, product schedule and outcome form; and the JSON API.
// Every expected value is worked by hand from delivery_http_world.h.
#include <gtest/gtest.h>
#include <httplib.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "delivery_http_world.h"

namespace ics::web {
namespace {

using delivery_http::Cells;
using delivery_http::DeliveryServer;
using delivery_http::HtmlTable;
using delivery_http::section;
using delivery_http::tables;
using http_test::Session;
using nlohmann::json;

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// Reads only: one server for the suite.
class DeliveryHttp : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = new DeliveryServer("ics_delivery_http"); }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  static httplib::Result get(const std::string& path) { return server_->client().Get(path); }
  static std::string id(const std::string& ref) { return std::to_string(server_->priority(ref)); }
  static std::string pid(const std::string& ref) { return std::to_string(server_->programme(ref)); }
  static std::string page(const std::string& path) {
    const auto r = get(path);
    EXPECT_TRUE(r) << path;
    if (!r) return "";
    EXPECT_EQ(r->status, 200) << path;
    return r->body;
  }
  // The JSON body of GET path, expecting `status` and a JSON content type.
  static json get_json(const std::string& path, int status = 200) {
    const auto r = get(path);
    EXPECT_TRUE(r) << path;
    if (!r) return nullptr;
    EXPECT_EQ(r->status, status) << path << "\n" << r->body;
    EXPECT_TRUE(contains(r->get_header_value("Content-Type"), "application/json")) << path;
    return json::parse(r->body, nullptr, false);
  }
  static inline DeliveryServer* server_ = nullptr;
};

const Cells kSummaryColumnsDecember = {"Priority #", "Description of priority", "Overseeing Group",
                                       "BRAG rating December 2025"};

TEST_F(DeliveryHttp, SummaryTableHasTheBoardsFourColumnsAndARowPerPriorityMatchingTheStore) {
  const std::string body = page("/deliverables");
  const auto summary = tables(section(body, "brag-summary"));
  ASSERT_EQ(summary.size(), 2u);  // national and integrating care; L1 (local) was not rated in December
  for (const auto& t : summary) EXPECT_EQ(t.headers, kSummaryColumnsDecember);
  EXPECT_EQ(summary[0].caption, "National priorities");
  const std::vector<Cells> national = {
      {"NO1.1", "Recover elective activity to 107% of 2019/20", "Performance Oversight Group", "G (Green)"},
      {"NO2.1", "Eliminate 12-hour waits in A&E", "Integrated Care Board", "R (Red)"},
      {"NO4.4", "A&E Delivery Boards in every place", "Performance Oversight Group", "Superseded by NO4.5"},
      {"NO4.5", "Urgent and emergency care boards in every place", "Performance Oversight Group", "A (Amber)"},
      {"NO10.1", "Cancer faster diagnosis standard of 77%", "Integrated Care Board", "B (Blue)"}};
  EXPECT_EQ(summary[0].rows, national);
  EXPECT_EQ(summary[1].caption, "Integrating care priorities");
  EXPECT_EQ(summary[1].rows,
            (std::vector<Cells>{{"IC1", "Joined-up community teams in every place", "Integrated Care Board", "A (Amber)"}}));

  // Each row's cells are the stored priority's, and link to it.
  const auto stored = server_->store().assurance().priorities();
  for (const auto& row : summary[0].rows) {
    const auto it = std::find_if(stored.begin(), stored.end(), [&](const Priority& p) { return p.ref == row[0]; });
    ASSERT_NE(it, stored.end()) << row[0];
    EXPECT_EQ(row[1], it->description);
  }
  EXPECT_TRUE(contains(summary[0].html[0][0], "href=\"/deliverables/" + id("NO1.1") + "\""));
  // The letter sits in a coloured tag; its word is there for screen readers.
  EXPECT_TRUE(contains(summary[0].html[0][3], "nhsuk-tag--green"));
  EXPECT_TRUE(contains(summary[0].html[1][3], "nhsuk-tag--red"));
  EXPECT_TRUE(contains(summary[0].html[3][3], "nhsuk-tag--yellow"));
  EXPECT_TRUE(contains(summary[0].html[4][3], "nhsuk-tag--blue"));
  EXPECT_TRUE(contains(summary[0].html[4][3], "<span class=\"nhsuk-u-visually-hidden\"> (Blue)</span>"));
}

TEST_F(DeliveryHttp, CountsByRatingAndMovementTotalsSitAboveTheTable) {
  const std::string text = delivery_http::text_of(section(page("/deliverables"), "brag-summary"));
  // December: B NO10.1; R NO2.1; A NO4.5 and IC1; G NO1.1. NO1.1 improved, NO2.1 deteriorated.
  EXPECT_TRUE(contains(text, "B (Blue) Delivered: 1")) << text;
  EXPECT_TRUE(contains(text, "R (Red) Off track: 1")) << text;
  EXPECT_TRUE(contains(text, "A (Amber) At risk: 2")) << text;
  EXPECT_TRUE(contains(text, "G (Green) On track: 1")) << text;
  EXPECT_TRUE(contains(text, "Since September 2025: 1 improved, 1 deteriorated.")) << text;
}

TEST_F(DeliveryHttp, MovementTableListsPrioritiesThatMovedWereNewOrWereSuperseded) {
  const std::string part = section(page("/deliverables"), "brag-movement");
  EXPECT_TRUE(contains(part, "<h2>Movement since September 2025</h2>"));
  const auto t = tables(part);
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].headers, (Cells{"Priority #", "September 2025", "December 2025", "Movement"}));
  // NO10.1 and IC1 kept their ratings, so they are not listed.
  EXPECT_EQ(t[0].rows, (std::vector<Cells>{{"NO1.1", "A (Amber)", "G (Green)", "Improved"},
                                           {"NO2.1", "G (Green)", "R (Red)", "Deteriorated"},
                                           {"NO4.4", "R (Red)", "Superseded by NO4.5", "Superseded"},
                                           {"NO4.5", "\u2013", "A (Amber)", "New"}}));
}

TEST_F(DeliveryHttp, AnnexGivesEachPrioritysRatingAndProgressUpdate) {
  const auto annex = tables(section(page("/deliverables"), "brag-annex"));
  ASSERT_EQ(annex.size(), 2u);
  const Cells columns = {"Priority #", "Description of priority", "BRAG rating December 2025", "Progress update"};
  EXPECT_EQ(annex[0].headers, columns);
  EXPECT_EQ(annex[1].headers, columns);
  EXPECT_EQ(annex[0].rows[0],
            (Cells{"NO1.1", "Recover elective activity to 107% of 2019/20", "G (Green)", "Back on plan from October"}));
  EXPECT_EQ(annex[0].rows[1],
            (Cells{"NO2.1", "Eliminate 12-hour waits in A&E", "R (Red)", "Winter surge: 212 waits in November"}));
  EXPECT_EQ(annex[0].rows[2], (Cells{"NO4.4", "A&E Delivery Boards in every place", "Superseded by NO4.5", ""}));
  EXPECT_EQ(annex[1].rows,
            (std::vector<Cells>{
                {"IC1", "Joined-up community teams in every place", "A (Amber)", "Four of five places live"}}));
}

TEST_F(DeliveryHttp, AnEarlierStocktakeShowsItsOwnRatingsAndNoMovement) {
  const std::string body = page("/deliverables?stocktake=2025-09");
  const auto summary = tables(section(body, "brag-summary"));
  ASSERT_EQ(summary.size(), 3u);  // national, integrating care, local
  EXPECT_EQ(summary[0].headers.back(), "BRAG rating September 2025");
  EXPECT_EQ(summary[0].rows.size(), 4u);  // NO1.1, NO2.1, NO4.4, NO10.1: NO4.5 did not exist yet
  EXPECT_EQ(summary[0].rows[2], (Cells{"NO4.4", "A&E Delivery Boards in every place", "Performance Oversight Group",
                                       "R (Red)"}));
  EXPECT_EQ(summary[2].caption, "Local priorities");
  EXPECT_EQ(summary[2].rows,
            (std::vector<Cells>{{"L1", "Extend hospice at home", "Integrated Care Board", "G (Green)"}}));
  EXPECT_TRUE(contains(section(body, "brag-movement"), "first stocktake recorded"));
  // The selector offers both stocktakes, the chosen one selected.
  EXPECT_TRUE(contains(body, "<option value=\"2025-09\" selected>September 2025</option>"));
  EXPECT_TRUE(contains(body, "<option value=\"2025-12\">December 2025</option>"));
}

TEST_F(DeliveryHttp, FiltersByTypeAndOverseeingGroupRecountTheSummary) {
  const auto w = server_->world();
  const std::string pog = page("/deliverables?group=" + std::to_string(w.pog));
  const auto summary = tables(section(pog, "brag-summary"));
  ASSERT_EQ(summary.size(), 1u);
  std::vector<std::string> refs;
  for (const auto& row : summary[0].rows) refs.push_back(row[0]);
  EXPECT_EQ(refs, (std::vector<std::string>{"NO1.1", "NO4.4", "NO4.5"}));
  const std::string text = delivery_http::text_of(section(pog, "brag-summary"));
  EXPECT_TRUE(contains(text, "A (Amber) At risk: 1")) << text;
  EXPECT_TRUE(contains(text, "Since September 2025: 1 improved, 0 deteriorated.")) << text;

  // As a browser sends the GET form: a space in a value becomes '+'.
  auto browser = server_->client();
  browser.set_url_encode(false);
  const auto form = browser.Get("/deliverables?type=integrating+care&stocktake=2025-12");
  ASSERT_TRUE(form);
  EXPECT_EQ(form->status, 200);
  const auto ic = tables(section(form->body, "brag-summary"));
  ASSERT_EQ(ic.size(), 1u);
  EXPECT_EQ(ic[0].rows.size(), 1u);
  EXPECT_EQ(ic[0].rows[0][0], "IC1");
  // A well-formed id that is no committee matches nothing.
  EXPECT_TRUE(contains(page("/deliverables?group=999999"), "No priority matches these filters"));
}

TEST_F(DeliveryHttp, MalformedOrUnknownQueryValuesAnswerA400Page) {
  for (const auto& [query, message] : std::vector<std::pair<std::string, std::string>>{
           {"stocktake=2025-13", "is not a month like 2026-09"},
           {"stocktake=December", "is not a month like 2026-09"},
           {"stocktake=2025-12-01", "is not a month like 2026-09"},
           {"stocktake=2025-11", "There was no stocktake in November 2025; choose one of 2025-09, 2025-12"},
           {"type=regional", "Type &quot;regional&quot; is not one of: national, integrating care, oversight, local"},
           {"group=pog", "is not a committee id"}}) {
    const auto r = get("/deliverables?" + query);
    ASSERT_TRUE(r) << query;
    EXPECT_EQ(r->status, 400) << query;
    EXPECT_TRUE(contains(r->body, message)) << query << "\n" << r->body;
  }
}

TEST(DeliveryHttpEmpty, WithNoStocktakeThePageSaysSoAndTheApiIsEmpty) {
  http_test::TempStore db("ics_delivery_http_empty");
  http_test::TestServer server(db.store());
  const auto r = server.get("/deliverables");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_TRUE(contains(r->body, "No priority has been rated at a stocktake yet.")) << r->body;
  EXPECT_EQ(section(r->body, "brag-summary"), "");
  const auto unknown = server.get("/deliverables?stocktake=2025-12");
  ASSERT_TRUE(unknown);
  EXPECT_EQ(unknown->status, 400);
  EXPECT_TRUE(contains(unknown->body, "no stocktake has been recorded yet"));
  const auto api = server.get("/api/v1/deliverables");
  ASSERT_TRUE(api);
  EXPECT_EQ(api->status, 200);
  const json j = json::parse(api->body);
  EXPECT_EQ(j["stocktake"], nullptr);
  EXPECT_EQ(j["count"], 0);
  EXPECT_EQ(j["items"], json::array());
  const auto programmes = server.get("/programmes");
  ASSERT_TRUE(programmes);
  EXPECT_EQ(programmes->status, 200);
  EXPECT_TRUE(contains(programmes->body, "No programmes have been recorded yet."));
}

TEST_F(DeliveryHttp, PriorityPageShowsItsGroupAndFullRatingHistory) {
  const std::string body = page("/deliverables/" + id("NO1.1"));
  EXPECT_TRUE(contains(body, "<h1>Priority NO1.1</h1>"));
  EXPECT_TRUE(contains(body, "Performance Oversight Group"));
  const auto t = tables(body);
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].headers, (Cells{"Stocktake", "BRAG rating", "Progress update"}));
  EXPECT_EQ(t[0].rows, (std::vector<Cells>{{"September 2025", "A (Amber)", "Theatre lists short of staff"},
                                           {"December 2025", "G (Green)", "Back on plan from October"}}));
  // The public gets no rating button; the superseded priority names its successor.
  EXPECT_FALSE(contains(body, "Record a rating"));
  EXPECT_TRUE(contains(delivery_http::text_of(page("/deliverables/" + id("NO4.4"))),
                       "Superseded by NO4.5 from December 2025"));
  const auto missing = get("/deliverables/999999");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 404);
}

const Cells kProgrammeColumns = {"Programme",    "Strategic pillar", "SRO",  "Clinical lead",
                                 "Finance lead", "Status",           "KPIs", "Funding \u00a3m"};

TEST_F(DeliveryHttp, ProgrammesTableHasTheBoardsColumnsAndAFundingTotal) {
  const auto t = tables(section(page("/programmes"), "programme-table"));
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].headers, kProgrammeColumns);
  EXPECT_EQ(t[0].rows,
            (std::vector<Cells>{
                {"Urgent and emergency care", "Integration", "Jo Bloggs", "Dr Sam Patel", "Lee Chan", "Delayed", "2",
                 "12.3"},
                {"Community diagnostics", "Prevention", "Kim Lee", "Dr Ann Oke", "Lee Chan", "In progress", "1", "2.5"},
                {"Digital front door", "Digital", "Raj Shah", "Dr Eve Moss", "Pat Doe", "Accelerated", "0", "0.6"}}));
  // £12.34m + £2.5m + £0.6m = £15.44m.
  EXPECT_EQ(t[0].footer, (Cells{"Total", "", "", "", "", "", "", "15.4"}));
  EXPECT_TRUE(contains(t[0].html[0][0], "href=\"/programmes/" + pid("P01") + "\""));
  EXPECT_TRUE(contains(t[0].html[0][5], "nhsuk-tag--red"));
}

TEST_F(DeliveryHttp, ExceptionReportsListOnlyOffTrackProgrammesWithTheirReasons) {
  const std::string part = section(page("/programmes"), "programme-exceptions");
  const std::string text = delivery_http::text_of(part);
  EXPECT_TRUE(contains(text, "Urgent and emergency care Delayed")) << text;
  EXPECT_TRUE(contains(text, "status: delayed - Estates works slipped")) << text;
  EXPECT_TRUE(contains(text, "Full business case: UTC deferred at 3 February 2026: Capital bid pending")) << text;
  EXPECT_TRUE(contains(text, "Winter evaluation was due at committee on 3 March 2026 with no outcome recorded")) << text;
  EXPECT_FALSE(contains(text, "Community diagnostics"));
  EXPECT_FALSE(contains(text, "Digital front door"));
}

const Cells kScheduleColumns = {"Programme", "Product",      "Details", "Meeting",
                                "Purpose",   "Planned date", "Outcome", "Outcome detail"};

TEST_F(DeliveryHttp, ScheduleRunsFromAMonthBeforeTodayToThreeMonthsAfterWithOverdueTags) {
  const std::string part = section(page("/programmes"), "product-schedule");
  EXPECT_TRUE(contains(part, "Products planned from Tuesday 10 February 2026 to Wednesday 10 June 2026."));
  const auto t = tables(part);
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].headers, kScheduleColumns);
  // 3 Feb (before the window) and 30 Jun (after it) are left out.
  EXPECT_EQ(t[0].rows, (std::vector<Cells>{{"Urgent and emergency care", "Winter evaluation", "Lessons from winter",
                                            "Performance Oversight Group", "Noting", "3 Mar 2026 Overdue", "\u2013",
                                            ""},
                                           {"Urgent and emergency care", "Outline business case: SDEC",
                                            "Same-day emergency care", "Integrated Care Board", "Approval",
                                            "7 Apr 2026", "\u2013", ""}}));
  EXPECT_TRUE(contains(t[0].html[0][5], "nhsuk-tag--red"));
}

TEST_F(DeliveryHttp, ScheduleWindowComesFromTheQueryAndBadDatesAnswer400) {
  const auto t = tables(section(page("/programmes?from=2026-01-01&to=2026-12-31"), "product-schedule"));
  ASSERT_EQ(t.size(), 1u);
  ASSERT_EQ(t[0].rows.size(), 4u);
  EXPECT_EQ(t[0].rows[0], (Cells{"Urgent and emergency care", "Full business case: UTC", "New urgent treatment centre",
                                 "Integrated Care Board", "Approval", "3 Feb 2026", "Deferred",
                                 "Capital bid pending"}));
  EXPECT_EQ(t[0].rows[3][1], "Diagnostics strategy");
  EXPECT_EQ(t[0].rows[3][4], "Endorsement");
  for (const std::string query : {"from=2026-02-30", "to=soon", "from=2026-02", "from=2026-05-01&to=2026-04-01"}) {
    const auto r = get("/programmes?" + query);
    ASSERT_TRUE(r) << query;
    EXPECT_EQ(r->status, 400) << query;
  }
}

TEST_F(DeliveryHttp, ProgrammePageShowsLeadsStatusKpiLinksFundingProductsAndReasons) {
  const std::string body = page("/programmes/" + pid("P01"));
  const std::string text = delivery_http::text_of(body);
  for (const std::string expected :
       {"SRO Jo Bloggs", "Clinical lead Dr Sam Patel", "Finance lead Lee Chan", "Status Delayed Estates works slipped",
        "Funding £12.3m", "Strategic pillar Integration", "Off track",
        "Winter evaluation was due at committee on 3 March 2026 with no outcome recorded"})
    EXPECT_TRUE(contains(text, expected)) << expected << "\n" << text;
  EXPECT_TRUE(contains(body, "<a href=\"/metrics/ae_4hr\">ae_4hr</a>"));
  EXPECT_TRUE(contains(body, "<a href=\"/metrics/ae_12hr\">ae_12hr</a>"));
  const auto t = tables(body);
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].headers, (Cells{"Product", "Details", "Meeting", "Purpose", "Planned date", "Outcome",
                                 "Outcome detail"}));
  ASSERT_EQ(t[0].rows.size(), 3u);
  EXPECT_EQ(t[0].rows[1][0], "Winter evaluation");
  EXPECT_EQ(t[0].rows[1][4], "3 Mar 2026 Overdue");
  EXPECT_FALSE(contains(body, "Record outcome"));  // the public cannot

  EXPECT_TRUE(contains(page("/programmes/" + pid("P02")), "On track: no exception to report."));
  for (const std::string& path : {std::string("/programmes/999999"), "/programmes/" + pid("P01") + "/products/9/outcome"}) {
    const auto r = get(path);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, path == "/programmes/999999" ? 404 : 303) << path;  // the form sends the public to sign in
  }
}

// ---- the JSON API ----

TEST_F(DeliveryHttp, ApiDeliverablesGivesTheSummaryRowsWithCurrentAndPreviousRatingAndMovement) {
  const json j = get_json("/api/v1/deliverables");
  EXPECT_EQ(j["stocktake"], "2025-12");
  EXPECT_EQ(j["previous_stocktake"], "2025-09");
  EXPECT_EQ(j["stocktakes"], json::array({"2025-09", "2025-12"}));
  EXPECT_EQ(j["counts"], (json{{"B", 1}, {"R", 1}, {"A", 2}, {"G", 1}}));
  EXPECT_EQ(j["improved"], 1);
  EXPECT_EQ(j["deteriorated"], 1);
  ASSERT_EQ(j["count"], 6);
  ASSERT_EQ(j["items"].size(), 6u);
  std::vector<std::string> refs;
  for (const auto& item : j["items"]) refs.push_back(item["ref"]);
  EXPECT_EQ(refs, (std::vector<std::string>{"IC1", "NO1.1", "NO2.1", "NO4.4", "NO4.5", "NO10.1"}));
  EXPECT_EQ(j["items"][1], (json{{"id", server_->priority("NO1.1")},
                                 {"ref", "NO1.1"},
                                 {"type", "national"},
                                 {"description", "Recover elective activity to 107% of 2019/20"},
                                 {"overseeing_committee_id", server_->world().pog},
                                 {"overseeing_group", "Performance Oversight Group"},
                                 {"rating", "G"},
                                 {"progress", "Back on plan from October"},
                                 {"previous_rating", "A"},
                                 {"movement", "improved"},
                                 {"superseded_by", ""}}));
  EXPECT_EQ(j["items"][3]["rating"], nullptr);
  EXPECT_EQ(j["items"][3]["movement"], "superseded");
  EXPECT_EQ(j["items"][3]["superseded_by"], "NO4.5");
  EXPECT_EQ(j["items"][4]["previous_rating"], nullptr);
  EXPECT_EQ(j["items"][4]["movement"], "new");

  const json september = get_json("/api/v1/deliverables?stocktake=2025-09&type=local");
  EXPECT_EQ(september["previous_stocktake"], nullptr);
  ASSERT_EQ(september["count"], 1);
  EXPECT_EQ(september["items"][0]["ref"], "L1");
  EXPECT_EQ(september["items"][0]["movement"], "new");
}

TEST_F(DeliveryHttp, ApiBadQueryValuesAnswer400JsonAndUnknownIds404) {
  for (const std::string query : {"stocktake=2025-13", "stocktake=2025-11", "type=regional", "group=abc"}) {
    const json j = get_json("/api/v1/deliverables?" + query, 400);
    EXPECT_TRUE(j.contains("error")) << query;
  }
  for (const std::string path : {"/api/v1/deliverables/999999", "/api/v1/deliverables/abc",
                                  "/api/v1/programmes/999999", "/api/v1/programmes/abc"})
    EXPECT_EQ(get_json(path, 404), (json{{"error", "not found"}})) << path;
}

TEST_F(DeliveryHttp, ApiOnePriorityComesWithItsFullHistoryAndGroup) {
  const json j = get_json("/api/v1/deliverables/" + std::to_string(server_->priority("NO4.4")));
  EXPECT_EQ(j["ref"], "NO4.4");
  EXPECT_EQ(j["overseeing_group"], "Performance Oversight Group");
  EXPECT_EQ(j["superseded_by"], "NO4.5");
  EXPECT_EQ(j["superseded_from"], "2025-12");
  EXPECT_EQ(j["ratings"], json::array({{{"stocktake", "2025-09"}, {"rating", "R"}, {"progress", "Two places without a board"}}}));
}

TEST_F(DeliveryHttp, ApiProgrammesComeWithFundingKpiCountsOffTrackReasonsAndOverdueProducts) {
  const json j = get_json("/api/v1/programmes");
  ASSERT_EQ(j["count"], 3);
  EXPECT_EQ(j["total_funding_pence"], 1'544'000'000);
  const json& uec = j["items"][0];
  EXPECT_EQ(uec["ref"], "P01");
  EXPECT_EQ(uec["status"], "delayed");
  EXPECT_EQ(uec["funding_pence"], 1'234'000'000);
  EXPECT_EQ(uec["kpis"], 2);
  EXPECT_EQ(uec["off_track"],
            json::array({"status: delayed - Estates works slipped",
                         "Full business case: UTC deferred at 3 February 2026: Capital bid pending",
                         "Winter evaluation was due at committee on 3 March 2026 with no outcome recorded"}));
  ASSERT_EQ(uec["products"].size(), 3u);
  EXPECT_EQ(uec["products"][0]["overdue"], false);  // decided (deferred)
  EXPECT_EQ(uec["products"][1]["overdue"], true);
  EXPECT_EQ(uec["products"][2]["overdue"], false);  // not yet due
  EXPECT_EQ(j["items"][2]["off_track"], json::array());

  const json diagnostics = get_json("/api/v1/programmes/" + std::to_string(server_->programme("P02")));
  EXPECT_EQ(diagnostics["name"], "Community diagnostics");
  EXPECT_EQ(diagnostics["kpis"], 1);
  EXPECT_EQ(diagnostics["metric_ids"], json::array({"dm01"}));
  EXPECT_EQ(diagnostics["off_track"], json::array());
  EXPECT_EQ(diagnostics["products"][0]["purpose"], "endorsement");
}

// ---- the forms: one fresh server per test, as each writes ----

class DeliveryHttpWrites : public ::testing::Test {
 protected:
  void SetUp() override {
    server_ = std::make_unique<DeliveryServer>("ics_delivery_http_writes");
    sam_ = server_->sign_in("sam");
  }
  httplib::Result post(const std::string& path, httplib::Params form) {
    form.emplace("csrf_token", sam_.csrf);
    return server_->client().Post(path, sam_.headers(), form);
  }
  std::string rating_path(const std::string& ref) {
    return "/deliverables/" + std::to_string(server_->priority(ref)) + "/rating";
  }
  std::string outcome_path(size_t index) {
    return "/programmes/" + std::to_string(server_->programme("P01")) + "/products/" + std::to_string(index) +
           "/outcome";
  }
  std::unique_ptr<DeliveryServer> server_;
  Session sam_;
};

// The error message shown beside `field`, as forms.cpp renders it.
bool error_beside(const std::string& body, const std::string& field, const std::string& message) {
  const size_t at = body.find("id=\"" + field + "-error\">");
  return at != std::string::npos && body.compare(body.find("</span> ", at) + 8, message.size(), message) == 0;
}

TEST_F(DeliveryHttpWrites, RatingFormStartsFromTheLatestStocktakesRecordedRating) {
  const auto r = server_->client().Get(rating_path("NO1.1"), sam_.headers());
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_TRUE(contains(r->body, "name=\"stocktake\" type=\"month\" value=\"2025-12\""));
  EXPECT_TRUE(contains(r->body, "<option value=\"G\" selected>"));
  EXPECT_TRUE(contains(r->body, ">Back on plan from October</textarea>"));
  EXPECT_TRUE(contains(r->body, "name=\"csrf_token\" value=\"" + sam_.csrf + "\""));
}

TEST_F(DeliveryHttpWrites, RatingFormErrorsAreShownBesideTheFieldsAndNothingIsSaved) {
  const auto before = server_->store().assurance().priorities();
  const auto r = post(rating_path("NO1.1"), {{"stocktake", "2025-13"}, {"rating", "P"}, {"progress", " "}});
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 400);
  EXPECT_TRUE(error_beside(r->body, "stocktake", "Stocktake month must be a month like 2026-09 (&quot;2025-13&quot; is not)"))
      << r->body;
  EXPECT_TRUE(error_beside(r->body, "rating", "Choose a BRAG rating: B, R, A or G"));
  EXPECT_TRUE(error_beside(r->body, "progress", "Enter the progress update"));
  EXPECT_TRUE(contains(r->body, "value=\"2025-13\""));  // what was typed is kept

  // The engine's rule: nothing is rated at or after the stocktake it was superseded from.
  const auto late = post(rating_path("NO4.4"), {{"stocktake", "2025-12"}, {"rating", "G"}, {"progress", "Done"}});
  ASSERT_TRUE(late);
  EXPECT_EQ(late->status, 400);
  EXPECT_TRUE(error_beside(late->body, "stocktake", "Rated at December 2025, when it was superseded from December 2025"))
      << late->body;
  EXPECT_EQ(server_->store().assurance().priorities(), before);
}

TEST_F(DeliveryHttpWrites, RatingPostReplacesTheSameStocktakesRatingOrAddsOneInOrder) {
  const auto r = post(rating_path("NO1.1"), {{"stocktake", "2025-12"}, {"rating", "B"}, {"progress", "Delivered in full"}});
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 303);
  EXPECT_EQ(r->get_header_value("Location"), "/deliverables/" + std::to_string(server_->priority("NO1.1")));
  auto stored = server_->store().assurance().priority(server_->priority("NO1.1"));
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->ratings, (std::vector<StocktakeRating>{{delivery_http::kSeptember, Brag::Amber,
                                                            "Theatre lists short of staff"},
                                                           {delivery_http::kDecember, Brag::Blue, "Delivered in full"}}));

  const auto added = post(rating_path("NO1.1"), {{"stocktake", "2025-10"}, {"rating", "R"}, {"progress", "Dip"}});
  ASSERT_TRUE(added);
  EXPECT_EQ(added->status, 303);
  stored = server_->store().assurance().priority(server_->priority("NO1.1"));
  ASSERT_TRUE(stored);
  ASSERT_EQ(stored->ratings.size(), 3u);
  EXPECT_EQ(stored->ratings[1], (StocktakeRating{Month{2025, 10}, Brag::Red, "Dip"}));
  EXPECT_EQ(stored->ratings[2].rating, Brag::Blue);
  // Other priorities are untouched.
  EXPECT_EQ(server_->store().assurance().priority(server_->priority("NO2.1"))->ratings.size(), 2u);
}

TEST_F(DeliveryHttpWrites, OutcomeFormErrorsLeaveTheProgrammeUnchanged) {
  const auto before = server_->store().assurance().programmes();
  for (const auto& [outcome, message] : std::vector<std::pair<std::string, std::string>>{
           {"approved", "A product for noting cannot be approved: choose noted or deferred"},
           {"", "Choose the outcome"},
           {"lost", "Choose an outcome: approved, endorsed, noted, deferred, rejected"}}) {
    const auto r = post(outcome_path(1), {{"outcome", outcome}, {"outcome_detail", "Discussed"}});
    ASSERT_TRUE(r) << outcome;
    EXPECT_EQ(r->status, 400) << outcome;
    EXPECT_TRUE(error_beside(r->body, "outcome", message)) << outcome << "\n" << r->body;
    EXPECT_TRUE(contains(r->body, ">Discussed</textarea>"));
  }
  const auto missing = post(outcome_path(3), {{"outcome", "noted"}});
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 404);
  EXPECT_EQ(server_->store().assurance().programmes(), before);
}

TEST_F(DeliveryHttpWrites, OutcomePostRecordsTheOutcomeAndClearsTheException) {
  const auto page = server_->client().Get("/programmes/" + std::to_string(server_->programme("P01")), sam_.headers());
  ASSERT_TRUE(page);
  EXPECT_TRUE(contains(page->body, "href=\"" + outcome_path(1) + "\">Record outcome"));

  const auto r = post(outcome_path(1), {{"outcome", "noted"}, {"outcome_detail", "Noted with thanks"}});
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 303);
  EXPECT_EQ(r->get_header_value("Location"), "/programmes/" + std::to_string(server_->programme("P01")));
  const auto stored = server_->store().assurance().programme(server_->programme("P01"));
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->products[1].outcome, ProductOutcome::Noted);
  EXPECT_EQ(stored->products[1].outcome_detail, "Noted with thanks");
  EXPECT_EQ(stored->products[0].outcome, ProductOutcome::Deferred);  // the others are untouched
  EXPECT_EQ(stored->products[2].outcome, std::nullopt);

  const auto after = server_->client().Get("/programmes");
  ASSERT_TRUE(after);
  const std::string exceptions = delivery_http::text_of(section(after->body, "programme-exceptions"));
  EXPECT_FALSE(contains(exceptions, "Winter evaluation")) << exceptions;
  EXPECT_TRUE(contains(exceptions, "Full business case: UTC deferred")) << exceptions;
}

}  // namespace
}  // namespace ics::web
