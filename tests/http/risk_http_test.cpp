// The risk pages against the real server on 127.0.0.1 over a temporary store (tests/http/risk_http_world.h):
// the board summary, escalations, heat map and register of /risks with their filters, one risk's page,
// and the secretariat's review and thresholds forms (refused input leaves the store unchanged; a saved
// review appends to the history and moves the heat map).
#include <gtest/gtest.h>
#include <httplib.h>

#include <memory>
#include <string>
#include <vector>

#include "risk_http_world.h"
#include "risk_page_parsing.h"
#include "web/http_responses.h"

namespace ics::web {
namespace {

using governance_http::Session;
using risk_http::first_column;
using risk_http::heat_cell;
using risk_http::items_under;
using risk_http::RiskWorldServer;
using risk_http::table_with_caption;
using Texts = std::vector<std::string>;

std::string n(int64_t v) { return std::to_string(v); }
bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

const std::string kDash = "\u2013";

// ---- reading: one server for the suite, never written to ----

class RiskHttp : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new RiskWorldServer("ics_risk_pages");
    member_ = server_->sign_in("mo");
    secretariat_ = server_->sign_in("sam");
  }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  static const risk_http::RiskWorld& r() { return server_->risks(); }

  // The body of a GET that must answer `status`.
  static std::string page(const std::string& path, const Session* session = nullptr, int status = 200) {
    auto client = server_->client();
    const auto res = session ? client.Get(path, session->headers()) : client.Get(path);
    EXPECT_TRUE(res) << path;
    if (!res) return "";
    EXPECT_EQ(res->status, status) << path;
    return res->body;
  }
  static Texts register_refs(const std::string& query, const Session* session = nullptr) {
    return first_column(table_with_caption(page("/risks" + query, session), "Risk register"));
  }

  static inline RiskWorldServer* server_ = nullptr;
  static inline Session member_, secretariat_;
};

TEST_F(RiskHttp, TheRegisterHasExactlyTheColumnsTheSpecNames) {
  const auto t = table_with_caption(page("/risks"), "Risk register");
  EXPECT_EQ(t.headers,
            (Texts{"Ref", "Risk", "Owner", "Level", "Initial", "Current", "Target", "Movement", "Review date"}));
  ASSERT_EQ(t.rows.size(), 5u);
  EXPECT_EQ(t.rows[0], (Texts{"SR01", "Urgent care demand exceeds capacity", "Chief Operating Officer",
                              "System Escalated to the board", "20 Extreme", "20 Extreme", "6 Moderate", "Up from 16",
                              "31 Mar 2026"}));
  EXPECT_EQ(t.rows[1], (Texts{"SR02", "Community nursing workforce shortfall", "Chief People Officer", "Place",
                              "16 Extreme", "9 High", "4 Moderate", "Down from 12", "28 Feb 2026 Overdue"}));
  EXPECT_EQ(t.rows[2], (Texts{"SR03", "System financial deficit", "Chief Finance Officer",
                              "System Escalated to the board", "25 Extreme", "16 Extreme", "9 High", "Up from 12",
                              kDash}));
  EXPECT_EQ(t.rows[3], (Texts{"SR04", "Digital programme delay", "Chief Operating Officer", "Organisation",
                              "16 Extreme", "6 Moderate", "4 Moderate", "Down from 12", kDash}));
  // A closed risk stays in the register but has no movement and escalates nowhere.
  EXPECT_EQ(t.rows[4], (Texts{"SR05", "Estates backlog Closed", "Chief Operating Officer", "System", "4 Moderate",
                              "4 Moderate", "2 Low", kDash, kDash}));
  // Scores carry their grade's colour.
  const std::string html = page("/risks");
  EXPECT_TRUE(contains(html, "20 <strong class=\"nhsuk-tag nhsuk-tag--red\">Extreme</strong>"));
  EXPECT_TRUE(contains(html, "9 <strong class=\"nhsuk-tag nhsuk-tag--orange\">High</strong>"));
  EXPECT_TRUE(contains(html, "6 <strong class=\"nhsuk-tag nhsuk-tag--yellow\">Moderate</strong>"));
  EXPECT_TRUE(contains(html, "2 <strong class=\"nhsuk-tag nhsuk-tag--green\">Low</strong>"));
}

