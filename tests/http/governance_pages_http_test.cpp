// The committee, meeting and paper pages and the secretariat's forms, against the real server on
// 127.0.0.1 (port 0) over a temporary SQLite store filled through the Store interface. Proves what the
// public, a member and the secretariat can see and change: confidential papers are unreachable to the
// public by page, file or link; forms validate, refuse writes without CSRF or the right role, and leave
// the store unchanged when they refuse.
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
constexpr const char* kConfidentialTitle = "Zephyr merger heads of terms";
constexpr const char* kPrivateItemPaperTitle = "Quillon estates disposal";
constexpr const char* kPrivateItemTitle = "Contract negotiation update";
const std::string kPdf = "%PDF-1.4\n% board paper\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n";

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

using http_test::Session;

class GovernancePagesHttp : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    db_ = new http_test::TempStore("ics_gov_pages");
    store_ = &db_->store();
    fill_store();
    server_ = new http_test::TestServer(*store_, Date::from_ymd(2026, 3, 10));
    secretariat_ = server_->sign_in("sam", kPassword);
    member_ = server_->sign_in("mo", kPassword);
  }
  static void TearDownTestSuite() {
    delete server_;
    store_ = nullptr;
    delete db_;
  }

  // A board with three members from two organisations, one meeting on Tuesday 3 March 2026 with public
  // and private items, a public paper, a confidential paper on a public item, a paper on a private
  // item, and an overdue action carried as a matter arising.
  static void fill_store() {
    store_->upsert_organisations({{"RX1", "Nottingham University Hospitals NHS Trust", OrganisationType::Trust, ""},
                                  {"RK5", "Sherwood Forest Hospitals NHS Foundation Trust", OrganisationType::Trust, ""}});
    auto& gov = store_->governance();
    chair_ = gov.save_person({0, "Ada Chair", "Chair", "RX1"}, "test");
    vice_ = gov.save_person({0, "Ben Vice", "Chief Executive", "RK5"}, "test");
    member_person_ = gov.save_person({0, "Cat Member", "Director of Finance", "RX1"}, "test");

    Committee board;
    board.name = "Integrated Care Board";
    board.code = "ICSB";
    board.purpose = "Leads the integrated care system.";
    board.frequency = "Monthly";
    board.meets_in_public = true;
    board.quorum = QuorumRule{2, 2, true, true};
    board.action_prefix = "B";
    board.decision_prefix = "ICSB-D";
    board.members = {{chair_, MemberRole::Chair, std::nullopt, std::nullopt},
                     {vice_, MemberRole::ViceChair, std::nullopt, std::nullopt},
                     {member_person_, MemberRole::Member, std::nullopt, std::nullopt}};
    committee_ = gov.save_committee(board, "test");

    Meeting m;
    m.committee_id = committee_;
    m.date = Date::from_ymd(2026, 3, 3);
    m.start_time = "10:00";
    m.end_time = "12:30";
    m.location = "County Hall, West Bridgford";
    m.agenda = {
        {"1", "10:00", "Opening business", "Welcome and apologies", "", {"Chair"}, ActionRequested::Note,
         ItemFormat::Verbal, MeetingPart::Public},
        {"5", "10:20", "Finance", "Month 10 finance position", "Enc B", {"Director of Finance"}, ActionRequested::Assure,
         ItemFormat::Attached, MeetingPart::Public},
        {"6", "10:40", "Strategy", "Estates strategy", "Enc C", {"Chief Executive"}, ActionRequested::Discuss,
         ItemFormat::Attached, MeetingPart::Public},
        {"10", "12:00", "Private business", kPrivateItemTitle, "Enc X", {"Chief Executive"}, ActionRequested::Note,
         ItemFormat::Attached, MeetingPart::Private},
    };
    meeting_ = gov.save_meeting(m, "test");

    Paper pub;
    pub.meeting_id = meeting_;
    pub.item_number = "5";
    pub.enclosure_ref = "Enc B";
    pub.title = "Month 10 finance report";
    pub.file = PaperFile{"enc-b-finance.pdf", "application/pdf", 0, ""};
    public_paper_ = gov.save_paper(pub, kPdf, "test");

    Paper conf;
    conf.meeting_id = meeting_;
    conf.item_number = "6";
    conf.enclosure_ref = "Enc C";
    conf.title = kConfidentialTitle;
    conf.confidential = true;
    conf.confidential_reason = "Commercially sensitive (FOI s36)";
    conf.file = PaperFile{"enc-c.pdf", "application/pdf", 0, ""};
    confidential_paper_ = gov.save_paper(conf, kPdf, "test");

    Paper priv;
    priv.meeting_id = meeting_;
    priv.item_number = "10";
    priv.enclosure_ref = "Enc X";
    priv.title = kPrivateItemPaperTitle;
    private_item_paper_ = gov.save_paper(priv, std::nullopt, "test");

    Action action;
    action.ref = "B101";
    action.committee_id = committee_;
    action.description = "Report the winter plan";
    action.owner_id = vice_;
    action.raised_on = Date::from_ymd(2026, 1, 6);
    action.due = Date::from_ymd(2026, 2, 1);
    gov.save_action(action, "test");

    const std::string hash = hash_password(kPassword);
    store_->accounts().add_account({0, "sam", Role::Secretariat, std::nullopt, hash, false}, "test");
    store_->accounts().add_account({0, "mo", Role::Member, member_person_, hash, false}, "test");
  }

  static httplib::Client client() { return server_->client(); }

  static httplib::Result get(const std::string& path, const Session* session = nullptr) {
    return server_->get(path, session);
  }
  static httplib::Result post(const std::string& path, httplib::Params params, const Session* session = nullptr) {
    return session ? client().Post(path, session->headers(), params) : client().Post(path, params);
  }
  static std::string path(const std::string& prefix, int64_t id, const std::string& suffix = "") {
    return prefix + std::to_string(id) + suffix;
  }

  static inline http_test::TempStore* db_ = nullptr;
  static inline Store* store_ = nullptr;  // db_'s store
  static inline http_test::TestServer* server_ = nullptr;
  static inline Session secretariat_, member_;
  static inline int64_t chair_ = 0, vice_ = 0, member_person_ = 0, committee_ = 0, meeting_ = 0;
  static inline int64_t public_paper_ = 0, confidential_paper_ = 0, private_item_paper_ = 0;
};

