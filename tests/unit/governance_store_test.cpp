#include "store/governance_store.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <filesystem>
#include <functional>
#include <thread>

#include "domain/governance_json.h"
#include "governance_samples.h"
#include "store/migrations.h"
#include "store/store.h"

namespace ics {
namespace {

using nlohmann::json;
using samples::d;

class GovernanceStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = Store::open(":memory:");
    alice_ = gov().save_person(samples::person("Alice Adams"), "test");
    bob_ = gov().save_person(samples::person("Bob Brown"), "test");
    board_ = gov().save_committee(samples::committee(alice_, bob_), "test");
  }
  GovernanceStore& gov() { return store_->governance(); }

  // Counts every governance table and the audit trail, to prove a refused save wrote nothing.
  std::vector<size_t> counts() {
    return {gov().people().size(),   gov().committees().size(), gov().meetings().size(),
            gov().papers().size(),   gov().actions().size(),    gov().decisions().size(),
            gov().interests().size(), gov().audit_trail("", std::nullopt, 100000).size()};
  }
  // Runs save, which must throw std::runtime_error mentioning `expected`, and checks nothing changed.
  void expect_refused(const std::function<void()>& save, const std::string& expected) {
    const auto before = counts();
    try {
      save();
      ADD_FAILURE() << "save did not throw; expected \"" << expected << "\"";
    } catch (const std::runtime_error& e) {
      EXPECT_NE(std::string(e.what()).find(expected), std::string::npos) << e.what();
    }
    EXPECT_EQ(counts(), before);
  }

  std::unique_ptr<Store> store_;
  int64_t alice_ = 0, bob_ = 0, board_ = 0;
};

TEST_F(GovernanceStoreTest, EveryRecordRoundTripsWithAllFields) {
  Person p = samples::person("Carol Cole");
  p.id = gov().save_person(p, "test");
  EXPECT_EQ(gov().person(p.id), p);

  Committee c = samples::committee(alice_, bob_, board_);
  c.id = gov().save_committee(c, "test");
  EXPECT_EQ(gov().committee(c.id), c);

  Interest i = samples::interest(alice_);
  i.id = gov().save_interest(i, "test");
  EXPECT_EQ(gov().interest(i.id), i);

  Meeting m = samples::meeting(c.id, alice_, bob_, i.id);
  m.id = gov().save_meeting(m, "test");
  EXPECT_EQ(gov().meeting(m.id), m);

  Paper paper = samples::paper(m.id);
  paper.id = gov().save_paper(paper, std::nullopt, "test");
  EXPECT_EQ(gov().paper(paper.id), paper);

  Action a = samples::action("Q12", c.id, m.id, alice_);
  a.id = gov().save_action(a, "test");
  EXPECT_EQ(gov().action(a.id), a);

  Decision dn = samples::decision("QG-D001", c.id, m.id);
  dn.id = gov().save_decision(dn, "test");
  EXPECT_EQ(gov().decision(dn.id), dn);

  EXPECT_FALSE(gov().person(999));
  EXPECT_FALSE(gov().meeting(999));
  EXPECT_FALSE(gov().paper(999));
  EXPECT_FALSE(gov().action(999));
}

TEST_F(GovernanceStoreTest, UpdatesReplaceTheRecordAndKeepItsId) {
  Meeting m = samples::meeting(board_, alice_, bob_, std::nullopt);
  m.id = gov().save_meeting(m, "test");
  const int64_t later = gov().save_meeting(samples::meeting(board_, alice_, bob_, std::nullopt, d(2026, 3, 1)), "test");
  m.minutes_status = MinutesStatus::Approved;
  m.minutes_approved_at = later;
  m.agenda.pop_back();
  EXPECT_EQ(gov().save_meeting(m, "test"), m.id);
  EXPECT_EQ(gov().meeting(m.id), m);
  EXPECT_EQ(gov().meetings().size(), 2u);
}

