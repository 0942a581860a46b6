#include "store/account_store.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "governance_samples.h"
#include "store/store.h"

namespace ics {
namespace {

using nlohmann::json;

void expect_same(const Account& a, const Account& b) {
  EXPECT_EQ(a.id, b.id);
  EXPECT_EQ(a.name, b.name);
  EXPECT_EQ(a.role, b.role);
  EXPECT_EQ(a.person_id, b.person_id);
  EXPECT_EQ(a.password_hash, b.password_hash);
  EXPECT_EQ(a.disabled, b.disabled);
}

class AccountStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = Store::open(":memory:");
    person_ = store_->governance().save_person(samples::person(), "test");
  }
  AccountStore& accounts() { return store_->accounts(); }
  size_t audit_rows() { return store_->governance().audit_trail("", std::nullopt, 100000).size(); }

  std::unique_ptr<Store> store_;
  int64_t person_ = 0;
};

TEST_F(AccountStoreTest, AccountsRoundTripAndAreOrderedByName) {
  Account zed{0, "zed", Role::Admin, std::nullopt, "$argon2id$zed", false};
  Account amy{0, "amy", Role::Member, person_, "$argon2id$amy", true};
  zed.id = accounts().add_account(zed, "ics user add");
  amy.id = accounts().add_account(amy, "ics user add");
  expect_same(*accounts().account(amy.id), amy);
  expect_same(*accounts().account_by_name("zed"), zed);
  EXPECT_FALSE(accounts().account(999));
  EXPECT_FALSE(accounts().account_by_name("nobody"));
  const auto all = accounts().accounts();
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].name, "amy");
  EXPECT_EQ(all[1].name, "zed");
}

TEST_F(AccountStoreTest, ADuplicateNameIsRefusedAndNothingIsWritten) {
  accounts().add_account(Account{0, "jo", Role::Member, std::nullopt, "h1", false}, "test");
  const size_t rows = audit_rows();
  try {
    accounts().add_account(Account{0, "jo", Role::Admin, std::nullopt, "h2", false}, "test");
    ADD_FAILURE() << "duplicate name accepted";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("\"jo\" is already taken"), std::string::npos) << e.what();
  }
  EXPECT_EQ(accounts().accounts().size(), 1u);
  EXPECT_EQ(accounts().account_by_name("jo")->role, Role::Member);
  EXPECT_EQ(audit_rows(), rows);
}

TEST_F(AccountStoreTest, UnknownPersonOrAccountIsRefused) {
  EXPECT_THROW(accounts().add_account(Account{0, "x", Role::Member, 999, "h", false}, "test"), std::runtime_error);
  EXPECT_TRUE(accounts().accounts().empty());
  EXPECT_THROW(accounts().update_account(Account{999, "x", Role::Member, std::nullopt, "h", false}, "test"),
               std::runtime_error);
  EXPECT_THROW(accounts().add_api_token("hash", 999, "test"), std::runtime_error);
  EXPECT_FALSE(accounts().account_for_api_token("hash"));
  EXPECT_EQ(audit_rows(), 1u);  // only the person saved in SetUp
}

TEST_F(AccountStoreTest, UpdatesAreAuditedWithoutThePasswordHash) {
  Account jo{0, "jo", Role::Member, std::nullopt, "$argon2id$HASH-ONE", false};
  jo.id = accounts().add_account(jo, "ics user add");
  jo.role = Role::Secretariat;
  jo.person_id = person_;
  jo.password_hash = "$argon2id$HASH-TWO";
  jo.disabled = true;
  accounts().update_account(jo, "admin");
  expect_same(*accounts().account(jo.id), jo);

  const auto rows = store_->governance().audit_trail("account", jo.id);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].change, "update");
  EXPECT_EQ(rows[0].actor, "admin");
  EXPECT_EQ(json::parse(rows[0].before)["role"], "member");
  EXPECT_EQ(json::parse(rows[0].after)["role"], "secretariat");
  EXPECT_EQ(json::parse(rows[0].after)["person_id"], person_);
  EXPECT_EQ(rows[1].change, "create");
  EXPECT_EQ(rows[1].actor, "ics user add");
  for (const auto& row : rows) {
    EXPECT_EQ(row.before.find("HASH-"), std::string::npos) << row.before;
    EXPECT_EQ(row.after.find("HASH-"), std::string::npos) << row.after;
  }
}

TEST_F(AccountStoreTest, SessionsRoundTripAndExpire) {
  const int64_t id = accounts().add_account(Account{0, "jo", Role::Member, std::nullopt, "h", false}, "test");
  accounts().add_session(Session{"old", id, "csrf-old", 100, 200});
  accounts().add_session(Session{"edge", id, "csrf-edge", 100, 300});
  accounts().add_session(Session{"new", id, "csrf-new", 250, 400});
  const auto s = accounts().session("new");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->token_hash, "new");
  EXPECT_EQ(s->account_id, id);
  EXPECT_EQ(s->csrf_token, "csrf-new");
  EXPECT_EQ(s->created_at, 250);
  EXPECT_EQ(s->expires_at, 400);

  accounts().delete_expired_sessions(300);  // a session is over at its expiry time
  EXPECT_FALSE(accounts().session("old"));
  EXPECT_FALSE(accounts().session("edge"));
  EXPECT_TRUE(accounts().session("new"));

  accounts().delete_session("new");
  EXPECT_FALSE(accounts().session("new"));
}

TEST_F(AccountStoreTest, ApiTokensFindTheirAccountAndAreAuditedWithoutTheHash) {
  const int64_t jo = accounts().add_account(Account{0, "jo", Role::Analyst, std::nullopt, "h", false}, "test");
  const int64_t al = accounts().add_account(Account{0, "al", Role::Admin, std::nullopt, "h", false}, "test");
  accounts().add_api_token("token-hash-jo", jo, "ics user token");
  accounts().add_api_token("token-hash-al", al, "ics user token");
  EXPECT_EQ(accounts().account_for_api_token("token-hash-jo"), jo);
  EXPECT_EQ(accounts().account_for_api_token("token-hash-al"), al);
  EXPECT_FALSE(accounts().account_for_api_token("token-hash-nobody"));
  for (const auto& row : store_->governance().audit_trail("", std::nullopt, 1000))
    EXPECT_EQ(row.after.find("token-hash"), std::string::npos) << row.after;
  EXPECT_EQ(store_->governance().audit_trail("api token", jo).size(), 1u);
}

}  // namespace
}  // namespace ics