TEST_F(RiskHttp, TheBoardSummaryListsTheTopOpenRisksWithTheirMovementSinceAMonthBefore) {
  const auto t = table_with_caption(page("/risks"), "The five highest-scoring open risks");
  EXPECT_EQ(t.headers, (Texts{"Ref", "Risk", "Score", "Grade", "Movement since 10 February 2026", "Escalated"}));
  EXPECT_EQ(t.rows, (std::vector<Texts>{
                        {"SR01", "Urgent care demand exceeds capacity", "20", "Extreme", "Up from 16",
                         "Yes, to the board"},
                        {"SR03", "System financial deficit", "16", "Extreme", "Up from 12", "Yes, to the board"},
                        {"SR02", "Community nursing workforce shortfall", "9", "High", "Down from 12", "No"},
                        {"SR04", "Digital programme delay", "6", "Moderate", "Down from 12", "No"},
                    }));
  // A member also sees the confidential risk, which tops the list.
  const auto as_member = table_with_caption(page("/risks", &member_), "The five highest-scoring open risks");
  EXPECT_EQ(first_column(as_member), (Texts{"SR99", "SR01", "SR03", "SR02", "SR04"}));
  EXPECT_EQ(as_member.rows[0][2], "25");
  EXPECT_EQ(as_member.rows[0][4], "Unchanged");
}

TEST_F(RiskHttp, EscalationsSayWhatMovedAndWhyWithTheThresholdsInWords) {
  const std::string html = page("/risks");
  EXPECT_EQ(items_under(html, "Escalated to the board"),
            (Texts{"SR01 Urgent care demand exceeds capacity: held at system; score 20 reached the board threshold "
                   "of 15",
                   "SR03 System financial deficit: held at system; score 16 reached the board threshold of 15"}));
  EXPECT_EQ(items_under(html, "Escalated since last month"),
            (Texts{"SR03 System financial deficit: from system to the board; score 16 reached the board threshold "
                   "of 15"}));
  EXPECT_EQ(items_under(html, "De-escalated since last month"),
            (Texts{"SR04 Digital programme delay: back to organisation with a score of 6; it had escalated because "
                   "score 12 reached the place threshold of 12"}));
  EXPECT_TRUE(contains(html, "A risk rises from organisation to place when its score reaches 12, from place to system "
                             "at 15 and from system to the board at 15"));
  // Only editors are offered the thresholds form.
  EXPECT_FALSE(contains(html, "href=\"/risks/escalation\""));
  EXPECT_FALSE(contains(page("/risks", &member_), "href=\"/risks/escalation\""));
  EXPECT_TRUE(contains(page("/risks", &secretariat_), "href=\"/risks/escalation\""));
}

TEST_F(RiskHttp, TheHeatMapPlacesEachOpenRiskInItsCellForCurrentAndTargetScores) {
  const std::string current = page("/risks");
  EXPECT_TRUE(contains(current, "<svg class=\"risk-heat-map\""));
  EXPECT_TRUE(contains(current, "<title id=\"risk-heat-map-title\">Open risks by current score</title>"));
  EXPECT_EQ(heat_cell(current, 4, 5).count, 1);
  EXPECT_EQ(heat_cell(current, 4, 5).refs, "SR01");
  EXPECT_EQ(heat_cell(current, 3, 3).refs, "SR02");
  EXPECT_EQ(heat_cell(current, 4, 4).refs, "SR03");
  EXPECT_EQ(heat_cell(current, 2, 3).refs, "SR04");
  EXPECT_EQ(heat_cell(current, 2, 2).count, 0);  // SR05 is closed
  EXPECT_EQ(risk_http::heat_map_total(current), 4);
  EXPECT_TRUE(contains(current, "href=\"/risks?map=target\""));

  const std::string target = page("/risks?map=target");
  EXPECT_TRUE(contains(target, "Open risks by target score"));
  EXPECT_EQ(heat_cell(target, 2, 2).count, 2);
  EXPECT_EQ(heat_cell(target, 2, 2).refs, "SR02, SR04");
  EXPECT_EQ(heat_cell(target, 2, 3).refs, "SR01");
  EXPECT_EQ(heat_cell(target, 3, 3).refs, "SR03");
  EXPECT_EQ(risk_http::heat_map_total(target), 4);
  EXPECT_TRUE(contains(target, "href=\"/risks\">Show current scores"));
  // A member's map counts the confidential risk too.
  EXPECT_EQ(heat_cell(page("/risks", &member_), 5, 5).refs, "SR99");
}