TEST_F(GovernanceStoreTest, ListsAreOrderedAndFiltered) {
  const int64_t sub = gov().save_committee(samples::committee(alice_, bob_, board_), "test");
  const int64_t late = gov().save_meeting(samples::meeting(board_, alice_, bob_, std::nullopt, d(2026, 5, 1)), "test");
  Meeting early_afternoon = samples::meeting(sub, alice_, bob_, std::nullopt, d(2026, 2, 1));
  early_afternoon.start_time = "14:00";
  const int64_t pm = gov().save_meeting(early_afternoon, "test");
  const int64_t am = gov().save_meeting(samples::meeting(sub, alice_, bob_, std::nullopt, d(2026, 2, 1)), "test");
  std::vector<int64_t> ids;
  for (const auto& m : gov().meetings()) ids.push_back(m.id);
  EXPECT_EQ(ids, (std::vector<int64_t>{am, pm, late}));
  EXPECT_EQ(gov().meetings(board_).size(), 1u);

  // Numeric order within a prefix: B9 before B10 before B203, whatever order they were saved in.
  for (const char* ref : {"B203", "A7", "B10", "B9"})
    gov().save_action(samples::action(ref, std::string(ref) == "A7" ? sub : board_, late, bob_), "test");
  std::vector<std::string> refs;
  for (const auto& a : gov().actions()) refs.push_back(a.ref);
  EXPECT_EQ(refs, (std::vector<std::string>{"A7", "B9", "B10", "B203"}));
  EXPECT_EQ(gov().actions(ActionQuery{sub, std::nullopt, std::nullopt}).size(), 1u);
  EXPECT_EQ(gov().actions(ActionQuery{std::nullopt, bob_, late}).size(), 4u);
  EXPECT_EQ(gov().actions(ActionQuery{std::nullopt, alice_, std::nullopt}).size(), 0u);

  gov().save_decision(samples::decision("ICSB-D010", board_, late, d(2026, 5, 1)), "test");
  gov().save_decision(samples::decision("ICSB-D002", board_, std::nullopt, d(2026, 5, 1)), "test");
  gov().save_decision(samples::decision("QG-D001", sub, std::nullopt, d(2026, 1, 1)), "test");
  refs.clear();
  for (const auto& dn : gov().decisions()) refs.push_back(dn.ref);
  EXPECT_EQ(refs, (std::vector<std::string>{"QG-D001", "ICSB-D002", "ICSB-D010"}));
  EXPECT_EQ(gov().decisions(board_).size(), 2u);

  std::vector<std::string> names;
  for (const auto& p : gov().people()) names.push_back(p.name);
  EXPECT_EQ(names, (std::vector<std::string>{"Alice Adams", "Bob Brown"}));

  const int64_t i1 = gov().save_interest(samples::interest(bob_), "test");
  const int64_t i2 = gov().save_interest(samples::interest(alice_), "test");
  ASSERT_EQ(gov().interests().size(), 2u);
  EXPECT_EQ(gov().interests()[0].id, i2);  // by person: alice was saved first
  EXPECT_EQ(gov().interests(bob_).front().id, i1);
}

TEST_F(GovernanceStoreTest, MissingReferencesAreRefusedAndNothingIsWritten) {
  expect_refused([&] { gov().save_committee(samples::committee(alice_, 999), "test"); }, "person 999 does not exist");
  expect_refused([&] { gov().save_committee(samples::committee(alice_, bob_, 999), "test"); }, "committee 999");
  expect_refused([&] { gov().save_meeting(samples::meeting(999, alice_, bob_, std::nullopt), "test"); },
                 "committee 999 does not exist");
  expect_refused([&] { gov().save_meeting(samples::meeting(board_, alice_, 999, std::nullopt), "test"); },
                 "person 999 does not exist");
  expect_refused([&] { gov().save_meeting(samples::meeting(board_, alice_, bob_, 999), "test"); },
                 "interest 999 does not exist");
  expect_refused([&] { gov().save_paper(samples::paper(999), std::nullopt, "test"); }, "meeting 999 does not exist");
  expect_refused([&] { gov().save_action(samples::action("B1", board_, std::nullopt, 999), "test"); },
                 "person 999 does not exist");
  expect_refused([&] { gov().save_action(samples::action("B1", 999, std::nullopt, alice_), "test"); },
                 "committee 999 does not exist");
  expect_refused([&] { gov().save_decision(samples::decision("D1", board_, 999), "test"); },
                 "meeting 999 does not exist");
  expect_refused([&] { gov().save_interest(samples::interest(999), "test"); }, "person 999 does not exist");
}