TEST_F(GovernancePagesHttp, PublicSeesPublicPaperAndItsFile) {
  auto page = get(path("/papers/", public_paper_));
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_TRUE(contains(page->body, "Month 10 finance report"));
  EXPECT_TRUE(contains(page->body, path("/papers/", public_paper_, "/file")));

  auto file = get(path("/papers/", public_paper_, "/file"));
  ASSERT_TRUE(file);
  EXPECT_EQ(file->status, 200);
  EXPECT_EQ(file->body, kPdf);
  EXPECT_EQ(file->get_header_value("Content-Type"), "application/pdf");
  EXPECT_EQ(file->get_header_value("Content-Disposition"), "attachment; filename=\"enc-b-finance.pdf\"");
  EXPECT_EQ(file->get_header_value("X-Content-Type-Options"), "nosniff");
}

TEST_F(GovernancePagesHttp, ConfidentialAndPrivateMaterialIsUnreachableForThePublic) {
  auto missing = get("/papers/987654");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 404);
  for (const int64_t hidden : {confidential_paper_, private_item_paper_}) {
    for (const std::string& url : {path("/papers/", hidden), path("/papers/", hidden, "/file")}) {
      auto r = get(url);
      ASSERT_TRUE(r) << url;
      EXPECT_EQ(r->status, 404) << url;
      EXPECT_EQ(r->body, missing->body) << url;
    }
  }
  for (const std::string& url : {std::string("/committees"), path("/committees/", committee_), path("/meetings/", meeting_),
                                 path("/papers/", public_paper_)}) {
    auto r = get(url);
    ASSERT_TRUE(r) << url;
    EXPECT_EQ(r->status, 200) << url;
    for (const std::string& secret : {std::string(kConfidentialTitle), std::string(kPrivateItemPaperTitle),
                                      std::string(kPrivateItemTitle), path("/papers/", confidential_paper_),
                                      path("/papers/", private_item_paper_), std::string("Private part")})
      EXPECT_FALSE(contains(r->body, secret)) << url << " shows " << secret;
  }
  // The public agenda still lists the public item whose paper is confidential, without a link to it.
  auto meeting = get(path("/meetings/", meeting_));
  EXPECT_TRUE(contains(meeting->body, "Estates strategy"));
  EXPECT_TRUE(contains(meeting->body, path("/papers/", public_paper_)));
}

