#include "store/assurance_store.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <filesystem>
#include <functional>
#include <thread>

#include "assurance_samples.h"
#include "domain/assurance_json.h"
#include "governance_samples.h"
#include "store/migrations.h"
#include "store/store.h"

namespace ics {
namespace {

using nlohmann::json;

class AssuranceStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = Store::open(":memory:");
    const int64_t alice = store_->governance().save_person(samples::person("Alice Adams"), "test");
    const int64_t bob = store_->governance().save_person(samples::person("Bob Brown"), "test");
    committee_ = store_->governance().save_committee(samples::committee(alice, bob), "test");
  }
  AssuranceStore& assurance() { return store_->assurance(); }
  size_t audit_rows() { return store_->governance().audit_trail("", std::nullopt, 100000).size(); }

  // Counts every assurance table and the audit trail, to prove a refused save wrote nothing.
  std::vector<size_t> counts() {
    return {assurance().objectives().size(), assurance().risks().size(), assurance().priorities().size(),
            assurance().programmes().size(), audit_rows()};
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
  int64_t committee_ = 0;
};

TEST_F(AssuranceStoreTest, EveryRecordRoundTripsWithAllFields) {
  StrategicObjective o = samples::objective();
  o.id = assurance().save_objectives({o}, "test").at(0);
  EXPECT_EQ(assurance().objective(o.id), o);

  Risk r = samples::risk("SR01", o.id);
  r.id = assurance().save_risks({r}, "test").at(0);
  EXPECT_EQ(assurance().risk(r.id), r);
  EXPECT_EQ(assurance().risk_by_ref("SR01"), r);

  Priority p = samples::priority("NO4.4", committee_);
  p.id = assurance().save_priorities({p}, "test").at(0);
  EXPECT_EQ(assurance().priority(p.id), p);

  Programme g = samples::programme("P01", committee_);
  g.id = assurance().save_programmes({g}, "test").at(0);
  EXPECT_EQ(assurance().programme(g.id), g);

  EXPECT_EQ(assurance().objectives(), std::vector<StrategicObjective>{o});
  EXPECT_EQ(assurance().risks(), std::vector<Risk>{r});
  EXPECT_EQ(assurance().priorities(), std::vector<Priority>{p});
  EXPECT_EQ(assurance().programmes(), std::vector<Programme>{g});

  EXPECT_FALSE(assurance().objective(999));
  EXPECT_FALSE(assurance().risk(999));
  EXPECT_FALSE(assurance().risk_by_ref("SR99"));
  EXPECT_FALSE(assurance().priority(999));
  EXPECT_FALSE(assurance().programme(999));
}

TEST_F(AssuranceStoreTest, ABatchReturnsItsIdsInTheOrderGiven) {
  const auto ids =
      assurance().save_risks({samples::risk("SR03"), samples::risk("SR01"), samples::risk("SR02")}, "test");
  ASSERT_EQ(ids.size(), 3u);
  EXPECT_LT(ids[0], ids[1]);
  EXPECT_LT(ids[1], ids[2]);
  EXPECT_EQ(assurance().risk(ids[0])->ref, "SR03");
  EXPECT_EQ(assurance().risk(ids[1])->ref, "SR01");
  EXPECT_EQ(assurance().risk(ids[2])->ref, "SR02");
  EXPECT_TRUE(assurance().save_objectives({}, "test").empty());
}

TEST_F(AssuranceStoreTest, SavingWithAnIdReplacesThatRecord) {
  Risk r = samples::risk("SR01");
  r.id = assurance().save_risks({r}, "test").at(0);
  const int64_t other = assurance().save_risks({samples::risk("SR02")}, "test").at(0);
  r.title = "Retitled";
  r.objective_id.reset();
  r.history.push_back({Date::from_ymd(2025, 1, 6), {2, 5}, "Surge passed", "Alice Adams"});
  // An update and a create in one batch.
  const auto ids = assurance().save_risks({r, samples::risk("SR03")}, "test");
  EXPECT_EQ(ids.at(0), r.id);
  EXPECT_GT(ids.at(1), other);
  EXPECT_EQ(assurance().risk(r.id), r);
  EXPECT_EQ(assurance().risks().size(), 3u);

  Programme g = samples::programme("P01", committee_);
  g.id = assurance().save_programmes({g}, "test").at(0);
  g.products.pop_back();
  g.status = ProgrammeStatus::Closed;
  EXPECT_EQ(assurance().save_programmes({g}, "test").at(0), g.id);
  EXPECT_EQ(assurance().programme(g.id), g);
}

TEST_F(AssuranceStoreTest, AnUnknownIdIsRefusedAndTheBatchWritesNothing) {
  Risk ghost = samples::risk("SR09");
  ghost.id = 42;
  expect_refused([&] { assurance().save_risks({samples::risk("SR01"), ghost}, "test"); },
                 "cannot update risk 42: it does not exist");
  StrategicObjective o = samples::objective();
  o.id = 7;
  expect_refused([&] { assurance().save_objectives({o}, "test"); }, "cannot update objective 7");
  Priority p = samples::priority("NO1", committee_);
  p.id = 3;
  expect_refused([&] { assurance().save_priorities({p}, "test"); }, "cannot update priority 3");
  Programme g = samples::programme("P01", committee_);
  g.id = 5;
  expect_refused([&] { assurance().save_programmes({g}, "test"); }, "cannot update programme 5");
}

TEST_F(AssuranceStoreTest, ADuplicateRefIsRefusedAndEarlierRecordsOfTheBatchAreNotWritten) {
  assurance().save_objectives({samples::objective("SO1")}, "test");
  expect_refused([&] { assurance().save_objectives({samples::objective("SO2"), samples::objective("SO1")}, "test"); },
                 "objective ref \"SO1\" is already used");
  // Twice within one batch.
  expect_refused([&] { assurance().save_risks({samples::risk("SR01"), samples::risk("SR01")}, "test"); },
                 "risk ref \"SR01\" is already used");
  expect_refused(
      [&] {
        assurance().save_priorities({samples::priority("NO1", committee_), samples::priority("NO1", committee_)}, "t");
      },
      "priority ref \"NO1\" is already used");
  expect_refused(
      [&] {
        assurance().save_programmes({samples::programme("P1", committee_), samples::programme("P1", committee_)}, "t");
      },
      "programme ref \"P1\" is already used");
  expect_refused([&] { assurance().save_risks({samples::risk("")}, "test"); }, "risk has no ref");
  EXPECT_EQ(assurance().objectives().size(), 1u);

  // Renaming a record to its own ref is not a clash; taking another's is.
  StrategicObjective second = samples::objective("SO2");
  second.id = assurance().save_objectives({second}, "test").at(0);
  EXPECT_NO_THROW(assurance().save_objectives({second}, "test"));
  second.ref = "SO1";
  expect_refused([&] { assurance().save_objectives({second}, "test"); }, "already used by objective 1");
}

TEST_F(AssuranceStoreTest, AMissingObjectiveOrCommitteeIsRefusedAndNothingIsWritten) {
  expect_refused([&] { assurance().save_risks({samples::risk("SR01"), samples::risk("SR02", 999)}, "test"); },
                 "risk SR02: objective 999 does not exist");
  expect_refused(
      [&] {
        assurance().save_priorities({samples::priority("NO1", committee_), samples::priority("NO2", 999)}, "test");
      },
      "priority NO2: overseeing committee 999 does not exist");
  Programme g = samples::programme("P02", committee_);
  g.products.at(1).committee_id = 999;
  expect_refused([&] { assurance().save_programmes({samples::programme("P01", committee_), g}, "test"); },
                 "programme P02 product 2: committee 999 does not exist");
}

TEST_F(AssuranceStoreTest, EverySaveWritesAnAuditRowWithTheRecordBeforeAndAfter) {
  const size_t governance_rows = audit_rows();
  const int64_t o = assurance().save_objectives({samples::objective()}, "alice").at(0);
  Risk r = samples::risk("SR01", o);
  r.id = assurance().save_risks({r}, "alice").at(0);
  const Risk original = r;
  r.status = RiskStatus::Open;
  assurance().save_risks({r}, "bob");
  const int64_t p = assurance().save_priorities({samples::priority("NO1", committee_)}, "alice").at(0);
  const int64_t g = assurance().save_programmes({samples::programme("P01", committee_)}, "alice").at(0);
  EXPECT_EQ(audit_rows(), governance_rows + 5);

  const auto trail = store_->governance().audit_trail("risk", r.id);
  ASSERT_EQ(trail.size(), 2u);  // newest first
  EXPECT_EQ(trail[0].actor, "bob");
  EXPECT_EQ(trail[0].change, "update");
  EXPECT_EQ(json::parse(trail[0].before).get<Risk>(), original);
  EXPECT_EQ(json::parse(trail[0].after).get<Risk>(), r);
  EXPECT_EQ(trail[1].change, "create");
  EXPECT_EQ(trail[1].before, "");
  EXPECT_EQ(trail[1].actor, "alice");

  const auto created = [&](const char* entity, int64_t id) {
    const auto rows = store_->governance().audit_trail(entity, id);
    return rows.size() == 1 && rows[0].change == "create" && json::parse(rows[0].after)["id"] == id;
  };
  EXPECT_TRUE(created("objective", o));
  EXPECT_TRUE(created("priority", p));
  EXPECT_TRUE(created("programme", g));
}

TEST_F(AssuranceStoreTest, EscalationRulesAreTheDefaultsUntilSaved) {
  EXPECT_EQ(assurance().escalation_rules(), (EscalationRules{12, 15, 15}));
  assurance().save_escalation_rules({10, 12, 16}, "alice");
  EXPECT_EQ(assurance().escalation_rules(), (EscalationRules{10, 12, 16}));
  assurance().save_escalation_rules({9, 12, 20}, "bob");
  EXPECT_EQ(assurance().escalation_rules(), (EscalationRules{9, 12, 20}));

  const auto trail = store_->governance().audit_trail("escalation rules");
  ASSERT_EQ(trail.size(), 2u);
  EXPECT_EQ(trail[0].change, "update");
  EXPECT_EQ(json::parse(trail[0].before), json({{"to_place", 10}, {"to_system", 12}, {"to_board", 16}}));
  EXPECT_EQ(json::parse(trail[0].after), json({{"to_place", 9}, {"to_system", 12}, {"to_board", 20}}));
  EXPECT_EQ(trail[1].change, "create");
  EXPECT_EQ(trail[1].actor, "alice");
}

TEST_F(AssuranceStoreTest, ListsAreOrderedByRefWithNumbersReadAsNumbers) {
  for (const char* ref : {"NO10", "NO4.10", "NO2", "NO4.4", "IC1"})
    assurance().save_priorities({samples::priority(ref, committee_)}, "test");
  std::vector<std::string> refs;
  for (const auto& p : assurance().priorities()) refs.push_back(p.ref);
  EXPECT_EQ(refs, (std::vector<std::string>{"IC1", "NO2", "NO4.4", "NO4.10", "NO10"}));

  assurance().save_risks({samples::risk("SR10"), samples::risk("SR9"), samples::risk("SR1")}, "test");
  refs.clear();
  for (const auto& r : assurance().risks()) refs.push_back(r.ref);
  EXPECT_EQ(refs, (std::vector<std::string>{"SR1", "SR9", "SR10"}));

  assurance().save_objectives({samples::objective("SO10"), samples::objective("SO2")}, "test");
  EXPECT_EQ(assurance().objectives().at(0).ref, "SO2");
  assurance().save_programmes({samples::programme("P10", committee_), samples::programme("P9", committee_)}, "test");
  EXPECT_EQ(assurance().programmes().at(0).ref, "P9");
}

TEST_F(AssuranceStoreTest, ClearingAssuranceDataKeepsTheThresholdsAndTheAuditTrail) {
  const int64_t o = assurance().save_objectives({samples::objective()}, "test").at(0);
  assurance().save_risks({samples::risk("SR01", o), samples::risk("SR02", o)}, "test");
  assurance().save_priorities({samples::priority("NO1", committee_)}, "test");
  assurance().save_programmes({samples::programme("P01", committee_)}, "test");
  assurance().save_escalation_rules({10, 12, 16}, "test");
  const size_t rows = audit_rows();

  assurance().clear_assurance_data("ics demo");
  EXPECT_TRUE(assurance().objectives().empty());
  EXPECT_TRUE(assurance().risks().empty());
  EXPECT_TRUE(assurance().priorities().empty());
  EXPECT_TRUE(assurance().programmes().empty());
  EXPECT_EQ(assurance().escalation_rules(), (EscalationRules{10, 12, 16}));
  ASSERT_EQ(audit_rows(), rows + 1);
  const auto last = store_->governance().audit_trail("assurance").at(0);
  EXPECT_EQ(last.actor, "ics demo");
  EXPECT_EQ(last.change, "delete");
  EXPECT_EQ(json::parse(last.before),
            json({{"programme_products", 2}, {"programmes", 1}, {"priorities", 1}, {"risks", 2}, {"objectives", 1}}));

  // Nothing now refers to the committees, so governance data can go too; ids are not reused.
  EXPECT_NO_THROW(store_->governance().clear_governance_data("ics demo"));
  EXPECT_GT(assurance().save_objectives({samples::objective()}, "test").at(0), o);
}

TEST_F(AssuranceStoreTest, GovernanceDataCannotBeClearedWhileAPriorityNeedsItsCommittee) {
  assurance().save_priorities({samples::priority("NO1", committee_)}, "test");
  EXPECT_THROW(store_->governance().clear_governance_data("ics demo"), std::runtime_error);
  EXPECT_TRUE(store_->governance().committee(committee_));
}

TEST_F(AssuranceStoreTest, SavesFromSeveralThreadsShareTheConnectionSafely) {
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 10; ++i) {
        const std::string ref = std::string("SR").append(std::to_string(t * 100 + i));
        assurance().save_risks({samples::risk(ref)}, "thread");
        const Month month{2024 + (3 + i) / 12, (3 + i) % 12 + 1};  // April 2024 .. January 2025
        const std::string org = std::string("T").append(std::to_string(t));
        store_->finance().put_ledger({LedgerEntry{org, month, FinanceLine::Pay, i, std::nullopt, std::nullopt}});
        (void)assurance().risks();
      }
    });
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(assurance().risks().size(), 40u);
  EXPECT_EQ(store_->governance().audit_trail("risk", std::nullopt, 1000).size(), 40u);
  EXPECT_EQ(store_->finance().ledger(2024).size(), 40u);
}

