// Patient-level PCN grants (AccountStore::patient_level_pcns / set_patient_level_pcns) and migration 4,
// which brings a version 3 file to the grants table without losing its accounts.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <filesystem>
#include <string>
#include <vector>

#include "store/account_store.h"
#include "store/migrations.h"
#include "store/store.h"

namespace ics {
namespace {

using nlohmann::json;
using Codes = std::vector<std::string>;

class PhmAccessStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = Store::open(":memory:");
    jo_ = accounts().add_account(Account{0, "jo", Role::Analyst, std::nullopt, "h", false}, "test");
    sam_ = accounts().add_account(Account{0, "sam", Role::Member, std::nullopt, "h", false}, "test");
  }
  AccountStore& accounts() { return store_->accounts(); }
  std::vector<AuditEntry> grant_audit(int64_t id) {
    return store_->governance().audit_trail("patient-level access", id);
  }
  size_t audit_rows() { return store_->governance().audit_trail("", std::nullopt, 100000).size(); }

  std::unique_ptr<Store> store_;
  int64_t jo_ = 0, sam_ = 0;
};

TEST_F(PhmAccessStoreTest, AnAccountHasNoGrantsUntilGivenSome) {
  EXPECT_TRUE(accounts().patient_level_pcns(jo_).empty());
  EXPECT_TRUE(accounts().patient_level_pcns(999).empty());
}

TEST_F(PhmAccessStoreTest, GrantsAreOrderedByCodeWithoutDuplicatesAndKeptPerAccount) {
  accounts().set_patient_level_pcns(jo_, {"PCN-NC2", "PCN-BA1", "PCN-NC2", "PCN-NC1"}, "admin");
  accounts().set_patient_level_pcns(sam_, {"PCN-SN1"}, "admin");
  EXPECT_EQ(accounts().patient_level_pcns(jo_), (Codes{"PCN-BA1", "PCN-NC1", "PCN-NC2"}));
  EXPECT_EQ(accounts().patient_level_pcns(sam_), (Codes{"PCN-SN1"}));
}

TEST_F(PhmAccessStoreTest, SettingReplacesTheGrantsAndAnEmptyListClearsThem) {
  accounts().set_patient_level_pcns(jo_, {"PCN-NC1", "PCN-NC2"}, "admin");
  accounts().set_patient_level_pcns(jo_, {"PCN-MN1"}, "admin");
  EXPECT_EQ(accounts().patient_level_pcns(jo_), (Codes{"PCN-MN1"}));
  accounts().set_patient_level_pcns(jo_, {}, "admin");
  EXPECT_TRUE(accounts().patient_level_pcns(jo_).empty());
}

TEST_F(PhmAccessStoreTest, EachChangeIsAuditedWithTheGrantsBeforeAndAfter) {
  accounts().set_patient_level_pcns(jo_, {"PCN-NC2", "PCN-NC1"}, "ics user");
  accounts().set_patient_level_pcns(jo_, {}, "admin");
  const auto rows = grant_audit(jo_);  // newest first
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1].actor, "ics user");
  EXPECT_EQ(rows[1].change, "update");
  EXPECT_EQ(json::parse(rows[1].before)["pcns"], json::array());
  EXPECT_EQ(json::parse(rows[1].after)["pcns"], (json{"PCN-NC1", "PCN-NC2"}));
  EXPECT_EQ(json::parse(rows[1].after)["account"], "jo");
  EXPECT_EQ(rows[0].actor, "admin");
  EXPECT_EQ(json::parse(rows[0].before)["pcns"], (json{"PCN-NC1", "PCN-NC2"}));
  EXPECT_EQ(json::parse(rows[0].after)["pcns"], json::array());
  EXPECT_TRUE(grant_audit(sam_).empty());
}

TEST_F(PhmAccessStoreTest, AnUnknownAccountOrAnEmptyCodeIsRefusedAndNothingIsWritten) {
  accounts().set_patient_level_pcns(jo_, {"PCN-NC1"}, "admin");
  const size_t rows = audit_rows();
  try {
    accounts().set_patient_level_pcns(999, {"PCN-NC1"}, "admin");
    ADD_FAILURE() << "a grant to an unknown account was accepted";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("account 999 does not exist"), std::string::npos) << e.what();
  }
  EXPECT_TRUE(accounts().patient_level_pcns(999).empty());
  EXPECT_THROW(accounts().set_patient_level_pcns(jo_, {"PCN-NC2", ""}, "admin"), std::runtime_error);
  EXPECT_EQ(accounts().patient_level_pcns(jo_), (Codes{"PCN-NC1"}));
  EXPECT_EQ(audit_rows(), rows);
}

struct TempDbFile {
  std::filesystem::path path;
  TempDbFile() {
    path = std::filesystem::temp_directory_path() /
           ("ics_phm_access_test_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".db");
    cleanup();
  }
  ~TempDbFile() { cleanup(); }
  void cleanup() {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
  }
};

TEST(PhmAccessStoreMigration, AVersionThreeFileMigratesAndItsAccountsCanBeGranted) {
  TempDbFile file;
  {
    // Build the file as the assurance release left it: migrations 1 to 3, with an account in it.
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(file.path.c_str(), &db), SQLITE_OK);
    std::string sql =
        "PRAGMA foreign_keys = ON;"
        "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL DEFAULT '');";
    for (int i = 0; i < 3; ++i) sql += std::string(store::migrations().at(i).sql);
    sql +=
        "INSERT INTO schema_migrations(version) VALUES (1), (2), (3);"
        "INSERT INTO accounts(id, name, role, person_id, password_hash, disabled)"
        " VALUES (7, 'gp-lead', 'analyst', NULL, '$argon2id$x', 0);";
    ASSERT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
    sqlite3_close(db);
  }
  auto store = Store::open(file.path.string());
  EXPECT_EQ(store->schema_version(), store::latest_schema_version());
  EXPECT_GE(store->schema_version(), 4);
  ASSERT_TRUE(store->accounts().account(7));
  EXPECT_EQ(store->accounts().account(7)->name, "gp-lead");
  EXPECT_TRUE(store->accounts().patient_level_pcns(7).empty());
  store->accounts().set_patient_level_pcns(7, {"PCN-NC1"}, "test");
  store.reset();
  store = Store::open(file.path.string());
  EXPECT_EQ(store->accounts().patient_level_pcns(7), (Codes{"PCN-NC1"}));
}

}  // namespace
}  // namespace ics
