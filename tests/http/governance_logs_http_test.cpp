// The action log, decision log, register of interests and attendance matrix, against the real server on
// 127.0.0.1 (port 0) over a temporary SQLite store filled through the Store interface. Proves who sees
// and changes what: confidential actions and decisions are unreachable to the public by list or id;
// filters pick the right rows; "Overdue" follows the server's today; members update only their own
// actions; bad input and missing CSRF tokens are refused with nothing saved.
#include <gtest/gtest.h>
#include <httplib.h>

#include <regex>

#include "store/store.h"
#include "test_server.h"
#include "web/password_hash.h"
#include "web/web_server.h"

namespace ics::web {
namespace {

constexpr const char* kPassword = "correct horse battery staple";
constexpr const char* kSecretAction = "Zephyr merger due diligence";
constexpr const char* kSecretDecision = "Zephyr merger heads of terms approved";

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }
// The log's link text for a ref, so a ref mentioned elsewhere ("Consolidated into B257") is not mistaken for a row.
std::string row_of(const std::string& ref) { return ">" + ref + "</a>"; }

using http_test::Session;
using http_test::TestServer;

class GovernanceLogsHttp : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    db_ = new http_test::TempStore("ics_gov_logs");
    store_ = &db_->store();
    fill_store();
    server_ = new TestServer(*store_, kToday);
    secretariat_ = server_->sign_in("sam", kPassword);
    member_ = server_->sign_in("mo", kPassword);
    analyst_ = server_->sign_in("ana", kPassword);
  }
  static void TearDownTestSuite() {
    delete server_;
    store_ = nullptr;
    delete db_;
  }

  static inline const Date kToday = Date::from_ymd(2026, 3, 10);

  static int64_t add_action(const std::string& ref, int64_t owner, ActionStatus status, std::optional<Date> due,
                            bool confidential = false, const std::string& description = "Report back to the board") {
    Action a;
    a.ref = ref;
    a.committee_id = committee_;
    a.meeting_id = january_;
    a.item_number = std::string("5");
    a.description = description;
    a.owner_id = owner;
    a.raised_on = Date::from_ymd(2026, 1, 6);
    a.due = due;
    a.status = status;
    if (!governance_open(status)) a.closed_on = Date::from_ymd(2026, 2, 3);
    if (status == ActionStatus::Consolidated) a.status_target = std::string("B257");
    a.confidential = confidential;
    return store_->governance().save_action(a, "test");
  }
  static bool governance_open(ActionStatus s) { return s == ActionStatus::Open || s == ActionStatus::Ongoing; }

  // A board of three voting members (Cat is the member "mo" signs in as), two meetings with attendance,
  // actions in several states, one confidential action and decision, and interests, one overdue for review.
  static void fill_store() {
    store_->upsert_organisations({{"RX1", "Nottingham University Hospitals NHS Trust", OrganisationType::Trust, ""}});
    auto& gov = store_->governance();
    ada_ = gov.save_person({0, "Ada Chair", "Chair", "RX1"}, "test");
    ben_ = gov.save_person({0, "Ben Vice", "Chief Executive", "RX1"}, "test");
    cat_ = gov.save_person({0, "Cat Member", "Director of Finance", "RX1"}, "test");

    Committee board;
    board.name = "Integrated Care Board";
    board.code = "ICSB";
    board.frequency = "Monthly";
    board.meets_in_public = true;
    board.required_attendance = 0.75;
    board.action_prefix = "B";
    board.decision_prefix = "ICSB-D";
    board.members = {{ada_, MemberRole::Chair, std::nullopt, std::nullopt},
                     {ben_, MemberRole::ViceChair, std::nullopt, std::nullopt},
                     {cat_, MemberRole::Member, std::nullopt, std::nullopt}};
    committee_ = gov.save_committee(board, "test");

    Meeting jan;
    jan.committee_id = committee_;
    jan.date = Date::from_ymd(2026, 1, 6);
    jan.start_time = "10:00";
    jan.attendance = {{ada_, AttendanceStatus::Present, ""},
                      {ben_, AttendanceStatus::Apologies, ""},
                      {cat_, AttendanceStatus::Deputy, "Eve Deputy"}};
    january_ = gov.save_meeting(jan, "test");
    Meeting feb = jan;
    feb.date = Date::from_ymd(2026, 2, 3);
    feb.attendance = {{ada_, AttendanceStatus::Present, ""},
                      {ben_, AttendanceStatus::Present, ""},
                      {cat_, AttendanceStatus::Absent, ""}};
    gov.save_meeting(feb, "test");

    b201_ = add_action("B201", cat_, ActionStatus::Open, Date::from_ymd(2026, 3, 1));  // overdue
    b202_ = add_action("B202", ben_, ActionStatus::Ongoing, Date::from_ymd(2026, 4, 30));
    b203_ = add_action("B203", ben_, ActionStatus::Completed, Date::from_ymd(2026, 2, 1));
    b204_ = add_action("B204", cat_, ActionStatus::Open, Date::from_ymd(2026, 2, 1), true, kSecretAction);
    b205_ = add_action("B205", ben_, ActionStatus::Consolidated, Date::from_ymd(2026, 2, 1));
    b206_ = add_action("B206", ada_, ActionStatus::Open, kToday);  // due today: not yet overdue
    b207_ = add_action("B207", cat_, ActionStatus::Open, Date::from_ymd(2026, 6, 1));
    // B208 and B209 are changed by tests; the filters and counts never look at them.
    b208_ = add_action("B208", cat_, ActionStatus::Open, std::nullopt);
    b209_ = add_action("B209", ben_, ActionStatus::Ongoing, std::nullopt);
    add_action("B210", ada_, ActionStatus::Completed, Date::from_ymd(2026, 2, 1));
    add_action("B211", ada_, ActionStatus::Open, Date::from_ymd(2026, 2, 20));  // overdue
    b257_ = add_action("B257", ben_, ActionStatus::Open, std::nullopt);

    Decision pub;
    pub.ref = "ICSB-D001";
    pub.committee_id = committee_;
    pub.meeting_id = january_;
    pub.date = Date::from_ymd(2026, 1, 6);
    pub.title = "Winter plan";
    pub.decision = "The board approved the winter plan.";
    public_decision_ = gov.save_decision(pub, "test");
    Decision secret = pub;
    secret.ref = "ICSB-D002";
    secret.title = "Merger";
    secret.decision = kSecretDecision;
    secret.confidential = true;
    confidential_decision_ = gov.save_decision(secret, "test");

    Interest cats;
    cats.person_id = cat_;
    cats.type = InterestType::Financial;
    cats.description = "Shareholder in Acme Health Ltd";
    cats.declared_on = Date::from_ymd(2025, 6, 1);
    cats.last_confirmed = Date::from_ymd(2025, 8, 31);  // review due 28 Feb 2026: overdue on 10 March
    cat_interest_ = gov.save_interest(cats, "test");
    Interest bens;
    bens.person_id = ben_;
    bens.type = InterestType::NonFinancialProfessional;
    bens.description = "Trustee of the Riverside Hospice";
    bens.declared_on = Date::from_ymd(2026, 1, 5);
    bens.last_confirmed = Date::from_ymd(2026, 1, 5);
    ben_interest_ = gov.save_interest(bens, "test");
    Interest past = bens;
    past.description = "Governor of Westfield Academy";
    past.from = Date::from_ymd(2020, 9, 1);
    past.to = Date::from_ymd(2025, 7, 31);
    gov.save_interest(past, "test");

    const std::string hash = hash_password(kPassword);
    store_->accounts().add_account({0, "sam", Role::Secretariat, std::nullopt, hash, false}, "test");
    store_->accounts().add_account({0, "mo", Role::Member, cat_, hash, false}, "test");
    store_->accounts().add_account({0, "ana", Role::Analyst, std::nullopt, hash, false}, "test");
  }

  static httplib::Client client() { return server_->client(); }

  static httplib::Result get(const std::string& path, const Session* session = nullptr) {
    return server_->get(path, session);
  }
  // A form post; the session's CSRF token is added unless with_csrf is false.
  static httplib::Result post(const std::string& path, httplib::Params params, const Session* session = nullptr,
                              bool with_csrf = true) {
    if (!session) return client().Post(path, params);
    if (with_csrf) params.emplace("csrf_token", session->csrf);
    return client().Post(path, session->headers(), params);
  }
  static std::string action_path(int64_t id, const std::string& suffix = "") {
    return "/actions/" + std::to_string(id) + suffix;
  }

  static inline http_test::TempStore* db_ = nullptr;
  static inline Store* store_ = nullptr;  // db_'s store
  static inline TestServer* server_ = nullptr;
  static inline Session secretariat_, member_, analyst_;
  static inline int64_t ada_ = 0, ben_ = 0, cat_ = 0, committee_ = 0, january_ = 0;
  static inline int64_t b201_ = 0, b202_ = 0, b203_ = 0, b204_ = 0, b205_ = 0, b206_ = 0, b207_ = 0;
  static inline int64_t b208_ = 0, b209_ = 0, b257_ = 0;
  static inline int64_t public_decision_ = 0, confidential_decision_ = 0, cat_interest_ = 0, ben_interest_ = 0;
};