TEST_F(RiskHttp, FiltersNarrowTheRegister) {
  EXPECT_EQ(register_refs(""), (Texts{"SR01", "SR02", "SR03", "SR04", "SR05"}));
  // Level is where the risk is seen now: SR01 and SR03 have escalated from system to the board.
  EXPECT_EQ(register_refs("?level=board"), (Texts{"SR01", "SR03"}));
  EXPECT_EQ(register_refs("?level=system"), (Texts{"SR05"}));
  EXPECT_EQ(register_refs("?level=organisation"), (Texts{"SR04"}));
  EXPECT_EQ(register_refs("?grade=extreme"), (Texts{"SR01", "SR03"}));
  EXPECT_EQ(register_refs("?grade=high"), (Texts{"SR02"}));
  EXPECT_EQ(register_refs("?objective=" + n(r().so2)), (Texts{"SR02", "SR04"}));
  EXPECT_EQ(register_refs("?category=Performance"), (Texts{"SR01", "SR04"}));
  EXPECT_EQ(register_refs("?level=board&category=Finance"), (Texts{"SR03"}));
  EXPECT_EQ(register_refs("?level=&grade=&objective=&category="), (Texts{"SR01", "SR02", "SR03", "SR04", "SR05"}));
  EXPECT_TRUE(contains(page("/risks?grade=low&level=place"), "No risks match these filters."));
  // The filters leave the summary and the heat map whole.
  EXPECT_EQ(risk_http::heat_map_total(page("/risks?grade=low")), 4);
  // The member may filter by the confidential risk's category.
  EXPECT_EQ(register_refs("?category=" + url_encode(risk_http::kConfidentialCategory), &member_), (Texts{"SR99"}));
}

TEST_F(RiskHttp, ABadFilterValueAnswersA400Page) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"?level=galaxy", "Level &quot;galaxy&quot; is not one of: organisation, place, system, board"},
      {"?grade=red", "Grade &quot;red&quot; is not one of: low, moderate, high, extreme"},
      {"?objective=abc", "Objective &quot;abc&quot; is not the id of a strategic objective"},
      {"?objective=999999", "Objective &quot;999999&quot; is not the id of a strategic objective"},
      {"?category=Nope", "There is no risk in that category"},
      {"?map=heat", "Map &quot;heat&quot; is not one of: current, target"},
  };
  for (const auto& [query, message] : cases) {
    const std::string html = page("/risks" + query, nullptr, 400);
    EXPECT_TRUE(contains(html, message)) << query;
    EXPECT_FALSE(contains(html, "risk-heat-map")) << query;
  }
}

