// The system finance report on the real server on 127.0.0.1 over a temporary SQLite store seeded with a
// hand-worked ledger (finance_http_world.h): the page's tables cell by cell as NHS system finance
// reports print them, the month selection and its errors, and the JSON API in whole pence.
#include <gtest/gtest.h>
#include <httplib.h>

#include <nlohmann/json.hpp>
#include <regex>
#include <string>
#include <vector>

#include "finance_http_world.h"
#include "store/store.h"
#include "test_server.h"

namespace ics::web {
namespace {

using finance_http::k;
using nlohmann::json;
using Cells = std::vector<std::string>;

// One table of a page, cut into rows of cell texts (tags stripped) and the header rows' colspans.
struct Table {
  std::vector<Cells> head, body;
  std::vector<std::vector<int>> head_spans;
  std::vector<Cells> body_html;  // each body cell's inner HTML, for tags and markup
};

std::string strip_tags(const std::string& html) {
  std::string text = std::regex_replace(html, std::regex("<[^>]*>"), "");
  return std::regex_replace(text, std::regex("&amp;"), "&");
}

void read_rows(const std::string& section, std::vector<Cells>& texts, std::vector<Cells>* html,
               std::vector<std::vector<int>>* spans) {
  static const std::regex row_re("<tr[^>]*>(.*?)</tr>");
  static const std::regex cell_re("<(td|th)([^>]*)>(.*?)</\\1>");
  static const std::regex span_re("colspan=\"(\\d+)\"");
  for (std::sregex_iterator row(section.begin(), section.end(), row_re), end; row != end; ++row) {
    const std::string row_html = (*row)[1];
    Cells cells, cells_html;
    std::vector<int> row_spans;
    for (std::sregex_iterator c(row_html.begin(), row_html.end(), cell_re); c != end; ++c) {
      cells.push_back(strip_tags((*c)[3]));
      cells_html.push_back((*c)[3]);
      const std::string attributes = (*c)[2];
      std::smatch m;
      row_spans.push_back(std::regex_search(attributes, m, span_re) ? std::stoi(m[1]) : 1);
    }
    texts.push_back(cells);
    if (html) html->push_back(cells_html);
    if (spans) spans->push_back(row_spans);
  }
}

// The table with the id; a test failure and an empty table when the page has none.
Table table_with_id(const std::string& page, const std::string& id) {
  Table t;
  const size_t start = page.find("<table class=\"nhsuk-table ics-finance\" id=\"" + id + "\">");
  EXPECT_NE(start, std::string::npos) << "no table " << id;
  if (start == std::string::npos) return t;
  const std::string table = page.substr(start, page.find("</table>", start) - start);
  const size_t body = table.find("<tbody");
  read_rows(table.substr(0, body), t.head, nullptr, &t.head_spans);
  read_rows(table.substr(body), t.body, &t.body_html, nullptr);
  return t;
}

class FinanceHttp : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    db_ = new http_test::TempStore("ics_finance_http");
    Store& store = db_->store();
    store.upsert_organisations({{"R1A", "North Trust", OrganisationType::Trust, ""},
                                {"R2B", "South Trust", OrganisationType::Trust, ""}});
    finance_http::seed_finance(store);
    server_ = new http_test::TestServer(store);
  }
  static void TearDownTestSuite() {
    delete server_;
    delete db_;
  }

  // The page's body, after checking it answered 200 with HTML.
  static std::string page(const std::string& path) {
    auto r = server_->get(path);
    EXPECT_TRUE(r) << path;
    if (!r) return "";
    EXPECT_EQ(r->status, 200) << path << "\n" << r->body;
    EXPECT_EQ(r->get_header_value("Content-Type"), "text/html; charset=utf-8") << path;
    return r->body;
  }
  static json api(const std::string& path, int expected_status) {
    auto r = server_->get(path);
    EXPECT_TRUE(r) << path;
    if (!r) return json();
    EXPECT_EQ(r->status, expected_status) << path << "\n" << r->body;
    EXPECT_EQ(r->get_header_value("Content-Type"), "application/json; charset=utf-8") << path;
    return json::parse(r->body, nullptr, false);
  }
  static const std::string& june() {
    static const std::string html = page("/finance?month=2026-06");
    return html;
  }