TEST_F(GovernanceLogsHttp, ActionLogShowsTableAndLifecycleTags) {
  auto r = get("/actions");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  for (const char* header : {"Ref", "Meeting (date)", "Item", "Action", "Owner", "Due", "Status"})
    EXPECT_TRUE(contains(r->body, std::string(">") + header + "</th>")) << header;
  EXPECT_TRUE(contains(r->body, "Consolidated into B257"));
  EXPECT_TRUE(contains(r->body, "ICSB 6 Jan 2026"));
  EXPECT_TRUE(contains(r->body, "Cat Member"));
  // Ada owns B206 (due today), B211 (overdue) and B210 (completed); no test changes them.
  auto ada = get("/actions?owner=" + std::to_string(ada_));
  EXPECT_TRUE(contains(ada->body, "3 actions: 2 open or ongoing (1 overdue), 1 closed.")) << ada->body;
}

TEST_F(GovernanceLogsHttp, ConfidentialActionAndDecisionAreHiddenFromThePublicButNotFromMembers) {
  auto missing = get("/actions/987654");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 404);
  for (const Session* caller : std::vector<const Session*>{nullptr, &analyst_}) {
    auto list = get("/actions", caller);
    ASSERT_TRUE(list);
    EXPECT_FALSE(contains(list->body, row_of("B204")));
    EXPECT_FALSE(contains(list->body, kSecretAction));
    auto hidden = get(action_path(b204_), caller);
    ASSERT_TRUE(hidden);
    EXPECT_EQ(hidden->status, 404);
    if (!caller) {
      EXPECT_EQ(hidden->body, missing->body);
    }

    auto decisions = get("/decisions", caller);
    ASSERT_TRUE(decisions);
    EXPECT_TRUE(contains(decisions->body, row_of("ICSB-D001")));
    EXPECT_FALSE(contains(decisions->body, "ICSB-D002"));
    EXPECT_FALSE(contains(decisions->body, kSecretDecision));
    auto decision = get("/decisions/" + std::to_string(confidential_decision_), caller);
    ASSERT_TRUE(decision);
    EXPECT_EQ(decision->status, 404);
  }
  auto missing_decision = get("/decisions/987654");
  auto hidden_decision = get("/decisions/" + std::to_string(confidential_decision_));
  EXPECT_EQ(hidden_decision->body, missing_decision->body);

  auto list = get("/actions", &member_);
  EXPECT_TRUE(contains(list->body, row_of("B204")));
  auto action = get(action_path(b204_), &member_);
  ASSERT_TRUE(action);
  EXPECT_EQ(action->status, 200);
  EXPECT_TRUE(contains(action->body, kSecretAction));
  auto decision = get("/decisions/" + std::to_string(confidential_decision_), &member_);
  ASSERT_TRUE(decision);
  EXPECT_EQ(decision->status, 200);
  EXPECT_TRUE(contains(decision->body, kSecretDecision));
}