TEST_F(GovernanceStoreTest, UpdatingAMissingIdIsRefused) {
  Person p = samples::person();
  p.id = 999;
  expect_refused([&] { gov().save_person(p, "test"); }, "cannot update person 999");
  Action a = samples::action("B1", board_, std::nullopt, alice_);
  a.id = 999;
  expect_refused([&] { gov().save_action(a, "test"); }, "cannot update action 999");
}

TEST_F(GovernanceStoreTest, RefsMustBeUniqueAndPresent) {
  const int64_t b1 = gov().save_action(samples::action("B1", board_, std::nullopt, alice_), "test");
  expect_refused([&] { gov().save_action(samples::action("B1", board_, std::nullopt, bob_), "test"); },
                 "ref \"B1\" is already used");
  expect_refused([&] { gov().save_action(samples::action("", board_, std::nullopt, bob_), "test"); }, "has no ref");
  // Saving a record under its own ref again is an update, not a clash.
  Action again = *gov().action(b1);
  again.description = "Changed";
  EXPECT_NO_THROW(gov().save_action(again, "test"));
  gov().save_decision(samples::decision("D1", board_, std::nullopt), "test");
  expect_refused([&] { gov().save_decision(samples::decision("D1", board_, std::nullopt), "test"); },
                 "ref \"D1\" is already used");
}

TEST_F(GovernanceStoreTest, TextThatIsNotUtf8IsRefused) {
  Decision latin1 = samples::decision("D9", board_, std::nullopt);
  latin1.title = std::string("Caf\xe9") + " contract";
  expect_refused([&] { gov().save_decision(latin1, "test"); }, "not valid UTF-8");
}

TEST_F(GovernanceStoreTest, ACommitteeCannotReportToItself) {
  const int64_t sub = gov().save_committee(samples::committee(alice_, bob_, board_), "test");
  Committee board = *gov().committee(board_);
  board.reports_to = sub;
  expect_refused([&] { gov().save_committee(board, "test"); }, "loop");
}

TEST_F(GovernanceStoreTest, EverySaveWritesAnAuditRowWithBeforeAndAfter) {
  Action a = samples::action("B5", board_, std::nullopt, alice_);
  a.id = gov().save_action(a, "secretary");
  const Action created = a;
  a.status = ActionStatus::Completed;
  gov().save_action(a, "chair");

  const auto rows = gov().audit_trail("action", a.id);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].change, "update");  // newest first
  EXPECT_EQ(rows[0].actor, "chair");
  EXPECT_EQ(json::parse(rows[0].before).get<Action>(), created);
  EXPECT_EQ(json::parse(rows[0].after).get<Action>(), a);
  EXPECT_EQ(rows[1].change, "create");
  EXPECT_EQ(rows[1].actor, "secretary");
  EXPECT_EQ(rows[1].before, "");
  EXPECT_EQ(json::parse(rows[1].after)["status"], "consolidated");
  EXPECT_EQ(rows[1].entity, "action");
  EXPECT_EQ(rows[1].entity_id, a.id);
  // "2026-11-23T10:15:00Z"
  ASSERT_EQ(rows[1].at.size(), 20u) << rows[1].at;
  EXPECT_EQ(rows[1].at[10], 'T');
  EXPECT_EQ(rows[1].at.back(), 'Z');

  const auto people = gov().audit_trail("person");
  ASSERT_EQ(people.size(), 2u);
  EXPECT_EQ(json::parse(people[0].after)["name"], "Bob Brown");
  EXPECT_EQ(gov().audit_trail("committee", board_).size(), 1u);
  EXPECT_EQ(gov().audit_trail("", std::nullopt, 2).size(), 2u);
  EXPECT_EQ(gov().audit_trail().size(), 5u);  // 2 people, 1 committee, 2 action rows
}