TEST_F(GovernancePagesHttp, MemberSeesConfidentialAndPrivateMaterial) {
  auto paper = get(path("/papers/", confidential_paper_), &member_);
  ASSERT_TRUE(paper);
  EXPECT_EQ(paper->status, 200);
  EXPECT_TRUE(contains(paper->body, kConfidentialTitle));
  EXPECT_TRUE(contains(paper->body, "Commercially sensitive"));
  auto file = get(path("/papers/", confidential_paper_, "/file"), &member_);
  ASSERT_TRUE(file);
  EXPECT_EQ(file->status, 200);
  EXPECT_EQ(file->body, kPdf);

  auto meeting = get(path("/meetings/", meeting_), &member_);
  ASSERT_TRUE(meeting);
  EXPECT_EQ(meeting->status, 200);
  EXPECT_TRUE(contains(meeting->body, path("/papers/", confidential_paper_)));
  EXPECT_TRUE(contains(meeting->body, kPrivateItemTitle));
  EXPECT_TRUE(contains(meeting->body, "Private part (taken in confidence)"));
}

TEST_F(GovernancePagesHttp, MeetingPageShowsScheduleCycleAndMattersArising) {
  auto r = get(path("/meetings/", meeting_));
  ASSERT_TRUE(r);
  EXPECT_TRUE(contains(r->body, "Tuesday 3 March 2026"));
  EXPECT_TRUE(contains(r->body, "County Hall, West Bridgford"));
  // Papers out 5 working days before Tuesday 3 March 2026: Tuesday 24 February.
  EXPECT_TRUE(contains(r->body, "Tuesday 24 February 2026"));
  EXPECT_TRUE(contains(r->body, "B101"));
  EXPECT_TRUE(contains(r->body, "Overdue"));
  EXPECT_TRUE(contains(r->body, "Attendance has not been recorded yet."));

  auto committee = get(path("/committees/", committee_));
  ASSERT_TRUE(committee);
  EXPECT_EQ(committee->status, 200);
  EXPECT_TRUE(contains(committee->body, "At least 2 voting members from at least 2 partner organisations"));
  EXPECT_TRUE(contains(committee->body, "Sherwood Forest Hospitals NHS Foundation Trust"));
}

TEST_F(GovernancePagesHttp, SecretariatCreatesMeetingSeededWithStandingItems) {
  auto form = get(path("/meetings/new?committee=", committee_), &secretariat_);
  ASSERT_TRUE(form);
  EXPECT_EQ(form->status, 200);
  EXPECT_TRUE(contains(form->body, "name=\"csrf_token\""));

  const size_t before = store_->governance().meetings().size();
  auto r = post("/meetings",
                {{"committee", std::to_string(committee_)}, {"date", "2026-04-07"}, {"start_time", "09:30"},
                 {"end_time", "12:00"}, {"location", "Civic Centre"}, {"csrf_token", secretariat_.csrf}},
                &secretariat_);
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 303) << r->body;
  std::smatch m;
  const std::string location = r->get_header_value("Location");
  ASSERT_TRUE(std::regex_match(location, m, std::regex("/meetings/(\\d+)"))) << location;
  EXPECT_EQ(store_->governance().meetings().size(), before + 1);
  const auto created = store_->governance().meeting(std::stoll(m[1].str()));
  ASSERT_TRUE(created);
  EXPECT_EQ(created->date, Date::from_ymd(2026, 4, 7));
  EXPECT_EQ(created->location, "Civic Centre");
  ASSERT_EQ(created->agenda.size(), 4u);
  EXPECT_EQ(created->agenda[1].title, "Declarations of interest");
  EXPECT_TRUE(contains(created->agenda[2].title, "3 March 2026")) << created->agenda[2].title;

  auto page = get(location);
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_TRUE(contains(page->body, "Tuesday 7 April 2026"));
  EXPECT_TRUE(contains(page->body, "Declarations of interest"));
}