TEST_F(RiskHttp, ARiskPageShowsItsDescriptionScoresEscalationAssuranceAndHistory) {
  const std::string html = page("/risks/" + n(r().sr01));
  for (const std::string part :
       {"<h1>SR01: Urgent care demand exceeds capacity</h1>", "Because of pressures on Urgent care demand",
        "there is a risk that Urgent care demand exceeds capacity happens", "resulting in harm to patients",
        "SO1 Improve outcomes in population health and healthcare", "Chief Operating Officer",
        "Held at system; seen at the board", "Score 20 reached the board threshold of 15",
        "20 <strong class=\"nhsuk-tag nhsuk-tag--red\">Extreme</strong> (likelihood 4 Likely, consequence 5 "
        "Catastrophic) since Sunday 1 March 2026",
        "6 <strong class=\"nhsuk-tag nhsuk-tag--yellow\">Moderate</strong> (likelihood 2 Unlikely, consequence 3 "
        "Moderate)",
        "Thursday 31 December 2026", "Tuesday 31 March 2026", "<li>System winter plan</li>",
        "No agreed escalation for ambulance handovers", "<a href=\"/metrics/ae_4hr\">SPC chart of ae_4hr</a>",
        "Internal audit of winter planning", "No audit since 2024"})
    EXPECT_TRUE(contains(html, part)) << part;
  const auto history = table_with_caption(html, "Score history");
  EXPECT_EQ(history.headers, (Texts{"Date", "Likelihood", "Consequence", "Score", "Grade", "Note", "By"}));
  EXPECT_EQ(history.rows, (std::vector<Texts>{
                              {"1 Oct 2025", "4 Likely", "4 Major", "16", "Extreme", "Opened", "Risk lead"},
                              {"1 Mar 2026", "4 Likely", "5 Catastrophic", "20", "Extreme", "Winter surge",
                               "Risk lead"},
                          }));
  // An overdue review is flagged; only editors get the review link.
  EXPECT_TRUE(contains(page("/risks/" + n(r().sr02)), "Saturday 28 February 2026 <strong class=\"nhsuk-tag "
                                                       "nhsuk-tag--red\">Overdue</strong>"));
  EXPECT_FALSE(contains(html, "/review\""));
  EXPECT_FALSE(contains(page("/risks/" + n(r().sr01), &member_), "/review\""));
  EXPECT_TRUE(contains(page("/risks/" + n(r().sr01), &secretariat_), "href=\"/risks/" + n(r().sr01) + "/review\""));
}

TEST_F(RiskHttp, AHiddenRiskAnswersByteForByteLikeAMissingOne) {
  auto client = server_->client();
  const Session analyst = server_->sign_in("ana");
  for (const Session* who : {static_cast<const Session*>(nullptr), &analyst}) {
    const auto headers = who ? who->headers() : httplib::Headers{};
    for (const std::string suffix : {"", "/api"}) {
      const std::string prefix = suffix.empty() ? "/risks/" : "/api/v1/risks/";
      const auto hidden = client.Get(prefix + n(r().sr99), headers);
      const auto missing = client.Get(prefix + "999999", headers);
      ASSERT_TRUE(hidden && missing);
      EXPECT_EQ(hidden->status, 404);
      EXPECT_EQ(missing->status, 404);
      EXPECT_EQ(hidden->body, missing->body) << prefix;
      EXPECT_EQ(hidden->get_header_value("Content-Type"), missing->get_header_value("Content-Type"));
    }
  }
  EXPECT_TRUE(contains(page("/risks/" + n(r().sr99), &member_), risk_http::kSecretMarker));
}

// ---- writing: a fresh server for each test ----

class RiskHttpForms : public ::testing::Test {
 protected:
  void SetUp() override {
    server_ = std::make_unique<RiskWorldServer>("ics_risk_forms");
    secretariat_ = server_->sign_in("sam");
  }
  const risk_http::RiskWorld& r() const { return server_->risks(); }
  AssuranceStore& store() { return server_->store().assurance(); }

  httplib::Result post(const std::string& path, httplib::Params form) {
    form.emplace("csrf_token", secretariat_.csrf);
    return server_->client().Post(path, secretariat_.headers(), form);
  }
  std::string get(const std::string& path) {
    const auto res = server_->client().Get(path, secretariat_.headers());
    EXPECT_TRUE(res && res->status == 200) << path;
    return res ? res->body : "";
  }
  std::string review_path() const { return "/risks/" + n(r().sr02) + "/review"; }

  std::unique_ptr<RiskWorldServer> server_;
  Session secretariat_;
};