TEST_F(GovernanceStoreTest, PaperFilesKeepTheirBytesSizeAndHash) {
  const int64_t m = gov().save_meeting(samples::meeting(board_, alice_, bob_, std::nullopt), "test");
  Paper p = samples::paper(m);
  p.file = PaperFile{"enc-b.pdf", "application/pdf", 0, ""};
  p.id = gov().save_paper(p, std::string("abc"), "test");
  auto stored = gov().paper(p.id);
  ASSERT_TRUE(stored && stored->file);
  EXPECT_EQ(stored->file->size, 3);
  EXPECT_EQ(stored->file->sha256, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(stored->file->name, "enc-b.pdf");
  EXPECT_EQ(gov().paper_file_bytes(p.id), "abc");
  EXPECT_EQ(gov().papers(m).front().file, stored->file);

  // Saving the cover sheet without bytes keeps the file, whatever paper.file says.
  Paper edited = *stored;
  edited.title = "Revised";
  edited.file.reset();
  gov().save_paper(edited, std::nullopt, "test");
  EXPECT_EQ(gov().paper(p.id)->file, stored->file);
  EXPECT_EQ(gov().paper(p.id)->title, "Revised");

  // Binary bytes, embedded NULs included, come back exactly; a new file replaces the old one.
  const std::string binary("%PDF\0\xff\x01", 7);
  edited.file = PaperFile{"v2.pdf", "application/pdf", 0, ""};
  gov().save_paper(edited, binary, "test");
  EXPECT_EQ(gov().paper_file_bytes(p.id), binary);
  EXPECT_EQ(gov().paper(p.id)->file->size, 7);
  EXPECT_EQ(gov().paper(p.id)->file->name, "v2.pdf");

  // An empty file is still a file.
  Paper empty = samples::paper(m, "Enc C");
  empty.file = PaperFile{"blank.txt", "text/plain", 0, ""};
  const int64_t e = gov().save_paper(empty, std::string(), "test");
  EXPECT_EQ(gov().paper_file_bytes(e), "");
  EXPECT_EQ(gov().paper(e)->file->sha256, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");

  Paper unnamed = samples::paper(m, "Enc D");
  expect_refused([&] { gov().save_paper(unnamed, std::string("x"), "test"); }, "name and content type");
  const int64_t none = gov().save_paper(samples::paper(m, "Enc E"), std::nullopt, "test");
  EXPECT_FALSE(gov().paper_file_bytes(none));
  EXPECT_FALSE(gov().paper(none)->file);

  std::vector<std::string> encs;
  for (const auto& paper : gov().papers(m)) encs.push_back(paper.enclosure_ref);
  EXPECT_EQ(encs, (std::vector<std::string>{"Enc B", "Enc C", "Enc E"}));
}

TEST_F(GovernanceStoreTest, ClearGovernanceDataKeepsAccountsAndTheAuditTrail) {
  const int64_t m = gov().save_meeting(samples::meeting(board_, alice_, bob_, std::nullopt), "test");
  Paper p = samples::paper(m);
  p.file = PaperFile{"a.pdf", "application/pdf", 0, ""};
  const int64_t paper_id = gov().save_paper(p, std::string("abc"), "test");
  gov().save_action(samples::action("B1", board_, m, alice_), "test");
  gov().save_decision(samples::decision("D1", board_, m), "test");
  gov().save_interest(samples::interest(alice_), "test");
  Account account{0, "alice", Role::Member, alice_, "hash", false};
  const int64_t account_id = store_->accounts().add_account(account, "test");
  const size_t audit_rows = gov().audit_trail("", std::nullopt, 1000).size();

  gov().clear_governance_data("ics demo");
  EXPECT_EQ(counts(), (std::vector<size_t>{0, 0, 0, 0, 0, 0, 0, audit_rows + 1}));
  EXPECT_FALSE(gov().paper_file_bytes(paper_id));
  const auto kept = store_->accounts().account(account_id);
  ASSERT_TRUE(kept);
  EXPECT_FALSE(kept->person_id);  // unlinked from the deleted person
  const auto last = gov().audit_trail("", std::nullopt, 1).front();
  EXPECT_EQ(last.actor, "ics demo");
  EXPECT_EQ(last.change, "delete");
  EXPECT_EQ(json::parse(last.before)["people"], 2);

  // Ids are never reused, so old audit rows cannot be mistaken for new records.
  EXPECT_GT(gov().save_person(samples::person(), "test"), bob_);
}

TEST_F(GovernanceStoreTest, ClearPerformanceDataLeavesGovernanceAlone) {
  store_->clear_performance_data();
  EXPECT_EQ(gov().people().size(), 2u);
  EXPECT_EQ(gov().committees().size(), 1u);
}

TEST_F(GovernanceStoreTest, SavesFromSeveralThreadsShareTheConnectionSafely) {
  const int64_t account = store_->accounts().add_account(Account{0, "a", Role::Admin, std::nullopt, "h", false}, "t");
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 25; ++i) {
        const std::string suffix = std::to_string(t * 100 + i);  // appends only: GCC 12 misreads "x" + string
        gov().save_person(samples::person(std::string("P").append(suffix)), "thread");
        store_->accounts().add_session(Session{std::string("s").append(suffix), account, "", 0, 0});
      }
    });
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(gov().people().size(), 102u);
  EXPECT_EQ(gov().audit_trail("person", std::nullopt, 1000).size(), 102u);
}