TEST_F(GovernanceLogsHttp, FiltersReturnTheRightRows) {
  const auto rows = [](const std::string& query, const Session* session = nullptr) {
    auto r = get("/actions?" + query, session);
    EXPECT_TRUE(r && r->status == 200) << query;
    std::vector<std::string> refs;
    for (const char* ref : {"B201", "B202", "B203", "B204", "B205", "B206", "B207", "B210", "B211", "B257"})
      if (r && contains(r->body, row_of(ref))) refs.push_back(ref);
    return refs;
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(rows("owner=" + std::to_string(ben_)), (V{"B202", "B203", "B205", "B257"}));
  EXPECT_EQ(rows("status=open"), (V{"B201", "B202", "B206", "B207", "B211", "B257"}));
  EXPECT_EQ(rows("status=closed"), (V{"B203", "B205", "B210"}));
  EXPECT_EQ(rows("status=consolidated"), (V{"B205"}));
  EXPECT_EQ(rows("status=open-only"), (V{"B201", "B206", "B207", "B211", "B257"}));
  EXPECT_EQ(rows("status=ongoing"), (V{"B202"}));
  EXPECT_EQ(rows("overdue=yes"), (V{"B201", "B211"}));
  EXPECT_EQ(rows("overdue=yes", &member_), (V{"B201", "B204", "B211"}));
  EXPECT_EQ(rows("owner=" + std::to_string(cat_) + "&status=open", &member_), (V{"B201", "B204", "B207"}));
  EXPECT_EQ(rows("committee=" + std::to_string(committee_ + 1000)), V{});
  // The filter form keeps the choices it was given, without JavaScript.
  auto r = get("/actions?status=closed&overdue=yes");
  EXPECT_TRUE(std::regex_search(r->body, std::regex("<option value=\"closed\"[^>]*selected")));
}

TEST_F(GovernanceLogsHttp, OverdueOnlyOnceTodayIsAfterTheDueDate) {
  // B206 is due on the server's today: not overdue yet.
  auto today = get(action_path(b206_));
  ASSERT_TRUE(today);
  EXPECT_FALSE(contains(today->body, "Overdue"));
  EXPECT_TRUE(contains(get(action_path(b201_))->body, "Overdue"));

  TestServer tomorrow(*store_, Date::from_ymd(2026, 3, 11));
  httplib::Client next_day("127.0.0.1", tomorrow.port());
  auto later = next_day.Get(action_path(b206_));
  ASSERT_TRUE(later);
  EXPECT_TRUE(contains(later->body, "Overdue"));
  auto overdue = next_day.Get("/actions?overdue=yes");
  ASSERT_TRUE(overdue);
  EXPECT_TRUE(contains(overdue->body, row_of("B206")));
  EXPECT_TRUE(contains(overdue->body, row_of("B201")));
}

TEST_F(GovernanceLogsHttp, MemberUpdatesOwnActionButNotAnothers) {
  auto page = get(action_path(b208_), &member_);
  ASSERT_TRUE(page);
  EXPECT_TRUE(contains(page->body, "Update this action"));
  EXPECT_FALSE(contains(get(action_path(b202_), &member_)->body, "Update this action"));

  auto r = post(action_path(b208_, "/status"), {{"status", "completed"}, {"note", "Paper went to March board"}},
                &member_);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 303) << r->body;
  EXPECT_EQ(r->get_header_value("Location"), action_path(b208_));
  const auto updated = store_->governance().action(b208_);
  EXPECT_EQ(updated->status, ActionStatus::Completed);
  EXPECT_EQ(updated->closed_on, kToday);
  ASSERT_EQ(updated->updates.size(), 1u);
  EXPECT_EQ(updated->updates[0].text, "Paper went to March board");
  EXPECT_EQ(updated->updates[0].by, "Cat Member");
  EXPECT_EQ(store_->governance().audit_trail("action", b208_).front().actor, "mo");

  const auto before = store_->governance().action(b202_);
  for (const Session* caller : std::vector<const Session*>{&member_, &analyst_, nullptr}) {
    auto refused = post(action_path(b202_, "/status"), {{"status", "completed"}}, caller);
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->status, 403);
  }
  EXPECT_EQ(store_->governance().action(b202_), before);
}