  static inline http_test::TempStore* db_ = nullptr;
  static inline http_test::TestServer* server_ = nullptr;
};

const Cells kPositionColumns = {"Organisation",
                                "Plan £m",
                                "Actual £m",
                                "Under / (over) spend £m",
                                "Plan £m",
                                "Forecast £m",
                                "Variance £m",
                                "Trend"};

TEST_F(FinanceHttp, OrganisationTableHasBothHeaderRowsOfTheBoardForm) {
  const Table t = table_with_id(june(), "finance-organisations");
  ASSERT_EQ(t.head.size(), 2u);
  EXPECT_EQ(t.head[0], (Cells{"", "Year to date", "Forecast outturn", ""}));
  EXPECT_EQ(t.head_spans[0], (std::vector<int>{1, 3, 3, 1}));
  EXPECT_EQ(t.head[1], kPositionColumns);
  EXPECT_EQ(t.head_spans[1], std::vector<int>(8, 1));
}

TEST_F(FinanceHttp, OrganisationRowsAreTheHandWorkedPoundsMillionsWithBrackets) {
  const Table t = table_with_id(june(), "finance-organisations");
  ASSERT_EQ(t.body.size(), 3u);
  EXPECT_EQ(t.body[0], (Cells{"North Trust", "3.0", "3.2", "0.2", "4.0", "4.2", "0.2", "↑Improving"}));
  // South Trust overspent: actual deficit (0.1), forecast deficit 0.25 + 3p rounds away to (0.3).
  EXPECT_EQ(t.body[1], (Cells{"South Trust", "0.6", "(0.1)", "(0.7)", "0.8", "(0.3)", "(1.1)", "↓Worsening"}));
  EXPECT_NE(t.body_html[0][7].find("<span class=\"nhsuk-u-visually-hidden\">Improving</span>"), std::string::npos);
  EXPECT_NE(t.body_html[0][7].find("<span aria-hidden=\"true\">↑</span>"), std::string::npos);
  EXPECT_EQ(june().find("finance-incomplete"), std::string::npos);  // every return is complete
}

TEST_F(FinanceHttp, SystemTotalIsTheSumOfItsOrganisationsInBold) {
  const Table t = table_with_id(june(), "finance-organisations");
  ASSERT_EQ(t.body.size(), 3u);
  // 3.95 less 3p rounds to 3.9: the total is the sum in pence rounded, not the sum of rounded figures.
  EXPECT_EQ(t.body[2], (Cells{"System total", "3.6", "3.1", "(0.5)", "4.8", "3.9", "(0.9)", "↓Worsening"}));
  for (size_t i = 0; i < 7; ++i) EXPECT_NE(t.body_html[2][i].find("<strong>"), std::string::npos) << i;
  const json report = api("/api/v1/finance?month=2026-06", 200);
  for (const char* field : {"ytd_plan_pence", "ytd_actual_pence", "ytd_variance_pence", "fot_plan_pence",
                            "fot_forecast_pence", "fot_variance_pence"}) {
    long long sum = 0;
    for (const auto& org : report["organisations"]) sum += org[field].get<long long>();
    EXPECT_EQ(report["system"][field].get<long long>(), sum) << field;
  }
}

