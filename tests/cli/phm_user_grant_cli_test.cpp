// `ics user grant`: patient-level access to PCNs' case-finding lists, replaced whole on each grant, cleared
// with --none or --pcn "", shown by `ics user list`; an unknown account is refused with exit 2 and nothing
// changes.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "cli_runner.h"
#include "store/store.h"

namespace ics {
namespace {

using testing::run_ics;
using testing::ScratchDir;
using Codes = std::vector<std::string>;

class PhmUserGrantCli : public ::testing::Test {
 protected:
  void SetUp() override {
    // Accounts straight into the store: `ics user add` would hash a password, which is slow.
    auto store = Store::open(db());
    store->accounts().add_account(Account{0, "gp-lead", Role::Analyst, std::nullopt, "h", false}, "test");
    store->accounts().add_account(Account{0, "nurse", Role::Member, std::nullopt, "h", false}, "test");
  }
  std::string db() const { return dir_.file("ics.db"); }
  testing::CliResult ics(const std::string& args) { return run_ics(args + " --db '" + db() + "'", dir_); }
  Codes grants(const std::string& name) {
    auto store = Store::open(db());
    return store->accounts().patient_level_pcns(store->accounts().account_by_name(name)->id);
  }

  ScratchDir dir_;
};

TEST_F(PhmUserGrantCli, GrantsPcnsAndListShowsThem) {
  auto r = ics("user grant --name gp-lead --pcn 'PCN-NC2, PCN-NC1'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "gp-lead has patient-level access to PCN-NC1,PCN-NC2\n");
  EXPECT_EQ(r.err, "");  // no PCN organisations in the store, so nothing to warn about
  EXPECT_EQ(grants("gp-lead"), (Codes{"PCN-NC1", "PCN-NC2"}));
  EXPECT_TRUE(grants("nurse").empty());

  auto list = ics("user list");
  ASSERT_EQ(list.exit_code, 0) << list.err;
  EXPECT_NE(list.out.find("patient-level PCNs\n"), std::string::npos) << list.out;
  EXPECT_NE(list.out.find("gp-lead  analyst      -       active    PCN-NC1,PCN-NC2\n"), std::string::npos) << list.out;
  EXPECT_NE(list.out.find("nurse    member       -       active    -\n"), std::string::npos) << list.out;
}

TEST_F(PhmUserGrantCli, AGrantReplacesTheAccountsGrantsAndIsAudited) {
  ASSERT_EQ(ics("user grant --name gp-lead --pcn PCN-NC1,PCN-NC2").exit_code, 0);
  auto r = ics("user grant --name gp-lead --pcn PCN-BA1");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(grants("gp-lead"), (Codes{"PCN-BA1"}));
  auto store = Store::open(db());
  const auto rows = store->governance().audit_trail("patient-level access");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].actor, "ics user");
  EXPECT_NE(rows[0].before.find("PCN-NC2"), std::string::npos) << rows[0].before;
  EXPECT_NE(rows[0].after.find("PCN-BA1"), std::string::npos) << rows[0].after;
}

TEST_F(PhmUserGrantCli, NoneOrAnEmptyListClearsTheGrants) {
  ASSERT_EQ(ics("user grant --name gp-lead --pcn PCN-NC1").exit_code, 0);
  auto none = ics("user grant --name gp-lead --none");
  ASSERT_EQ(none.exit_code, 0) << none.err;
  EXPECT_EQ(none.out, "gp-lead has no patient-level access\n");
  EXPECT_TRUE(grants("gp-lead").empty());

  ASSERT_EQ(ics("user grant --name gp-lead --pcn PCN-NC1").exit_code, 0);
  auto empty = ics("user grant --name gp-lead --pcn ''");
  ASSERT_EQ(empty.exit_code, 0) << empty.err;
  EXPECT_TRUE(grants("gp-lead").empty());
}

TEST_F(PhmUserGrantCli, AnUnknownAccountOrBadArgumentsExitTwoAndChangeNothing) {
  ASSERT_EQ(ics("user grant --name gp-lead --pcn PCN-NC1").exit_code, 0);
  auto unknown = ics("user grant --name nobody --pcn PCN-NC2");
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.err.find("no account named \"nobody\""), std::string::npos) << unknown.err;

  auto neither = ics("user grant --name gp-lead");
  EXPECT_EQ(neither.exit_code, 2);
  EXPECT_NE(neither.err.find("--none"), std::string::npos) << neither.err;
  EXPECT_EQ(ics("user grant --name gp-lead --pcn PCN-NC2 --none").exit_code, 2);
  auto spaced = ics("user grant --name gp-lead --pcn 'PCN NC2'");
  EXPECT_EQ(spaced.exit_code, 2);
  EXPECT_NE(spaced.err.find("no spaces"), std::string::npos) << spaced.err;

  EXPECT_EQ(grants("gp-lead"), (Codes{"PCN-NC1"}));
  EXPECT_TRUE(grants("nurse").empty());
  EXPECT_EQ(Store::open(db())->governance().audit_trail("patient-level access").size(), 1u);
}

TEST_F(PhmUserGrantCli, WarnsOfACodeThatIsNotAKnownPcnButGrantsIt) {
  Store::open(db())->upsert_organisations({{"PCN-NC1", "City PCN 1", OrganisationType::Pcn, ""}});
  auto r = ics("user grant --name gp-lead --pcn PCN-NC1,PCN-XX9");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "warning: PCN-XX9 is not a PCN among the store's organisations (granted all the same)\n");
  EXPECT_EQ(grants("gp-lead"), (Codes{"PCN-NC1", "PCN-XX9"}));
}

}  // namespace
}  // namespace ics