TEST_F(GovernanceLogsHttp, ConsolidatingIntoAnUnknownRefIsAFieldErrorAndChangesNothing) {
  const auto before = store_->governance().action(b209_);
  auto r = post(action_path(b209_, "/status"), {{"status", "consolidated"}, {"target", "B999"}, {"note", "merged"}},
                &secretariat_);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 400);
  EXPECT_TRUE(contains(r->body, "There is no action B999 in the log"));
  EXPECT_TRUE(contains(r->body, "nhsuk-form-group--error"));
  EXPECT_TRUE(contains(r->body, "value=\"B999\""));  // what was typed is shown again
  EXPECT_EQ(store_->governance().action(b209_), before);

  auto ok = post(action_path(b209_, "/status"), {{"status", "consolidated"}, {"target", "b257"}}, &secretariat_);
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->status, 303);
  EXPECT_EQ(store_->governance().action(b209_)->status_target, "B257");
  EXPECT_TRUE(contains(get(action_path(b209_))->body, "Consolidated into B257"));
}

TEST_F(GovernanceLogsHttp, NewActionFormDefaultsRefAndRejectsBadDueDate) {
  auto form = get("/actions/new?committee=" + std::to_string(committee_), &secretariat_);
  ASSERT_TRUE(form);
  EXPECT_EQ(form->status, 200);
  EXPECT_TRUE(contains(form->body, "value=\"B258\"")) << form->body;
  EXPECT_EQ(get("/actions/new?committee=" + std::to_string(committee_), &member_)->status, 403);

  const size_t count = store_->governance().actions().size();
  httplib::Params fields{{"committee", std::to_string(committee_)}, {"ref", "B258"}, {"description", "Brief the board"},
                         {"owner", std::to_string(ben_)}, {"raised_on", "2026-03-03"}, {"due", "2026-02-30"}};
  auto bad = post("/actions", fields, &secretariat_);
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->status, 400);
  EXPECT_TRUE(contains(bad->body, "Due date must be a real date"));
  EXPECT_TRUE(contains(bad->body, "Brief the board"));
  fields.erase("due");
  fields.emplace("due", "2026-03-01");  // before the date raised
  auto early = post("/actions", fields, &secretariat_);
  EXPECT_EQ(early->status, 400);
  EXPECT_TRUE(contains(early->body, "Due date must be on or after the date raised"));
  auto taken = post("/actions", {{"committee", std::to_string(committee_)}, {"ref", "B201"}, {"description", "x"},
                                 {"raised_on", "2026-03-03"}}, &secretariat_);
  EXPECT_EQ(taken->status, 400);
  EXPECT_TRUE(contains(taken->body, "Reference B201 is already used"));
  EXPECT_EQ(store_->governance().actions().size(), count);
  auto by_member = post("/actions", fields, &member_);
  EXPECT_EQ(by_member->status, 403);

  fields.erase("due");
  fields.emplace("due", "2026-04-07");
  auto ok = post("/actions", fields, &secretariat_);
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->status, 303) << ok->body;
  EXPECT_EQ(store_->governance().actions().size(), count + 1);
  const auto created = store_->governance().actions({committee_, ben_, std::nullopt});
  const auto it = std::find_if(created.begin(), created.end(), [](const Action& a) { return a.ref == "B258"; });
  ASSERT_NE(it, created.end());
  EXPECT_EQ(ok->get_header_value("Location"), action_path(it->id));
  EXPECT_EQ(it->due, Date::from_ymd(2026, 4, 7));
}