TEST_F(FinanceHttp, SystemPositionByLine) {
  const Table t = table_with_id(june(), "finance-lines");
  ASSERT_EQ(t.head.size(), 2u);
  EXPECT_EQ(t.head[0], (Cells{"", "Year to date", "Forecast outturn", ""}));
  Cells columns = kPositionColumns;
  columns[0] = "Line";
  EXPECT_EQ(t.head[1], columns);
  const std::vector<Cells> expected = {
      {"Income", "45.0", "45.3", "0.3", "60.0", "60.2", "0.2", "↑Improving"},  // May's FOT var (0.05) -> (0.1)
      {"Pay", "28.5", "29.1", "(0.6)", "38.0", "38.8", "(0.8)", "↓Worsening"},
      {"Non-pay", "12.6", "12.8", "(0.2)", "16.8", "17.0", "(0.2)", "↓Worsening"},
      {"Non-operating", "0.3", "0.3", "0.0", "0.4", "0.4", "0.0", "→Unchanged"},
      {"Surplus / (deficit)", "3.6", "3.1", "(0.5)", "4.8", "3.9", "(0.9)", "↓Worsening"},
      {"Capital", "3.0", "2.7", "0.3", "4.0", "3.9", "0.1", "→Unchanged"},
  };
  EXPECT_EQ(t.body, expected);
}

TEST_F(FinanceHttp, EnvelopesAndHeadline) {
  const Table t = table_with_id(june(), "finance-envelopes");
  ASSERT_EQ(t.head.size(), 1u);
  EXPECT_EQ(t.head[0], (Cells{"Envelope", "Envelope £m", "Year to date £m", "Forecast outturn £m",
                              "Headroom / (excess) £m"}));
  const std::vector<Cells> expected = {{"Revenue", "57.0", "42.2", "56.2", "0.8"},
                                       {"Capital", "3.5", "2.7", "3.9", "(0.4)"}};
  EXPECT_EQ(t.body, expected);
  const std::string& html = june();
  for (const char* row : {"System year to date under / (over) spend</dt><dd class=\"nhsuk-summary-list__value\">"
                          "£(0.5)m overspend",
                          "Forecast outturn variance</dt><dd class=\"nhsuk-summary-list__value\">£(0.9)m adverse",
                          "Revenue envelope headroom / (excess)</dt><dd class=\"nhsuk-summary-list__value\">"
                          "£0.8m headroom",
                          "Capital envelope headroom / (excess)</dt><dd class=\"nhsuk-summary-list__value\">"
                          "£(0.4)m excess"})
    EXPECT_NE(html.find(row), std::string::npos) << row;
  // Under each of the three money tables.
  const std::string note = "£m; figures in brackets are overspends or adverse variances.";
  size_t notes = 0;
  for (size_t at = html.find(note); at != std::string::npos; at = html.find(note, at + 1)) ++notes;
  EXPECT_EQ(notes, 3u);
}

TEST_F(FinanceHttp, ActivityAgainstPlanYearToDate) {
  const Table t = table_with_id(june(), "finance-activity");
  ASSERT_EQ(t.head.size(), 1u);
  EXPECT_EQ(t.head[0], (Cells{"Organisation", "Point of delivery", "Plan", "Actual", "Variance", "Variance %",
                              "Year-on-year %"}));
  const std::vector<Cells> expected = {
      {"System", "Day case", "3,000", "3,130", "+130", "+4.3%", "+7.9%"},
      {"System", "Outpatient first", "6,000", "5,550", "-450", "-7.5%", "–"},
      {"System", "A&E", "30,000", "31,500", "+1,500", "+5.0%", "+5.0%"},
      {"North Trust", "Day case", "3,000", "3,130", "+130", "+4.3%", "+7.9%"},
      {"North Trust", "A&E", "30,000", "31,500", "+1,500", "+5.0%", "+5.0%"},
      {"South Trust", "Outpatient first", "6,000", "5,550", "-450", "-7.5%", "–"},
  };
  EXPECT_EQ(t.body, expected);
}

