#include "domain/governance_json.h"

#include <gtest/gtest.h>

#include "governance_samples.h"
#include "json_round_trip.h"

namespace ics {
namespace {

using json_test::error_for;
using json_test::round_trip;
using nlohmann::json;

TEST(GovernanceJson, EveryRecordRoundTripsWithAllFields) {
  Person p = samples::person();
  p.id = 7;
  EXPECT_EQ(round_trip(p), p);

  Committee c = samples::committee(3, 4, 1);
  c.id = 2;
  EXPECT_EQ(round_trip(c), c);

  Meeting m = samples::meeting(2, 3, 4, 9);
  m.id = 5;
  m.minutes_status = MinutesStatus::Approved;
  m.minutes_approved_at = 6;
  EXPECT_EQ(round_trip(m), m);

  Paper paper = samples::paper(5);
  paper.id = 8;
  paper.file = PaperFile{"enc-b.pdf", "application/pdf", 1234, "ab12"};
  EXPECT_EQ(round_trip(paper), paper);
  paper.file.reset();
  paper.meeting_id.reset();
  EXPECT_EQ(round_trip(paper), paper);

  Action a = samples::action("B203", 2, 5, 3);
  a.id = 11;
  EXPECT_EQ(round_trip(a), a);

  Decision dn = samples::decision("ICSB-D007", 2, 5);
  dn.id = 12;
  EXPECT_EQ(round_trip(dn), dn);

  Interest i = samples::interest(3);
  i.id = 13;
  EXPECT_EQ(round_trip(i), i);
}

TEST(GovernanceJson, UsesCanonicalNamesDatesAndNulls) {
  Action a = samples::action("B203", 2, std::nullopt, std::nullopt);
  a.due.reset();
  const json j = a;
  EXPECT_EQ(j["status"], "consolidated");
  EXPECT_EQ(j["raised_on"], "2026-01-15");
  EXPECT_TRUE(j["due"].is_null());
  EXPECT_TRUE(j["owner_id"].is_null());
  EXPECT_TRUE(j["meeting_id"].is_null());

  const json m = samples::meeting(1, 2, 3, std::nullopt);
  EXPECT_EQ(m["agenda"][1]["format"], "to follow");
  EXPECT_EQ(m["declarations"][0]["decision"], "stays without voting");
  EXPECT_EQ(m["attendance"][1]["deputy_name"], "Sam Jones");
}

TEST(GovernanceJson, AccountJsonLeavesOutThePasswordHash) {
  Account account{4, "jo", Role::Secretariat, 9, "$argon2id$v=19$secret", true};
  const json j = account;
  EXPECT_EQ(j["name"], "jo");
  EXPECT_EQ(j["role"], "secretariat");
  EXPECT_EQ(j["person_id"], 9);
  EXPECT_EQ(j["disabled"], true);
  EXPECT_FALSE(j.contains("password_hash"));
  EXPECT_EQ(j.dump().find("argon2"), std::string::npos);
}

TEST(GovernanceJson, MissingFieldsKeepTheirDefaults) {
  const auto a = json{{"ref", "B1"}, {"raised_on", "2026-01-02"}}.get<Action>();
  EXPECT_EQ(a.ref, "B1");
  EXPECT_EQ(a.raised_on, Date::from_ymd(2026, 1, 2));
  EXPECT_EQ(a.status, ActionStatus::Open);
  EXPECT_FALSE(a.due);
  const auto c = json{{"name", "Board"}, {"quorum", {{"min_members", 6}}}}.get<Committee>();
  EXPECT_EQ(c.quorum.min_members, 6);
  EXPECT_EQ(c.quorum.chair_or_vice_required, QuorumRule{}.chair_or_vice_required);
  EXPECT_EQ(c.paper_cycle, PaperCycle{});
}

TEST(GovernanceJson, BadDatesNameTheField) {
  EXPECT_EQ(error_for<Action>(json{{"due", "2026-02-30"}}), "field \"due\": \"2026-02-30\" is not a date");
  EXPECT_EQ(error_for<Action>(json{{"raised_on", "2026-02"}}), "field \"raised_on\": \"2026-02\" is not a date");
  EXPECT_NE(error_for<Interest>(json{{"declared_on", 20260101}}).find("field \"declared_on\""), std::string::npos);
  EXPECT_EQ(error_for<Action>(json{{"updates", {{{"date", "yesterday"}}}}}),
            "field \"updates[0].date\": \"yesterday\" is not a date");
}

TEST(GovernanceJson, BadEnumsNameTheFieldAndTheChoices) {
  const std::string status = error_for<Action>(json{{"status", "done"}});
  EXPECT_NE(status.find("field \"status\": \"done\" is not one of"), std::string::npos) << status;
  EXPECT_NE(status.find("superseded"), std::string::npos) << status;
  const std::string nested = error_for<Meeting>(json{{"agenda", {{{"number", "1"}}, {{"part", "secret"}}}}});
  EXPECT_NE(nested.find("field \"agenda[1].part\": \"secret\""), std::string::npos) << nested;
  const std::string role = error_for<Committee>(json{{"members", {{{"role", "boss"}}}}});
  EXPECT_NE(role.find("field \"members[0].role\""), std::string::npos) << role;
}

TEST(GovernanceJson, WrongTypesNameTheField) {
  EXPECT_NE(error_for<Person>(json{{"name", 5}}).find("field \"name\": expected a string"), std::string::npos);
  EXPECT_NE(error_for<Paper>(json{{"confidential", "yes"}}).find("field \"confidential\""), std::string::npos);
  EXPECT_NE(error_for<Paper>(json{{"file", {{"size", "big"}}}}).find("field \"file.size\""), std::string::npos);
  EXPECT_NE(error_for<Meeting>(json{{"committee_id", 1.5}}).find("field \"committee_id\""), std::string::npos);
  EXPECT_NE(error_for<Committee>(json{{"quorum", {{"min_members", 1e12}}}}).find("field \"quorum.min_members\""),
            std::string::npos);
  EXPECT_NE(error_for<Decision>(json::array()), "");
}

}  // namespace
}  // namespace ics