TEST_F(GovernanceLogsHttp, PostsWithoutCsrfTokenAreRefused) {
  const auto before = store_->governance().action(b201_);
  const auto interest = store_->governance().interest(ben_interest_);
  const size_t decisions = store_->governance().decisions().size();
  EXPECT_EQ(post(action_path(b201_, "/status"), {{"status", "completed"}}, &secretariat_, false)->status, 403);
  EXPECT_EQ(post(action_path(b201_, "/status"), {{"status", "completed"}}, &member_, false)->status, 403);
  EXPECT_EQ(post("/interests/" + std::to_string(ben_interest_) + "/confirm", {}, &secretariat_, false)->status, 403);
  EXPECT_EQ(post("/decisions", {{"committee", std::to_string(committee_)}, {"ref", "ICSB-D003"}, {"date", "2026-03-03"},
                                {"title", "t"}, {"decision", "d"}}, &secretariat_, false)->status, 403);
  auto wrong = client().Post(action_path(b201_, "/status"), secretariat_.headers(),
                             httplib::Params{{"status", "completed"}, {"csrf_token", "not-the-token"}});
  EXPECT_EQ(wrong->status, 403);
  EXPECT_EQ(store_->governance().action(b201_), before);
  EXPECT_EQ(store_->governance().interest(ben_interest_), interest);
  EXPECT_EQ(store_->governance().decisions().size(), decisions);
}

TEST_F(GovernanceLogsHttp, DecisionFormDefaultsRefAndSaves) {
  auto form = get("/decisions/new?committee=" + std::to_string(committee_), &secretariat_);
  ASSERT_TRUE(form);
  EXPECT_TRUE(contains(form->body, "value=\"ICSB-D003\""));
  auto bad = post("/decisions",
                  {{"committee", std::to_string(committee_)}, {"ref", "ICSB-D003"}, {"date", "03/03/2026"},
                   {"title", ""}, {"decision", "Approved"}},
                  &secretariat_);
  EXPECT_EQ(bad->status, 400);
  EXPECT_TRUE(contains(bad->body, "Enter a title"));
  EXPECT_TRUE(contains(bad->body, "Date must be a real date"));
  auto ok = post("/decisions", {{"committee", std::to_string(committee_)}, {"ref", "ICSB-D003"}, {"date", "2026-03-03"},
                                {"title", "Estates"}, {"decision", "Approved the estates strategy"}}, &secretariat_);
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->status, 303) << ok->body;
  auto log = get("/decisions");
  EXPECT_TRUE(contains(log->body, row_of("ICSB-D003")));
  EXPECT_TRUE(contains(log->body, "Approved the estates strategy"));
}

