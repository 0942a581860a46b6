// The risk JSON API (/api/v1/risks, /api/v1/objectives, POST /api/v1/risks/{id}/reviews) against the
// real server on 127.0.0.1: what each role sees, scores with grades and escalation, filters, and reviews
// written by bearer token or cookie with its CSRF header, refused with field errors and nothing saved.
#include <gtest/gtest.h>
#include <httplib.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <tuple>
#include <vector>

#include "json_reply.h"
#include "risk_http_world.h"
#include "web/password_hash.h"

namespace ics::web {
namespace {

using governance_http::Session;
using http_test::Reply;
using http_test::reply_of;
using nlohmann::json;
using risk_http::RiskWorldServer;
using Refs = std::vector<std::string>;

std::string n(int64_t v) { return std::to_string(v); }

Refs refs_of(const json& list) {
  Refs out;
  for (const auto& item : list.at("items")) out.push_back(item.at("ref").get<std::string>());
  return out;
}

class RiskHttpApi : public ::testing::Test {
 protected:
  void SetUp() override {
    server_ = std::make_unique<RiskWorldServer>("ics_risk_api");
    member_ = server_->sign_in("mo");
    secretariat_ = server_->sign_in("sam");
  }
  const risk_http::RiskWorld& r() const { return server_->risks(); }
  AssuranceStore& store() { return server_->store().assurance(); }

  Reply get(const std::string& path, const Session* session = nullptr) {
    auto client = server_->client();
    return reply_of(session ? client.Get(path, session->headers()) : client.Get(path));
  }
  Reply post(const std::string& path, const std::string& body, const httplib::Headers& headers) {
    return reply_of(server_->client().Post(path, headers, body, "application/json"));
  }
  std::string reviews_path() const { return "/api/v1/risks/" + n(r().sr02) + "/reviews"; }