TEST_F(RiskHttpForms, TheReviewFormOffersBothScalesInWordsAndDefaultsToToday) {
  const std::string html = get(review_path());
  EXPECT_TRUE(contains(html, "name=\"date\" type=\"date\" value=\"2026-03-10\""));
  for (const std::string label : {"1 Rare", "2 Unlikely", "3 Possible", "4 Likely", "5 Almost certain",
                                  "1 Negligible", "2 Minor", "3 Moderate", "4 Major", "5 Catastrophic"})
    EXPECT_TRUE(contains(html, ">" + label + "</label>")) << label;
  // The current rating (3 x 3) is chosen to start with.
  EXPECT_TRUE(contains(html, "name=\"likelihood\" type=\"radio\" value=\"3\" checked"));
  EXPECT_TRUE(contains(html, "name=\"consequence\" type=\"radio\" value=\"3\" checked"));
  EXPECT_TRUE(contains(html, "name=\"csrf_token\" value=\"" + secretariat_.csrf + "\""));
}

TEST_F(RiskHttpForms, ARefusedReviewShowsEachErrorBesideItsFieldAndSavesNothing) {
  const Risk before = *store().risk(r().sr02);
  const std::vector<std::pair<httplib::Params, Texts>> cases = {
      {{{"date", ""}},
       {"Enter the date of the review", "Choose the likelihood, from 1 to 5", "Choose the consequence, from 1 to 5",
        "Enter a note saying why the score is what it is"}},
      {{{"date", "2026-03-11"}, {"likelihood", "3"}, {"consequence", "3"}, {"note", "Too soon"}},
       {"The date of the review cannot be in the future"}},
      {{{"date", "2026-03-01"}, {"likelihood", "3"}, {"consequence", "3"}, {"note", "Too late"}},
       {"The date of the review must be on or after 2 March 2026, the date of the latest scoring"}},
      {{{"date", "2026-03-10"}, {"likelihood", "6"}, {"consequence", "x"}, {"note", "Off the scale"}},
       {"The likelihood must be a whole number from 1 to 5",
        "Consequence must be a whole number (&quot;x&quot; is not)"}},
      {{{"date", "10/03/2026"}, {"likelihood", "3"}, {"consequence", "3"}, {"note", "A note"}},
       {"Date of the review must be a real date"}},
      {{{"date", "2026-03-10"}, {"likelihood", "3"}, {"consequence", "3"}, {"note", "A note"},
        {"review_date", "2026-03-10"}},
       {"The next review date must be after the date of the review"}},
  };
  for (const auto& [form, messages] : cases) {
    const auto res = post(review_path(), form);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 400) << form.begin()->second;
    for (const auto& message : messages) EXPECT_TRUE(contains(res->body, message)) << message;
    EXPECT_TRUE(contains(res->body, "There is a problem"));
    // The form keeps what was typed.
    for (const auto& [field, value] : form) {
      if (field == "note" && !value.empty()) {
        EXPECT_TRUE(contains(res->body, ">" + value + "</textarea>")) << value;
      }
    }
  }
  const std::string all_wrong = post(review_path(), {{"date", ""}})->body;
  for (const std::string field : {"date", "likelihood", "consequence", "note"})
    EXPECT_TRUE(contains(all_wrong, "id=\"" + field + "-error\"")) << field;
  EXPECT_EQ(*store().risk(r().sr02), before);
}