TEST_F(GovernancePagesHttp, BadMeetingFormShowsFieldErrorsAndSavesNothing) {
  const auto before = store_->governance().meetings();
  auto r = post("/meetings",
                {{"committee", std::to_string(committee_)}, {"date", "2026-02-30"}, {"start_time", "25:99"},
                 {"csrf_token", secretariat_.csrf}},
                &secretariat_);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 400);
  EXPECT_TRUE(contains(r->body, "nhsuk-error-summary"));
  EXPECT_TRUE(contains(r->body, "nhsuk-form-group--error"));
  EXPECT_TRUE(contains(r->body, "id=\"date-error\""));
  EXPECT_TRUE(contains(r->body, "value=\"2026-02-30\""));  // what was typed is shown again
  EXPECT_TRUE(contains(r->body, "id=\"start_time-error\""));
  EXPECT_EQ(store_->governance().meetings(), before);
}

TEST_F(GovernancePagesHttp, BadAgendaItemShowsFieldErrorsAndSavesNothing) {
  const auto before = store_->governance().meeting(meeting_);
  auto r = post(path("/meetings/", meeting_, "/agenda"),
                {{"number", "5"}, {"title", ""}, {"time", "9am"}, {"action", "note"}, {"format", "verbal"},
                 {"part", "public"}, {"csrf_token", secretariat_.csrf}},
                &secretariat_);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 400);
  EXPECT_TRUE(contains(r->body, "id=\"title-error\""));
  EXPECT_TRUE(contains(r->body, "id=\"number-error\""));  // 5 is already on the agenda
  EXPECT_TRUE(contains(r->body, "id=\"time-error\""));
  EXPECT_EQ(store_->governance().meeting(meeting_), before);
}

TEST_F(GovernancePagesHttp, AgendaItemIsAdded) {
  auto r = post(path("/meetings/", meeting_, "/agenda"),
                {{"number", "7"}, {"time", "11:00"}, {"section", "Quality"}, {"title", "Maternity assurance"},
                 {"leads", "Chief Nurse, Medical Director"}, {"action", "assure"}, {"format", "presentation"},
                 {"part", "public"}, {"csrf_token", secretariat_.csrf}},
                &secretariat_);
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 303) << r->body;
  const auto saved = store_->governance().meeting(meeting_);
  ASSERT_TRUE(saved);
  const auto item = std::find_if(saved->agenda.begin(), saved->agenda.end(),
                                 [](const AgendaItem& i) { return i.number == "7"; });
  ASSERT_NE(item, saved->agenda.end());
  EXPECT_EQ(item->leads, (std::vector<std::string>{"Chief Nurse", "Medical Director"}));
  EXPECT_EQ(item->format, ItemFormat::Presentation);
}