TEST_F(FinanceHttp, WorkforceForTheMonthWithAdverseVariancesTagged) {
  const Table t = table_with_id(june(), "finance-workforce");
  ASSERT_EQ(t.head.size(), 1u);
  EXPECT_EQ(t.head[0], (Cells{"Organisation", "Measure", "Plan", "Actual", "Variance"}));
  const std::vector<Cells> expected = {
      {"System", "Substantive WTE", "1,200.0", "1,180.5", "-19.5 adverse"},
      {"System", "Agency WTE", "20.0", "15.3", "-4.7"},
      {"System", "Sickness rate", "4.0%", "4.6%", "+0.6% adverse"},
      {"North Trust", "Substantive WTE", "1,200.0", "1,180.5", "-19.5 adverse"},
      {"North Trust", "Sickness rate", "4.0%", "4.6%", "+0.6% adverse"},
      {"South Trust", "Agency WTE", "20.0", "15.3", "-4.7"},
  };
  EXPECT_EQ(t.body, expected);
  ASSERT_EQ(t.body_html.size(), expected.size());
  EXPECT_NE(t.body_html[0][4].find("<strong class=\"nhsuk-tag nhsuk-tag--red\">-19.5</strong>"), std::string::npos);
  EXPECT_EQ(t.body_html[1][4].find("nhsuk-tag"), std::string::npos);
}

TEST_F(FinanceHttp, DefaultMonthIsTheLatestActualOfTheNewestYear) {
  const std::string html = page("/finance");
  EXPECT_NE(html.find("<title>System finance report: June 2026 (M03 2026/27)"), std::string::npos);
  EXPECT_NE(html.find("<h1>System finance report: June 2026 (M03 2026/27)</h1>"), std::string::npos);
  EXPECT_EQ(table_with_id(html, "finance-organisations").body, table_with_id(june(), "finance-organisations").body);
  // The selector offers each month with a return, newest first, the shown one selected; not July (no actual).
  EXPECT_NE(html.find("<select class=\"nhsuk-select\" id=\"month\" name=\"month\">"
                      "<option value=\"2026-06\" selected>June 2026</option>"
                      "<option value=\"2026-05\">May 2026</option><option value=\"2026-04\">April 2026</option>"
                      "<option value=\"2025-04\">April 2025</option></select>"),
            std::string::npos);
  EXPECT_NE(html.find("<form class=\"ics-selectors\" method=\"get\" action=\"/finance\">"), std::string::npos);
}

TEST_F(FinanceHttp, EarlierMonthAndTrendAgainstIt) {
  const std::string html = page("/finance?month=2026-05");
  EXPECT_NE(html.find("<h1>System finance report: May 2026 (M02 2026/27)</h1>"), std::string::npos);
  const Table t = table_with_id(html, "finance-organisations");
  ASSERT_EQ(t.body.size(), 3u);
  // May: year to date 20.10 - 12.05 - 6.00 = 2.05 against 2.00; forecast 40.10 - 24.05 - 12.00 = 4.05 (June
  // and July at plan or forecast), a variance of 0.05 that prints 0.1 against April's 0.0: improving.
  EXPECT_EQ(t.body[0], (Cells{"North Trust", "2.0", "2.1", "0.1", "4.0", "4.1", "0.1", "↑Improving"}));
}

TEST_F(FinanceHttp, BadMonthIs400) {
  for (const char* path : {"/finance?month=2026-13", "/finance?month=June", "/finance?month=2026-6x"}) {
    auto r = server_->get(path);
    ASSERT_TRUE(r) << path;
    EXPECT_EQ(r->status, 400) << path;
    EXPECT_NE(r->body.find("is not a month (use YYYY-MM)"), std::string::npos) << path;
    EXPECT_NE(r->body.find("class=\"nhsuk-header\""), std::string::npos) << path;  // a page, not JSON
  }
}