// A fresh file per test, removed afterwards.
struct TempDbFile {
  std::filesystem::path path;
  TempDbFile() {
    path = std::filesystem::temp_directory_path() /
           ("ics_gstore_test_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".db");
    cleanup();
  }
  ~TempDbFile() { cleanup(); }
  void cleanup() {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
  }
};

TEST(GovernanceMigration, AVersionOneFileMigratesAndKeepsItsPerformanceData) {
  TempDbFile file;
  {
    // Build the file as the first release left it: migration 1 only, with data in it.
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(file.path.c_str(), &db), SQLITE_OK);
    const std::string v1(store::migrations().at(0).sql);
    const std::string sql =
        "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL DEFAULT '');" + v1 +
        "INSERT INTO schema_migrations(version) VALUES (1);"
        "INSERT INTO metrics VALUES ('ae_4hr', 'A&E 4 hours', 'UEC', 'percent', 'increase', 0.95, 'NHSE');"
        "INSERT INTO organisations VALUES ('RXX', 'Test Trust', 'trust', '');"
        "INSERT INTO observations VALUES ('ae_4hr', 'RXX', '2025-04', 70, 100, 0.7);";
    ASSERT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
    sqlite3_close(db);
  }
  auto store = Store::open(file.path.string());
  EXPECT_EQ(store->schema_version(), store::latest_schema_version());
  EXPECT_GE(store->schema_version(), 2);
  ASSERT_TRUE(store->metric("ae_4hr"));
  EXPECT_EQ(store->metric("ae_4hr")->standard, 0.95);
  ASSERT_TRUE(store->organisation("RXX"));
  const auto observations = store->observations({});
  ASSERT_EQ(observations.size(), 1u);
  EXPECT_EQ(observations[0].value, 0.7);
  EXPECT_EQ(observations[0].numerator, 70);
  // And the new tables work, and survive a reopen.
  const int64_t id = store->governance().save_person(samples::person(), "test");
  store.reset();
  store = Store::open(file.path.string());
  EXPECT_EQ(store->governance().person(id)->name, samples::person().name);
  EXPECT_EQ(store->observations({}).size(), 1u);
}

}  // namespace
}  // namespace ics
