// Whole-record checks: every problem reported against the form field that shows it.
#include "governance/validation.h"

#include <gtest/gtest.h>

#include <map>
#include <string>

namespace ics::governance {
namespace {

Date d(const char* text) { return *parse_date(text); }

std::map<std::string, std::string> by_field(const FieldErrors& errors) {
  std::map<std::string, std::string> out;
  for (const auto& e : errors) out.emplace(e.field, e.message);
  return out;
}

Meeting good_meeting() {
  Meeting m;
  m.committee_id = 1;
  m.date = d("2024-05-01");
  m.start_time = "09:30";
  m.end_time = "12:30";
  AgendaItem a;
  a.number = "1";
  a.title = "Welcome";
  a.time = "09:30";
  AgendaItem b;
  b.number = "2";
  b.title = "Finance report";
  m.agenda = {a, b};
  m.attendance = {{5, AttendanceStatus::Present, ""}, {6, AttendanceStatus::Deputy, "Sam Smith"}};
  m.declarations = {{5, "2", std::nullopt, "Shareholder", DeclarationDecision::TakesPart}};
  return m;
}

TEST(Validation, AGoodMeetingHasNoErrors) { EXPECT_TRUE(validate_meeting(good_meeting()).empty()); }

TEST(Validation, MeetingFieldsAreNamedAsTheFormNamesThem) {
  Meeting m = good_meeting();
  m.date = d("1960-01-01");
  m.start_time = "9.30";
  m.end_time = "25:00";
  m.agenda[0].number = "2";  // duplicates item 2, reported on the second use
  m.agenda[0].time = "9am";
  m.agenda[1].title = "  ";
  m.attendance[1].deputy_name = "";
  m.declarations[0].item_number = "7";
  const auto errors = by_field(validate_meeting(m));
  EXPECT_EQ(errors.at("date"), "Date must be between 1971 and 2100");
  EXPECT_EQ(errors.at("start_time"), "Enter a time like 09:30");
  EXPECT_EQ(errors.at("end_time"), "Enter a time like 12:30");
  EXPECT_EQ(errors.at("agenda-0-time"), "Enter a time like 09:30");
  EXPECT_EQ(errors.at("agenda-1-number"), "Item number 2 is used more than once");
  EXPECT_EQ(errors.at("agenda-1-title"), "Enter a title");
  EXPECT_EQ(errors.at("attendance-6"), "Enter the name of the deputy");
  EXPECT_EQ(errors.at("declaration-0-item"), "Choose an item on the agenda");
  EXPECT_EQ(errors.size(), 8u);
}

TEST(Validation, MeetingTimesAndNumbers) {
  Meeting m = good_meeting();
  m.start_time = "";
  m.agenda[0].number = "";
  auto errors = by_field(validate_meeting(m));
  EXPECT_EQ(errors.at("start_time"), "Enter a start time like 09:30");
  EXPECT_EQ(errors.at("agenda-0-number"), "Enter an item number");

  m = good_meeting();
  m.end_time = "09:00";
  EXPECT_EQ(by_field(validate_meeting(m)).at("end_time"), "End time must be after the start time");
  m.end_time = "";
  m.start_time = "23:59";
  EXPECT_TRUE(validate_meeting(m).empty());
  m.start_time = "24:00";
  EXPECT_EQ(validate_meeting(m).size(), 1u);

  m = good_meeting();
  m.attendance.push_back({5, AttendanceStatus::Apologies, ""});
  EXPECT_EQ(by_field(validate_meeting(m)).count("attendance-5"), 1u);
}

TEST(Validation, Papers) {
  Paper p;
  p.confidential = true;
  auto errors = by_field(validate_paper(p));
  EXPECT_EQ(errors.at("title"), "Enter a title");
  EXPECT_TRUE(errors.count("enclosure_ref"));
  EXPECT_TRUE(errors.count("confidential_reason"));
  p.title = "Contract award";
  p.enclosure_ref = "Enc P";
  p.confidential_reason = "Commercial interests (FOI s36)";
  EXPECT_TRUE(validate_paper(p).empty());
  p.confidential = false;
  p.confidential_reason = "";
  EXPECT_TRUE(validate_paper(p).empty());
}

TEST(Validation, Actions) {
  Action a;
  a.raised_on = d("2024-05-01");
  a.due = d("2024-04-30");
  a.status = ActionStatus::Consolidated;
  auto errors = by_field(validate_action(a));
  EXPECT_TRUE(errors.count("ref"));
  EXPECT_EQ(errors.at("description"), "Enter a description");
  EXPECT_EQ(errors.at("due"), "Due date must be on or after the date raised");
  EXPECT_TRUE(errors.count("closed_on"));
  EXPECT_TRUE(errors.count("status_target"));

  a.ref = "B203";
  a.description = "Review the winter plan";
  a.due = d("2024-05-01");
  a.closed_on = d("2024-04-01");
  a.status_target = "B257";
  errors = by_field(validate_action(a));
  EXPECT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors.at("closed_on"), "Date closed must be on or after the date raised");
  a.closed_on = d("2024-06-01");
  EXPECT_TRUE(validate_action(a).empty());

  Action open;
  open.ref = "B1";
  open.description = "x";
  open.raised_on = d("2024-05-01");
  EXPECT_TRUE(validate_action(open).empty());  // no due date is allowed
}

TEST(Validation, DecisionsInterestsCommitteesAndPeople) {
  Decision dec;
  dec.date = d("2024-05-01");
  auto errors = by_field(validate_decision(dec));
  EXPECT_TRUE(errors.count("ref") && errors.count("title") && errors.count("decision"));
  EXPECT_FALSE(errors.count("date"));
  dec.date = Date{};  // 1970-01-01: never filled in
  EXPECT_TRUE(by_field(validate_decision(dec)).count("date"));

  Interest i;
  i.from = d("2024-05-01");
  i.to = d("2024-04-01");
  errors = by_field(validate_interest(i));
  EXPECT_EQ(errors.at("to"), "End date must be on or after the start date");
  EXPECT_EQ(errors.at("description"), "Enter a description");
  EXPECT_TRUE(errors.count("person_id"));
  i.person_id = 3;
  i.description = "Trustee of a local charity";
  i.to = d("2024-05-01");
  EXPECT_TRUE(validate_interest(i).empty());

  Committee c;
  c.quorum.min_members = 0;
  c.required_attendance = 1.5;
  c.code = "IC SB";
  errors = by_field(validate_committee(c));
  EXPECT_EQ(errors.at("name"), "Enter a name");
  EXPECT_TRUE(errors.count("code"));
  EXPECT_TRUE(errors.count("quorum_min_members"));
  EXPECT_TRUE(errors.count("required_attendance"));
  c.name = "Quality Group";
  c.code = "QG";
  c.quorum.min_members = 3;
  c.required_attendance = 0.75;
  EXPECT_TRUE(validate_committee(c).empty());
  c.paper_cycle.papers_out_before = -1;
  EXPECT_TRUE(by_field(validate_committee(c)).count("papers_out_before"));

  EXPECT_EQ(by_field(validate_person(Person{})).at("name"), "Enter a name");
  EXPECT_TRUE(validate_person(Person{0, "Ada Lovelace", "", ""}).empty());
}

}  // namespace
}  // namespace ics::governance