TEST_F(GovernancePagesHttp, WritesWithoutCsrfOrByNonEditorsAreRefused) {
  const auto meetings_before = store_->governance().meetings();
  const httplib::Params meeting_form{
      {"committee", std::to_string(committee_)}, {"date", "2026-05-05"}, {"start_time", "10:00"}};

  auto no_token = post("/meetings", meeting_form, &secretariat_);
  ASSERT_TRUE(no_token);
  EXPECT_EQ(no_token->status, 403);

  httplib::Params with_member_token = meeting_form;
  with_member_token.emplace("csrf_token", member_.csrf);
  auto by_member = post("/meetings", with_member_token, &member_);
  ASSERT_TRUE(by_member);
  EXPECT_EQ(by_member->status, 403);

  auto by_public = post("/meetings", meeting_form);
  ASSERT_TRUE(by_public);
  EXPECT_EQ(by_public->status, 403);

  auto agenda_no_token = post(path("/meetings/", meeting_, "/agenda"),
                              {{"number", "8"}, {"title", "Anything"}, {"action", "note"}, {"format", "verbal"},
                               {"part", "public"}},
                              &secretariat_);
  ASSERT_TRUE(agenda_no_token);
  EXPECT_EQ(agenda_no_token->status, 403);
  EXPECT_EQ(store_->governance().meetings(), meetings_before);

  // Form pages: the public is sent to sign in, a member is refused.
  auto public_form = get(path("/meetings/", meeting_, "/attendance"));
  ASSERT_TRUE(public_form);
  EXPECT_EQ(public_form->status, 303);
  // httplib's client percent-decodes header values, so compare decoded.
  EXPECT_EQ(httplib::detail::decode_url(public_form->get_header_value("Location"), false),
            path("/sign-in?next=/meetings/", meeting_, "/attendance"));
  auto member_form = get(path("/meetings/", meeting_, "/attendance"), &member_);
  ASSERT_TRUE(member_form);
  EXPECT_EQ(member_form->status, 403);
}

TEST_F(GovernancePagesHttp, AttendanceIsRecordedAndQuorumShown) {
  const auto before = store_->governance().meeting(meeting_);
  const std::string a = "attendance-", d = "deputy-";
  auto bad = post(path("/meetings/", meeting_, "/attendance"),
                  {{a + std::to_string(chair_), "present"}, {a + std::to_string(vice_), "deputy"},
                   {"csrf_token", secretariat_.csrf}},
                  &secretariat_);
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->status, 400);
  EXPECT_TRUE(contains(bad->body, "id=\"" + d + std::to_string(vice_) + "-error\""));
  EXPECT_EQ(store_->governance().meeting(meeting_), before);

  auto ok = post(path("/meetings/", meeting_, "/attendance"),
                 {{a + std::to_string(chair_), "present"}, {a + std::to_string(vice_), "deputy"},
                  {d + std::to_string(vice_), "Dee Puty"}, {a + std::to_string(member_person_), "apologies"},
                  {"csrf_token", secretariat_.csrf}},
                 &secretariat_);
  ASSERT_TRUE(ok);
  ASSERT_EQ(ok->status, 303) << ok->body;
  const auto saved = store_->governance().meeting(meeting_);
  ASSERT_TRUE(saved);
  EXPECT_EQ(saved->attendance.size(), 3u);

  auto page = get(path("/meetings/", meeting_));
  ASSERT_TRUE(page);
  EXPECT_TRUE(contains(page->body, "Deputy: Dee Puty"));
  EXPECT_TRUE(contains(page->body, "Quorate"));  // chair (RX1) and the vice-chair's deputy (RK5)
  EXPECT_FALSE(contains(page->body, "Not quorate"));
}