  std::unique_ptr<RiskWorldServer> server_;
  Session member_, secretariat_;
};

TEST_F(RiskHttpApi, ListsTheVisibleRisksWithScoreGradeAndEscalation) {
  const Reply list = get("/api/v1/risks");
  ASSERT_EQ(list.status, 200) << list.text;
  EXPECT_EQ(list.body.at("count"), 5);
  EXPECT_EQ(refs_of(list.body), (Refs{"SR01", "SR02", "SR03", "SR04", "SR05"}));
  const json& sr01 = list.body.at("items").at(0);
  EXPECT_EQ(sr01.at("id"), r().sr01);
  EXPECT_EQ(sr01.at("score"), 20);
  EXPECT_EQ(sr01.at("grade"), "extreme");
  EXPECT_EQ(sr01.at("review_overdue"), false);
  EXPECT_EQ(sr01.at("escalation"), (json{{"held_at", "system"},
                                         {"seen_at", "board"},
                                         {"escalated", true},
                                         {"reason", "score 20 reached the board threshold of 15"}}));
  EXPECT_EQ(sr01.at("history").size(), 2u);
  const json& sr02 = list.body.at("items").at(1);
  EXPECT_EQ(sr02.at("score"), 9);
  EXPECT_EQ(sr02.at("grade"), "high");
  EXPECT_EQ(sr02.at("review_overdue"), true);
  EXPECT_EQ(sr02.at("escalation").at("escalated"), false);
  EXPECT_EQ(sr02.at("escalation").at("reason"), "");

  const Reply as_member = get("/api/v1/risks", &member_);
  EXPECT_EQ(refs_of(as_member.body), (Refs{"SR01", "SR02", "SR03", "SR04", "SR05", "SR99"}));
}

TEST_F(RiskHttpApi, FiltersAsTheRegisterDoesAndRejectsBadValues) {
  EXPECT_EQ(refs_of(get("/api/v1/risks?grade=extreme").body), (Refs{"SR01", "SR03"}));
  EXPECT_EQ(refs_of(get("/api/v1/risks?level=board").body), (Refs{"SR01", "SR03"}));
  EXPECT_EQ(refs_of(get("/api/v1/risks?objective=" + n(r().so2)).body), (Refs{"SR02", "SR04"}));
  EXPECT_EQ(refs_of(get("/api/v1/risks?category=Performance&grade=moderate").body), (Refs{"SR04"}));
  const Reply bad = get("/api/v1/risks?grade=scarlet");
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(bad.body, (json{{"error", "Grade \"scarlet\" is not one of: low, moderate, high, extreme"}}));
  EXPECT_EQ(get("/api/v1/risks?objective=0").status, 400);
}

TEST_F(RiskHttpApi, OneRiskByIdAndTheObjectives) {
  const Reply sr03 = get("/api/v1/risks/" + n(r().sr03));
  ASSERT_EQ(sr03.status, 200);
  EXPECT_EQ(sr03.body.at("ref"), "SR03");
  EXPECT_EQ(sr03.body.at("score"), 16);
  EXPECT_EQ(sr03.body.at("escalation").at("seen_at"), "board");
  for (const std::string& path : Refs{"/api/v1/risks/999999", "/api/v1/risks/abc", "/api/v1/risks/" + n(r().sr99)}) {
    const Reply missing = get(path);
    EXPECT_EQ(missing.status, 404) << path;
    EXPECT_EQ(missing.body, (json{{"error", "not found"}})) << path;
  }
  EXPECT_EQ(get("/api/v1/risks/" + n(r().sr99), &member_).body.at("confidential"), true);

  const Reply objectives = get("/api/v1/objectives");
  ASSERT_EQ(objectives.status, 200);
  EXPECT_EQ(objectives.body.at("count"), 2);
  EXPECT_EQ(refs_of(objectives.body), (Refs{"SO1", "SO2"}));
}

TEST_F(RiskHttpApi, ABearerTokenRecordsAReviewWithoutACsrfHeader) {
  const std::string token = random_token();
  server_->store().accounts().add_api_token(sha256_hex(token), server_->world().secretariat_account, "test");
  const Reply saved = post(reviews_path(),
                           json{{"date", "2026-03-09"},
                                {"likelihood", 5},
                                {"consequence", 4},
                                {"note", "Agency cap breached"},
                                {"review_date", "2026-04-30"}}
                               .dump(),
                           {{"Authorization", "Bearer " + token}});
  ASSERT_EQ(saved.status, 201) << saved.text;
  EXPECT_EQ(saved.body.at("score"), 20);
  EXPECT_EQ(saved.body.at("escalation").at("seen_at"), "system");
  const Risk after = *store().risk(r().sr02);
  ASSERT_EQ(after.history.size(), 3u);
  EXPECT_EQ(after.history.back(),
            (RiskScoreEntry{Date::from_ymd(2026, 3, 9), RiskRating{5, 4}, "Agency cap breached", "sam"}));
  EXPECT_EQ(after.review_date, Date::from_ymd(2026, 4, 30));
}

TEST_F(RiskHttpApi, ACookieReviewNeedsItsCsrfHeaderAndTheDateDefaultsToToday) {
  const json body = {{"likelihood", 2}, {"consequence", 2}, {"note", "Controls working"}};
  EXPECT_EQ(post(reviews_path(), body.dump(), secretariat_.headers()).status, 403);
  EXPECT_EQ(store().risk(r().sr02)->history.size(), 2u);
  const Reply saved = post(reviews_path(), body.dump(), secretariat_.headers_with_csrf());
  ASSERT_EQ(saved.status, 201) << saved.text;
  EXPECT_EQ(store().risk(r().sr02)->history.back().date, governance_http::kToday);
  EXPECT_EQ(saved.body.at("score"), 4);
}

TEST_F(RiskHttpApi, ARefusedReviewAnswersFieldErrorsAndSavesNothing) {
  const Risk before = *store().risk(r().sr02);
  const auto headers = secretariat_.headers_with_csrf();
  // Malformed bodies answer 400; well-formed reviews the rules refuse answer 422, as the governance API does.
  const std::vector<std::tuple<std::string, int, json>> cases = {
      {"not json", 400, json{{"body", "send a JSON object (Content-Type: application/json)"}}},
      {R"({"likelihood": "5", "consequence": 3, "note": "x"})", 400,
       json{{"likelihood", "expected a whole number from 1 to 5"}}},
      {R"({"date": "10 March", "likelihood": 3, "consequence": 3, "note": "x"})", 400,
       json{{"date", "expected a date as \"YYYY-MM-DD\""}}},
      {R"({"likelihood": 6, "consequence": 0, "note": ""})", 422,
       json{{"likelihood", "The likelihood must be a whole number from 1 to 5"},
            {"consequence", "The consequence must be a whole number from 1 to 5"},
            {"note", "Enter a note saying why the score is what it is"}}},
      {R"({"date": "2026-03-01", "likelihood": 3, "consequence": 3, "note": "x"})", 422,
       json{{"date", "The date of the review must be on or after 2 March 2026, the date of the latest scoring"}}},
      {R"({"date": "2026-03-10", "likelihood": 3, "consequence": 3, "note": "x", "review_date": "2026-03-01"})", 422,
       json{{"review_date", "The next review date must be after the date of the review"}}},
  };
  for (const auto& [body, status, errors] : cases) {
    const Reply reply = post(reviews_path(), body, headers);
    EXPECT_EQ(reply.status, status) << body;
    EXPECT_EQ(reply.body, (json{{"errors", errors}})) << body;
  }
  EXPECT_EQ(*store().risk(r().sr02), before);
}

}  // namespace
}  // namespace ics::web