TEST_F(RiskHttpForms, ASavedReviewAppendsToTheHistoryAndMovesTheHeatMap) {
  const auto saved = post(review_path(), {{"date", "2026-03-10"},
                                          {"likelihood", "5"},
                                          {"consequence", "4"},
                                          {"note", "Agency spend cap breached"},
                                          {"review_date", "2026-04-30"}});
  ASSERT_TRUE(saved);
  EXPECT_EQ(saved->status, 303);
  EXPECT_EQ(saved->get_header_value("Location"), "/risks/" + n(r().sr02));
  const Risk after = *store().risk(r().sr02);
  ASSERT_EQ(after.history.size(), 3u);
  EXPECT_EQ(after.history.back(),
            (RiskScoreEntry{Date::from_ymd(2026, 3, 10), RiskRating{5, 4}, "Agency spend cap breached", "sam"}));
  EXPECT_EQ(after.review_date, Date::from_ymd(2026, 4, 30));

  const std::string html = get("/risks");
  EXPECT_EQ(heat_cell(html, 3, 3).count, 0);
  EXPECT_EQ(heat_cell(html, 5, 4).refs, "SR02");
  const auto t = table_with_caption(html, "Risk register");
  EXPECT_EQ(t.rows[1], (Texts{"SR02", "Community nursing workforce shortfall", "Chief People Officer",
                              "Place Escalated to system", "16 Extreme", "20 Extreme", "4 Moderate", "Up from 12",
                              "30 Apr 2026"}));
  // 20 at place reaches the system threshold of 15: a new escalation.
  EXPECT_EQ(items_under(html, "Escalated since last month"),
            (Texts{"SR02 Community nursing workforce shortfall: from place to system; score 20 reached the system "
                   "threshold of 15",
                   "SR03 System financial deficit: from system to the board; score 16 reached the board threshold "
                   "of 15"}));
  EXPECT_TRUE(contains(get("/risks/" + n(r().sr02)), "Agency spend cap breached"));

  // A second review the same day replaces the first.
  const auto corrected_reply =
      post(review_path(), {{"date", "2026-03-10"}, {"likelihood", "2"}, {"consequence", "2"}, {"note", "Corrected"}});
  ASSERT_TRUE(corrected_reply);
  ASSERT_EQ(corrected_reply->status, 303);
  const Risk corrected = *store().risk(r().sr02);
  ASSERT_EQ(corrected.history.size(), 3u);
  EXPECT_EQ(corrected.history.back().rating, (RiskRating{2, 2}));
  EXPECT_EQ(corrected.history.back().note, "Corrected");
  EXPECT_EQ(corrected.review_date, Date::from_ymd(2026, 4, 30));  // left blank: kept
  const std::string moved_again = get("/risks");
  EXPECT_EQ(heat_cell(moved_again, 5, 4).count, 0);
  EXPECT_EQ(heat_cell(moved_again, 2, 2).refs, "SR02");
}

TEST_F(RiskHttpForms, TheThresholdsFormRefusesImpossibleOrFallingThresholdsAndSavesGoodOnes) {
  EXPECT_TRUE(contains(get("/risks/escalation"), "name=\"to_board\" type=\"number\" value=\"15\""));
  const std::vector<std::pair<httplib::Params, std::string>> refused = {
      {{{"to_place", "7"}, {"to_system", "15"}, {"to_board", "15"}}, "Place threshold must be a score"},
      {{{"to_place", "12"}, {"to_system", "16"}, {"to_board", "15"}},
       "Board threshold must be at least the system threshold (16)"},
      {{{"to_place", "12"}, {"to_system", ""}, {"to_board", "15"}}, "Enter from place to system"},
      {{{"to_place", "12"}, {"to_system", "15"}, {"to_board", "99999999999"}}, "From system to the board must be"},
  };
  for (const auto& [form, message] : refused) {
    const auto res = post("/risks/escalation", form);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 400) << message;
    EXPECT_TRUE(contains(res->body, message)) << res->body.substr(0, 200);
  }
  EXPECT_EQ(store().escalation_rules(), EscalationRules{});

  const auto saved = post("/risks/escalation", {{"to_place", "12"}, {"to_system", "20"}, {"to_board", "20"}});
  ASSERT_TRUE(saved);
  EXPECT_EQ(saved->status, 303);
  EXPECT_EQ(saved->get_header_value("Location"), "/risks");
  EXPECT_EQ(store().escalation_rules(), (EscalationRules{12, 20, 20}));
  const std::string html = get("/risks");
  EXPECT_TRUE(contains(html, "from place to system at 20 and from system to the board at 20"));
  // SR03 (16) no longer reaches the board; SR01 (20) and the confidential SR99 (25), which the
  // secretariat sees, still do.
  EXPECT_EQ(items_under(html, "Escalated to the board"),
            (Texts{"SR01 Urgent care demand exceeds capacity: held at system; score 20 reached the board threshold "
                   "of 20",
                   std::string("SR99 Acquisition ") + risk_http::kSecretMarker +
                       " fails: held at system; score 25 reached the board threshold of 20"}));
}

}  // namespace
}  // namespace ics::web