TEST_F(FinanceHttp, MonthWithoutAReturnSaysSo) {
  // July 2026 has plans and forecasts but no actual; October 2024 has no ledger at all.
  const std::string july = page("/finance?month=2026-07");
  EXPECT_NE(july.find("<h1>System finance report: July 2026 (M04 2026/27)</h1>"), std::string::npos);
  EXPECT_NE(july.find("No finance return is held for July 2026."), std::string::npos);
  EXPECT_EQ(july.find("finance-organisations"), std::string::npos);
  EXPECT_NE(july.find("<option value=\"2026-06\">June 2026</option>"), std::string::npos);  // the way back
  const std::string october = page("/finance?month=2024-10");
  EXPECT_NE(october.find("No finance return is held for October 2024."), std::string::npos);
}

TEST_F(FinanceHttp, IncompleteReturnIsNotedAndUnknownOrganisationShowsItsCode) {
  const std::string html = page("/finance?month=2025-04");
  const Table t = table_with_id(html, "finance-organisations");
  ASSERT_EQ(t.body.size(), 4u);
  // April starts the year: no trend. South Trust's missing actual counts as zero.
  EXPECT_EQ(t.body[0], (Cells{"North Trust", "9.0", "9.0", "0.0", "9.0", "9.0", "0.0", "–Not available"}));
  EXPECT_EQ(t.body[1], (Cells{"South Trust", "4.0", "0.0", "(4.0)", "4.0", "0.0", "(4.0)", "–Not available"}));
  EXPECT_EQ(t.body[2], (Cells{"R9Z", "1.0", "1.0", "0.0", "1.0", "1.0", "0.0", "–Not available"}));
  EXPECT_EQ(t.body[3], (Cells{"System total", "14.0", "10.0", "(4.0)", "14.0", "10.0", "(4.0)", "–Not available"}));
  EXPECT_NE(html.find("<li>South Trust: no actual on some lines for Apr 2025</li>"), std::string::npos);
  EXPECT_EQ(html.find("<li>North Trust:"), std::string::npos);
  EXPECT_NE(html.find("No envelope is held for 2025/26."), std::string::npos);
  EXPECT_NE(html.find("No revenue envelope is held for 2025/26"), std::string::npos);
  EXPECT_NE(html.find("No workforce return is held for April 2025."), std::string::npos);
}