// A fresh file per test, removed afterwards.
struct TempDbFile {
  std::filesystem::path path;
  TempDbFile() {
    path = std::filesystem::temp_directory_path() /
           ("ics_astore_test_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".db");
    cleanup();
  }
  ~TempDbFile() { cleanup(); }
  void cleanup() {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
  }
};

TEST(AssuranceStoreMigration, AVersionTwoFileMigratesAndKeepsItsGovernanceData) {
  TempDbFile file;
  {
    // Build the file as the governance release left it: migrations 1 and 2, with a committee in it.
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(file.path.c_str(), &db), SQLITE_OK);
    const std::string sql =
        "PRAGMA foreign_keys = ON;"
        "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL DEFAULT '');" +
        std::string(store::migrations().at(0).sql) + std::string(store::migrations().at(1).sql) +
        "INSERT INTO schema_migrations(version) VALUES (1), (2);"
        "INSERT INTO people(id, name, org_code, body) VALUES (1, 'Alice Adams', 'RXX',"
        " '{\"id\":1,\"name\":\"Alice Adams\",\"job_title\":\"Chair\",\"org_code\":\"RXX\"}');"
        "INSERT INTO committees(id, name, code, reports_to, body) VALUES (4, 'Quality Group', 'QG', NULL,"
        " '{\"id\":4,\"name\":\"Quality Group\",\"code\":\"QG\"}');"
        "INSERT INTO audit_trail(at, actor, entity, entity_id, change) VALUES ('2025-01-01T00:00:00Z', 'a',"
        " 'committee', 4, 'create');";
    ASSERT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
    sqlite3_close(db);
  }
  auto store = Store::open(file.path.string());
  EXPECT_EQ(store->schema_version(), store::latest_schema_version());
  EXPECT_GE(store->schema_version(), 3);
  ASSERT_TRUE(store->governance().committee(4));
  EXPECT_EQ(store->governance().committee(4)->name, "Quality Group");
  EXPECT_EQ(store->governance().person(1)->job_title, "Chair");
  EXPECT_EQ(store->governance().audit_trail("committee", 4).size(), 1u);
  // The new tables work against the old committee, and survive a reopen.
  const int64_t id = store->assurance().save_priorities({samples::priority("NO1", 4)}, "test").at(0);
  store->finance().put_envelopes({{2024, EnvelopeKind::Capital, 5}});
  store.reset();
  store = Store::open(file.path.string());
  EXPECT_EQ(store->assurance().priority(id)->overseeing_committee_id, 4);
  EXPECT_EQ(store->finance().envelopes(2024).size(), 1u);
  EXPECT_EQ(store->governance().committees().size(), 1u);
}

}  // namespace
}  // namespace ics
