#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "core/working_days.h"
#include "demo/demo_governance.h"
#include "demo/demo_pdf.h"
#include "governance/action_lifecycle.h"
#include "governance/interest_review.h"
#include "governance/quorum.h"
#include "governance/validation.h"
#include "store/store.h"
#include "web/password_hash.h"

namespace ics {
namespace {

const Date kToday = Date::from_ymd(2026, 3, 18);
constexpr uint32_t kSeed = 20260401;

const demo::DemoGovernance& standard_demo() {
  static const demo::DemoGovernance demo = demo::build_demo_governance(kToday, kSeed);
  return demo;
}

std::string describe(const FieldErrors& errors) {
  std::string out;
  for (const auto& e : errors) out += e.field + ": " + e.message + "; ";
  return out;
}

const Committee& committee_of(const demo::DemoGovernance& demo, int64_t id) {
  for (const auto& c : demo.committees)
    if (c.id == id) return c;
  throw std::runtime_error("no committee " + std::to_string(id));
}

bool held(const Meeting& m, Date today) { return m.date < today && !m.cancelled; }

// Checks every record against the validators the forms and API use, for several todays and seeds, so a
// calendar edge (a year end, a bank holiday) cannot produce an invalid record.
TEST(DemoGovernance, EveryRecordPassesValidation) {
  for (Date today : {kToday, Date::from_ymd(2025, 8, 31), Date::from_ymd(2027, 1, 4)})
    for (uint32_t seed : {1u, kSeed}) {
      const auto demo = demo::build_demo_governance(today, seed);
      SCOPED_TRACE(today.to_string() + " seed " + std::to_string(seed));
      for (const auto& p : demo.people) EXPECT_EQ(describe(governance::validate_person(p)), "") << p.name;
      for (const auto& c : demo.committees) EXPECT_EQ(describe(governance::validate_committee(c)), "") << c.name;
      for (const auto& m : demo.meetings)
        EXPECT_EQ(describe(governance::validate_meeting(m)), "") << m.date.to_string();
      for (const auto& p : demo.papers) EXPECT_EQ(describe(governance::validate_paper(p.paper)), "") << p.paper.title;
      for (const auto& a : demo.actions) EXPECT_EQ(describe(governance::validate_action(a)), "") << a.ref;
      for (const auto& d : demo.decisions) EXPECT_EQ(describe(governance::validate_decision(d)), "") << d.ref;
      for (const auto& i : demo.interests)
        EXPECT_EQ(describe(governance::validate_interest(i)), "") << i.description;
    }
}

TEST(DemoGovernance, HasTheBoardAndItsSevenSubCommittees) {
  const auto& demo = standard_demo();
  std::set<std::string> codes;
  for (const auto& c : demo.committees) codes.insert(c.code);
  EXPECT_EQ(codes, (std::set<std::string>{"ICSB", "SE", "POG", "QG", "FDG", "MNPPB", "NCPPB", "SNPPB"}));
  const Committee& board = demo.committees.front();
  EXPECT_EQ(board.code, "ICSB");
  EXPECT_FALSE(board.reports_to);
  EXPECT_TRUE(board.meets_in_public);
  EXPECT_EQ(board.action_prefix, "B");
  EXPECT_EQ(board.decision_prefix, "ICSB-D");
  for (const auto& c : demo.committees) {
    if (&c == &board) continue;
    EXPECT_EQ(c.reports_to, board.id) << c.name;
    EXPECT_DOUBLE_EQ(c.required_attendance, 0.75);
    EXPECT_FALSE(c.members.empty());
  }
  EXPECT_GE(demo.people.size(), 30u);
}

TEST(DemoGovernance, MeetingsRunFromAYearAgoToTwoMonthsAheadOnWorkingDays) {
  const auto& demo = standard_demo();
  std::map<int64_t, int> held_by_committee, planned_by_committee;
  for (const auto& m : demo.meetings) {
    EXPECT_GT(m.date, Date{kToday.days - 366});
    EXPECT_LE(m.date, Date{kToday.days + 62});
    EXPECT_TRUE(is_working_day(m.date)) << m.date.to_string();
    if (held(m, kToday)) {
      ++held_by_committee[m.committee_id];
      EXPECT_FALSE(m.attendance.empty());
      EXPECT_EQ(m.minutes.size(), m.agenda.size());
    } else {
      if (!m.cancelled) ++planned_by_committee[m.committee_id];
      EXPECT_TRUE(m.attendance.empty());
      EXPECT_EQ(m.minutes_status, MinutesStatus::None);
    }
  }
  for (const auto& c : demo.committees) {
    EXPECT_GE(held_by_committee[c.id], 4) << c.name;
    EXPECT_GE(planned_by_committee[c.id], 1) << c.name;
  }
  EXPECT_TRUE(std::is_sorted(demo.meetings.begin(), demo.meetings.end(),
                             [](const Meeting& a, const Meeting& b) { return a.date < b.date; }));
}

TEST(DemoGovernance, BoardAgendasStartWithStandingItemsAndHaveAPrivatePart) {
  const auto& demo = standard_demo();
  const int64_t board = demo.committees.front().id;
  int with_private = 0;
  for (const auto& m : demo.meetings) {
    if (m.committee_id != board) continue;
    ASSERT_GE(m.agenda.size(), 6u);
    EXPECT_EQ(m.agenda[0].title, "Welcome, introductions and apologies");
    EXPECT_EQ(m.agenda[1].title, "Declarations of interest");
    EXPECT_EQ(m.agenda[0].part, MeetingPart::Public);
    with_private += std::any_of(m.agenda.begin(), m.agenda.end(),
                                [](const AgendaItem& i) { return i.part == MeetingPart::Private; });
  }
  EXPECT_GE(with_private, 3);
}

TEST(DemoGovernance, OneOrTwoHeldMeetingsAreInquorate) {
  const auto& demo = standard_demo();
  int inquorate = 0, cancelled = 0;
  for (const auto& m : demo.meetings) {
    cancelled += m.cancelled;
    if (!held(m, kToday)) continue;
    const auto quorum = governance::evaluate_quorum(committee_of(demo, m.committee_id), demo.people, m);
    if (!quorum.quorate) {
      ++inquorate;
      EXPECT_NE(m.minutes.front().text.find("not quorate"), std::string::npos);
      for (const auto& entry : m.minutes)
        if (entry.item_number != "1") {
          EXPECT_TRUE(entry.resolutions.empty()) << "an inquorate meeting resolved nothing";
        }
    }
  }
  EXPECT_GE(inquorate, 1);
  EXPECT_LE(inquorate, 2);
  EXPECT_EQ(cancelled, 1);
}

TEST(DemoGovernance, AttendanceHasApologiesDeputiesAndDeclarations) {
  const auto& demo = standard_demo();
  std::map<AttendanceStatus, int> statuses;
  std::set<DeclarationDecision> rulings;
  for (const auto& m : demo.meetings) {
    for (const auto& a : m.attendance) ++statuses[a.status];
    for (const auto& d : m.declarations) {
      rulings.insert(d.decision);
      EXPECT_TRUE(d.interest_id);
    }
  }
  EXPECT_GT(statuses[AttendanceStatus::Present], statuses[AttendanceStatus::Apologies]);
  EXPECT_GT(statuses[AttendanceStatus::Apologies], 0);
  EXPECT_GT(statuses[AttendanceStatus::Deputy], 0);
  EXPECT_GE(rulings.size(), 3u);
}

TEST(DemoGovernance, MinutesAreApprovedAtALaterMeetingExceptTheLatest) {
  const auto& demo = standard_demo();
  std::map<int64_t, const Meeting*> by_id, latest;
  for (const auto& m : demo.meetings) {
    by_id[m.id] = &m;
    if (held(m, kToday)) latest[m.committee_id] = &m;
  }
  int approved = 0;
  for (const auto& m : demo.meetings) {
    if (!held(m, kToday)) continue;
    if (latest[m.committee_id] == &m) {
      EXPECT_EQ(m.minutes_status, MinutesStatus::Draft);
      continue;
    }
    EXPECT_EQ(m.minutes_status, MinutesStatus::Approved);
    ASSERT_TRUE(m.minutes_approved_at);
    const Meeting* approver = by_id.at(*m.minutes_approved_at);
    EXPECT_EQ(approver->committee_id, m.committee_id);
    EXPECT_LT(m.date, approver->date);
    ++approved;
  }
  EXPECT_GT(approved, 30);
  bool resolved = false;
  for (const auto& m : demo.meetings)
    for (const auto& e : m.minutes) resolved = resolved || !e.resolutions.empty();
  EXPECT_TRUE(resolved);
}

TEST(DemoGovernance, ActionsAppearInEveryStatusAndSomeAreOverdue) {
  const auto& demo = standard_demo();
  std::set<ActionStatus> statuses;
  std::map<std::string, const Action*> by_ref;
  int overdue = 0;
  for (const auto& a : demo.actions) {
    statuses.insert(a.status);
    EXPECT_TRUE(by_ref.emplace(a.ref, &a).second) << "duplicate ref " << a.ref;
    overdue += governance::is_overdue(a, kToday);
    if (a.closed_on) {
      EXPECT_LE(*a.closed_on, kToday) << a.ref;
    }
  }
  EXPECT_EQ(statuses.size(), 6u);
  EXPECT_GE(overdue, 1);
  for (const auto& a : demo.actions) {
    if (a.status == ActionStatus::Superseded || a.status == ActionStatus::Consolidated) {
      ASSERT_TRUE(by_ref.count(a.status_target)) << a.ref << " -> " << a.status_target;
      EXPECT_EQ(by_ref[a.status_target]->committee_id, a.committee_id);
    }
    if (a.status == ActionStatus::Consolidated) {
      EXPECT_TRUE(governance::is_open(by_ref[a.status_target]->status));
    }
    if (a.status == ActionStatus::Delegated) {
      EXPECT_EQ(a.status_target, "ICS Chief Executive Group");
    }
  }
  EXPECT_TRUE(by_ref.count("B181")) << "the board's log continues from earlier years";
}

TEST(DemoGovernance, DecisionsAreNumberedPerCommittee) {
  const auto& demo = standard_demo();
  std::set<std::string> refs;
  for (const auto& d : demo.decisions) EXPECT_TRUE(refs.insert(d.ref).second) << d.ref;
  EXPECT_TRUE(refs.count("ICSB-D001"));
  EXPECT_TRUE(std::any_of(demo.decisions.begin(), demo.decisions.end(), [](const Decision& d) { return d.confidential; }));
}

TEST(DemoGovernance, PapersIncludeConfidentialAndDraftOnes) {
  const auto& demo = standard_demo();
  std::map<int64_t, Date> meeting_date;
  for (const auto& m : demo.meetings) meeting_date[m.id] = m.date;
  int confidential = 0, drafts = 0;
  for (const auto& p : demo.papers) {
    if (p.paper.confidential) {
      ++confidential;
      EXPECT_NE(p.paper.confidential_reason.find("s36"), std::string::npos) << p.paper.title;
    }
    if (p.paper.draft) {
      ++drafts;
      EXPECT_GT(meeting_date.at(*p.paper.meeting_id), kToday) << "drafts are for a meeting still to come";
    }
    ASSERT_TRUE(p.paper.file);
    EXPECT_EQ(p.paper.file->content_type, "application/pdf");
    EXPECT_EQ(p.paper.file->size, static_cast<int64_t>(p.file_bytes.size()));
    EXPECT_EQ(p.file_bytes.rfind("%PDF-1.4\n", 0), 0u);
  }
  EXPECT_GE(confidential, 1);
  EXPECT_EQ(drafts, 2);
}

TEST(DemoGovernance, InterestsCoverEveryTypeWithSomeReviewsOverdue) {
  const auto& demo = standard_demo();
  std::set<InterestType> types;
  int overdue = 0, ended = 0;
  for (const auto& i : demo.interests) {
    types.insert(i.type);
    overdue += governance::interest_review_overdue(i, kToday);
    ended += i.to && *i.to < kToday;
  }
  EXPECT_EQ(types.size(), 4u);
  EXPECT_GE(overdue, 2);
  EXPECT_LT(overdue, static_cast<int>(demo.interests.size()) / 2);
  EXPECT_GE(ended, 1);
}

TEST(DemoGovernance, TheSameSeedGivesTheSameRecords) {
  const auto a = demo::build_demo_governance(kToday, 7);
  const auto b = demo::build_demo_governance(kToday, 7);
  const auto c = demo::build_demo_governance(kToday, 8);
  EXPECT_EQ(a.people, b.people);
  EXPECT_EQ(a.committees, b.committees);
  EXPECT_EQ(a.meetings, b.meetings);
  EXPECT_EQ(a.actions, b.actions);
  EXPECT_EQ(a.decisions, b.decisions);
  EXPECT_EQ(a.interests, b.interests);
  ASSERT_EQ(a.papers.size(), b.papers.size());
  for (size_t i = 0; i < a.papers.size(); ++i) {
    EXPECT_EQ(a.papers[i].paper, b.papers[i].paper);
    EXPECT_EQ(a.papers[i].file_bytes, b.papers[i].file_bytes);
  }
  EXPECT_NE(a.meetings, c.meetings) << "another seed should give other attendance";
}

// Every cross-reference offset in the xref table must point at its object, or readers reject the file.
TEST(DemoPdf, XrefOffsetsPointAtTheirObjects) {
  const std::string pdf = demo::one_page_pdf("Finance report (M07)", {"Deficit of £4.2m \\ adverse", std::string(300, 'x')});
  ASSERT_EQ(pdf.rfind("%PDF-1.4\n", 0), 0u);
  ASSERT_GE(pdf.size(), 6u);
  EXPECT_EQ(pdf.substr(pdf.size() - 6), "%%EOF\n");
  const size_t startxref = pdf.rfind("startxref\n");
  ASSERT_NE(startxref, std::string::npos);
  const size_t xref = std::stoul(pdf.substr(startxref + 10));
  ASSERT_EQ(pdf.compare(xref, 5, "xref\n"), 0);
  for (int object = 1; object <= 6; ++object) {
    const size_t entry = xref + 5 + 4 + 20 * static_cast<size_t>(object);  // "xref\n0 7\n" then 20-byte entries
    const size_t offset = std::stoul(pdf.substr(entry, 10));
    EXPECT_EQ(pdf.compare(offset, std::to_string(object).size() + 6, std::to_string(object) + " 0 obj"), 0) << object;
  }
  EXPECT_NE(pdf.find("(Finance report \\(M07\\)) Tj"), std::string::npos);
  EXPECT_NE(pdf.find("\\243"), std::string::npos) << "the pound sign in the font's encoding";
  const size_t length_at = pdf.find("/Length ");
  const size_t stream_at = pdf.find("stream\n") + 7;
  const size_t end_at = pdf.find("endstream");
  EXPECT_EQ(std::stoul(pdf.substr(length_at + 8)), end_at - stream_at);
}

TEST(DemoGovernance, LoadsIntoAStoreWithMatchingCountsAndAccounts) {
  const auto& demo = standard_demo();
  auto store = Store::open(":memory:");
  demo::load_demo_governance(*store, demo);
  GovernanceStore& g = store->governance();
  EXPECT_EQ(g.people().size(), demo.people.size());
  EXPECT_EQ(g.committees().size(), demo.committees.size());
  EXPECT_EQ(g.meetings().size(), demo.meetings.size());
  EXPECT_EQ(g.papers().size(), demo.papers.size());
  EXPECT_EQ(g.actions().size(), demo.actions.size());
  EXPECT_EQ(g.decisions().size(), demo.decisions.size());
  EXPECT_EQ(g.interests().size(), demo.interests.size());

  // Stored references point at stored records: the board's sub-committees report to the stored board.
  const auto committees = g.committees();
  const auto board = std::find_if(committees.begin(), committees.end(), [](const Committee& c) { return c.code == "ICSB"; });
  ASSERT_NE(board, committees.end());
  EXPECT_EQ(std::count_if(committees.begin(), committees.end(),
                          [&](const Committee& c) { return c.reports_to == board->id; }),
            7);
  const auto people = g.people();
  int inquorate = 0;
  for (const auto& m : g.meetings()) {
    if (m.minutes_approved_at) {
      EXPECT_EQ(g.meeting(*m.minutes_approved_at)->committee_id, m.committee_id);
    }
    const Committee& c = *std::find_if(committees.begin(), committees.end(),
                                       [&](const Committee& x) { return x.id == m.committee_id; });
    if (held(m, kToday) && !governance::evaluate_quorum(c, people, m).quorate) ++inquorate;
  }
  EXPECT_GE(inquorate, 1);
  const auto papers = g.papers();
  ASSERT_FALSE(papers.empty());
  EXPECT_EQ(g.paper_file_bytes(papers.front().id)->rfind("%PDF-1.4", 0), 0u);
  EXPECT_FALSE(g.audit_trail().empty());
  EXPECT_EQ(g.audit_trail().front().actor, "ics demo");

  for (const char* name : {"secretariat", "member", "analyst", "admin"}) {
    const auto account = store->accounts().account_by_name(name);
    ASSERT_TRUE(account) << name;
    EXPECT_TRUE(web::verify_password(account->password_hash, demo::kDemoPassword)) << name;
    EXPECT_EQ(enum_name(account->role), name);
  }
  const auto member = store->accounts().account_by_name("member");
  ASSERT_TRUE(member->person_id);
  EXPECT_EQ(g.person(*member->person_id)->name, "Helen Okonjo");
  // The member account has something of its own to update and declare.
  ActionQuery own;
  own.owner_id = member->person_id;
  const auto actions = g.actions(own);
  EXPECT_TRUE(std::any_of(actions.begin(), actions.end(), [](const Action& a) { return governance::is_open(a.status); }));
  EXPECT_FALSE(g.interests(member->person_id).empty());
}

}  // namespace
}  // namespace ics