TEST_F(GovernancePagesHttp, DeclarationsAndDraftMinutesAreRecordedAndDraftsHiddenFromThePublic) {
  auto bad = post(path("/meetings/", meeting_, "/declarations"),
                  {{"person", std::to_string(chair_)}, {"item", "99"}, {"description", ""},
                   {"decision", "leaves for the item"}, {"csrf_token", secretariat_.csrf}},
                  &secretariat_);
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->status, 400);
  EXPECT_TRUE(contains(bad->body, "id=\"item-error\""));
  EXPECT_TRUE(contains(bad->body, "id=\"description-error\""));

  auto declared = post(path("/meetings/", meeting_, "/declarations"),
                       {{"person", std::to_string(chair_)}, {"item", "5"}, {"description", "Non-executive of a supplier"},
                        {"decision", "leaves for the item"}, {"csrf_token", secretariat_.csrf}},
                       &secretariat_);
  ASSERT_TRUE(declared);
  ASSERT_EQ(declared->status, 303) << declared->body;

  auto minuted = post(path("/meetings/", meeting_, "/minutes"),
                      {{"minutes_status", "draft"}, {"minutes-5", "The Director of Finance presented the position."},
                       {"resolutions-5", "The board noted the month 10 position.\n"}, {"csrf_token", secretariat_.csrf}},
                      &secretariat_);
  ASSERT_TRUE(minuted);
  ASSERT_EQ(minuted->status, 303) << minuted->body;
  const auto saved = store_->governance().meeting(meeting_);
  ASSERT_TRUE(saved);
  EXPECT_EQ(saved->minutes_status, MinutesStatus::Draft);
  ASSERT_EQ(saved->minutes.size(), 1u);
  EXPECT_EQ(saved->minutes[0].resolutions, (std::vector<std::string>{"The board noted the month 10 position."}));

  auto for_member = get(path("/meetings/", meeting_), &member_);
  ASSERT_TRUE(for_member);
  EXPECT_TRUE(contains(for_member->body, "Non-executive of a supplier"));
  EXPECT_TRUE(contains(for_member->body, "Leaves for the item"));
  EXPECT_TRUE(contains(for_member->body, ">Draft</strong>"));
  EXPECT_TRUE(contains(for_member->body, "<strong>Resolved:</strong> The board noted the month 10 position."));
  auto for_public = get(path("/meetings/", meeting_));
  ASSERT_TRUE(for_public);
  EXPECT_FALSE(contains(for_public->body, "The board noted the month 10 position."));
}

TEST_F(GovernancePagesHttp, PaperUploadChecksTypeAndStoresFile) {
  const size_t before = store_->governance().papers().size();
  const std::string token = secretariat_.csrf;
  const std::string meeting = std::to_string(meeting_);
  httplib::MultipartFormDataItems bad{{"csrf_token", token, "", ""},        {"meeting", meeting, "", ""},
                                      {"enclosure_ref", "Enc D", "", ""},   {"title", "Workforce plan", "", ""},
                                      {"purpose", "note", "", ""},          {"confidential", "yes", "", ""},
                                      {"file", "MZ\x90", "plan.exe", "application/octet-stream"}};
  auto r = client().Post("/papers", secretariat_.headers(), bad);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 400);
  EXPECT_TRUE(contains(r->body, "id=\"file-error\""));
  EXPECT_TRUE(contains(r->body, "id=\"confidential_reason-error\""));
  EXPECT_EQ(store_->governance().papers().size(), before);

  httplib::MultipartFormDataItems good{{"csrf_token", token, "", ""},      {"meeting", meeting, "", ""},
                                       {"enclosure_ref", "Enc D", "", ""}, {"title", "Workforce plan", "", ""},
                                       {"purpose", "approve", "", ""},     {"implication_finance", "Within budget", "", ""},
                                       {"file", kPdf, "../Workforce plan.pdf", "application/pdf"}};
  r = client().Post("/papers", secretariat_.headers(), good);
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 303) << r->body;
  std::smatch m;
  const std::string location = r->get_header_value("Location");
  ASSERT_TRUE(std::regex_match(location, m, std::regex("/papers/(\\d+)"))) << location;
  const auto saved = store_->governance().paper(std::stoll(m[1].str()));
  ASSERT_TRUE(saved);
  EXPECT_EQ(saved->implications.finance, "Within budget");
  ASSERT_TRUE(saved->file);
  EXPECT_EQ(saved->file->name, "Workforce-plan.pdf");
  EXPECT_EQ(store_->governance().paper_file_bytes(saved->id), kPdf);

  auto page = get(location);
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_TRUE(contains(page->body, "Within budget"));
}

}  // namespace
}  // namespace ics::web