TEST_F(GovernanceLogsHttp, InterestConfirmationMovesTheReviewSixMonths) {
  auto register_page = get("/interests");
  ASSERT_TRUE(register_page);
  EXPECT_EQ(register_page->status, 200);
  EXPECT_TRUE(contains(register_page->body, "Shareholder in Acme Health Ltd"));
  EXPECT_TRUE(contains(register_page->body, "Director of Finance, Nottingham University Hospitals NHS Trust"));
  EXPECT_TRUE(contains(register_page->body, "28 Feb 2026 <strong class=\"nhsuk-tag nhsuk-tag--red\">Review overdue"));
  EXPECT_TRUE(contains(register_page->body, "Past interests"));
  EXPECT_TRUE(contains(register_page->body, "Governor of Westfield Academy"));
  EXPECT_FALSE(contains(register_page->body, "/confirm"));  // the public confirms nothing

  const std::string confirm = "/interests/" + std::to_string(cat_interest_) + "/confirm";
  EXPECT_EQ(post("/interests/" + std::to_string(ben_interest_) + "/confirm", {}, &member_)->status, 403);
  auto r = post(confirm, {}, &member_);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 303);
  EXPECT_EQ(store_->governance().interest(cat_interest_)->last_confirmed, kToday);
  auto after = get("/interests");
  EXPECT_FALSE(contains(after->body, "Review overdue"));
  EXPECT_TRUE(contains(after->body, "10 Sep 2026"));  // six months after 10 March 2026
}

TEST_F(GovernanceLogsHttp, MembersDeclareOnlyTheirOwnInterests) {
  const size_t count = store_->governance().interests().size();
  auto other = post("/interests", {{"person_id", std::to_string(ben_)}, {"type", "financial"}, {"description", "x"}},
                    &member_);
  EXPECT_EQ(other->status, 400);
  EXPECT_TRUE(contains(other->body, "Choose the person from the list"));
  auto bad_dates = post("/interests",
                        {{"person_id", std::to_string(cat_)}, {"type", "indirect"}, {"description", "Spouse"},
                         {"from", "2026-02-01"}, {"to", "2025-01-01"}},
                        &member_);
  EXPECT_EQ(bad_dates->status, 400);
  EXPECT_TRUE(contains(bad_dates->body, "End date must be on or after the start date"));
  EXPECT_EQ(store_->governance().interests().size(), count);
  EXPECT_EQ(post("/interests", {{"person_id", std::to_string(cat_)}, {"type", "indirect"}, {"description", "x"}},
                 &analyst_)->status, 403);

  auto ok = post("/interests", {{"person_id", std::to_string(cat_)}, {"type", "indirect"},
                                {"description", "Spouse employed by Acme Health Ltd"}}, &member_);
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->status, 303) << ok->body;
  const auto mine = store_->governance().interests(cat_);
  ASSERT_EQ(mine.size(), 2u);
  EXPECT_EQ(mine.back().declared_on, kToday);
  EXPECT_EQ(mine.back().type, InterestType::Indirect);
}

TEST_F(GovernanceLogsHttp, AttendanceMatrixShowsCellsAndRates) {
  auto r = get("/committees/" + std::to_string(committee_) + "/attendance");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_TRUE(contains(r->body, ">6 Jan 2026</th>"));
  EXPECT_TRUE(contains(r->body, ">3 Feb 2026</th>"));
  EXPECT_TRUE(contains(r->body, "D (Eve Deputy)"));
  EXPECT_TRUE(contains(r->body, "100% (2 of 2)"));  // Ada
  EXPECT_TRUE(contains(r->body, "50% (1 of 2)"));   // Ben: apologies, then present
  EXPECT_TRUE(contains(r->body, "0% (0 of 2)"));    // Cat: a deputy does not count
  EXPECT_TRUE(contains(r->body, "Below 75%"));
  EXPECT_TRUE(contains(r->body, "Meets 75%"));
  EXPECT_EQ(get("/committees/987654/attendance")->status, 404);
}

}  // namespace
}  // namespace ics::web