TEST_F(FinanceHttp, ApiGivesTheReportInWholePence) {
  const json r = api("/api/v1/finance?month=2026-06", 200);
  EXPECT_EQ(r["month"], "2026-06");
  EXPECT_EQ(r["financial_year"], "2026/27");
  EXPECT_EQ(r["financial_month"], "M03");
  ASSERT_EQ(r["organisations"].size(), 2u);
  const json& north = r["organisations"][0];
  EXPECT_EQ(north["org_code"], "R1A");
  EXPECT_EQ(north["name"], "North Trust");
  EXPECT_EQ(north["ytd_plan_pence"], k(3'000));
  EXPECT_EQ(north["ytd_actual_pence"], k(3'200));
  EXPECT_EQ(north["ytd_variance_pence"], k(200));
  EXPECT_EQ(north["fot_plan_pence"], k(4'000));
  EXPECT_EQ(north["fot_forecast_pence"], k(4'200));
  EXPECT_EQ(north["fot_variance_pence"], k(200));
  EXPECT_EQ(north["trend"], "improving");
  EXPECT_EQ(north["missing_actuals"], json::array());
  const json& south = r["organisations"][1];
  EXPECT_EQ(south["ytd_plan_pence"], k(600));
  EXPECT_EQ(south["ytd_actual_pence"], -k(100) - 3);
  EXPECT_EQ(south["ytd_variance_pence"], -k(700) - 3);
  EXPECT_EQ(south["fot_plan_pence"], k(800));
  EXPECT_EQ(south["fot_forecast_pence"], -k(250) - 3);
  EXPECT_EQ(south["fot_variance_pence"], -k(1'050) - 3);
  EXPECT_EQ(south["trend"], "worsening");
  const json& system = r["system"];
  EXPECT_FALSE(system.contains("org_code"));
  EXPECT_EQ(system["ytd_actual_pence"], k(3'100) - 3);
  EXPECT_EQ(system["fot_forecast_pence"], k(3'950) - 3);
  EXPECT_EQ(system["fot_variance_pence"], -k(850) - 3);
  EXPECT_EQ(system["trend"], "worsening");
  // Lines in ledger order: income, pay, non-pay, non-operating, capital.
  ASSERT_EQ(system["lines"].size(), 5u);
  EXPECT_EQ(system["lines"][1],
            (json{{"line", "pay"}, {"ytd_plan_pence", k(28'500)}, {"ytd_actual_pence", k(29'100) + 3},
                  {"ytd_variance_pence", -k(600) - 3}, {"fot_plan_pence", k(38'000)},
                  {"fot_forecast_pence", k(38'800) + 3}, {"fot_variance_pence", -k(800) - 3}, {"trend", "worsening"}}));
  EXPECT_EQ(system["lines"][3]["line"], "non-operating");
  EXPECT_EQ(system["lines"][3]["trend"], "unchanged");
  ASSERT_EQ(r["envelopes"].size(), 2u);
  EXPECT_EQ(r["envelopes"][0], (json{{"kind", "revenue"}, {"envelope_pence", k(57'000)},
                                     {"ytd_actual_pence", k(42'150) + 3}, {"forecast_pence", k(56'200) + 3},
                                     {"headroom_pence", k(800) - 3}}));
  EXPECT_EQ(r["envelopes"][1]["headroom_pence"], -k(400));
  ASSERT_EQ(r["activity"].size(), 6u);
  EXPECT_EQ(r["activity"][0]["org_code"], nullptr);
  EXPECT_EQ(r["activity"][0]["pod"], "day case");
  EXPECT_EQ(r["activity"][0]["ytd_actual"], 3'130);
  EXPECT_EQ(r["activity"][0]["last_year_ytd_actual"], 2'900);
  EXPECT_EQ(r["activity"][1]["year_on_year_percent"], nullptr);
  ASSERT_EQ(r["workforce"].size(), 6u);
  EXPECT_EQ(r["workforce"][3]["org_code"], "R1A");
  EXPECT_EQ(r["workforce"][3]["measure"], "substantive wte");
  EXPECT_DOUBLE_EQ(r["workforce"][3]["variance"].get<double>(), -19.5);
  EXPECT_EQ(r["workforce"][3]["adverse"], true);
  EXPECT_EQ(r["links"]["page"], "/finance?month=2026-06");
}

TEST_F(FinanceHttp, ApiDefaultsToTheLatestActualMonth) {
  const json r = api("/api/v1/finance", 200);
  EXPECT_EQ(r["month"], "2026-06");
  const json april = api("/api/v1/finance?month=2025-04", 200);
  EXPECT_EQ(april["organisations"][1]["missing_actuals"], (json{"2025-04"}));
  EXPECT_EQ(april["organisations"][1]["trend"], nullptr);
}

TEST_F(FinanceHttp, ApiBadMonthIs400AndNoLedgerIs404) {
  EXPECT_EQ(api("/api/v1/finance?month=2026-13", 400)["error"], "month \"2026-13\" is not a month (use YYYY-MM)");
  EXPECT_EQ(api("/api/v1/finance?month=2024-10", 404)["error"], "no finance return is held for 2024-10");
  EXPECT_EQ(api("/api/v1/finance?month=2026-07", 404)["error"], "no finance return is held for 2026-07");
}

TEST(FinanceHttpEmpty, NoLedgerSaysHowToLoadOne) {
  http_test::TempStore db("ics_finance_http_empty");
  http_test::TestServer server(db.store());
  auto page = server.get("/finance");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_NE(page->body.find("No finance return is held yet."), std::string::npos);
  auto api = server.get("/api/v1/finance");
  ASSERT_TRUE(api);
  EXPECT_EQ(api->status, 404);
  EXPECT_EQ(json::parse(api->body)["error"], "no finance ledger is held");
}

}  // namespace
}  // namespace ics::web
