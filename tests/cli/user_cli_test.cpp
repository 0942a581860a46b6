// `ics user add|token|list`: accounts with Argon2id hashes, bearer tokens stored only as hashes, and
// bad input (short password, unknown role, duplicate name) refused with exit code 2 and nothing written.
#include <gtest/gtest.h>

#include "cli_runner.h"
#include "store/store.h"
#include "web/password_hash.h"

namespace ics {
namespace {

using testing::run_ics;
using testing::ScratchDir;

constexpr const char* kPassword = "twelve chars or more";

// `ics user add` with the password file on standard input.
testing::CliResult add_user(const ScratchDir& dir, const std::string& name, const std::string& role,
                            const std::string& password_line, const std::string& extra = "") {
  const std::string file = dir.write("password.txt", password_line);
  return run_ics("user add --db '" + dir.file("ics.db") + "' --name '" + name + "' --role '" + role +
                     "' --password-stdin " + extra + " < '" + file + "'",
                 dir);
}

TEST(UserCli, AddStoresAnArgon2idHashAndRefusesADuplicateName) {
  ScratchDir dir;
  auto added = add_user(dir, "alice", "secretariat", std::string(kPassword) + "\n");
  ASSERT_EQ(added.exit_code, 0) << added.err;
  EXPECT_EQ(added.out, "Added account alice (secretariat)\n");

  auto duplicate = add_user(dir, "alice", "member", std::string(kPassword) + "\n");
  EXPECT_EQ(duplicate.exit_code, 2);
  EXPECT_NE(duplicate.err.find("already exists"), std::string::npos) << duplicate.err;

  auto store = Store::open(dir.file("ics.db"));
  const auto account = store->accounts().account_by_name("alice");
  ASSERT_TRUE(account);
  EXPECT_EQ(account->role, Role::Secretariat);  // the duplicate did not change it
  EXPECT_EQ(account->password_hash.rfind("$argon2id$", 0), 0u);
  EXPECT_TRUE(web::verify_password(account->password_hash, kPassword));  // the newline is not part of it
  EXPECT_EQ(store->accounts().accounts().size(), 1u);
  bool audited = false;
  for (const auto& entry : store->governance().audit_trail()) {
    if (entry.actor == "ics user") audited = true;
    EXPECT_EQ(entry.after.find(account->password_hash), std::string::npos) << "the hash must not reach the audit trail";
  }
  EXPECT_TRUE(audited);
}

TEST(UserCli, RefusesShortOrEmptyPasswordsAndUnknownRolesWritingNothing) {
  ScratchDir dir;
  auto short_password = add_user(dir, "bob", "member", "elevenchars\n");
  EXPECT_EQ(short_password.exit_code, 2);
  EXPECT_NE(short_password.err.find("at least 12 characters"), std::string::npos) << short_password.err;
  auto empty = add_user(dir, "bob", "member", "");
  EXPECT_EQ(empty.exit_code, 2);
  EXPECT_NE(empty.err.find("empty"), std::string::npos) << empty.err;
  auto role = add_user(dir, "bob", "chair", std::string(kPassword) + "\n");
  EXPECT_EQ(role.exit_code, 2);
  EXPECT_NE(role.err.find("unknown role \"chair\"; choose one of analyst, member, secretariat, admin"),
            std::string::npos)
      << role.err;
  auto public_role = add_user(dir, "bob", "public", std::string(kPassword) + "\n");
  EXPECT_EQ(public_role.exit_code, 2);
  auto no_stdin_flag = run_ics("user add --db '" + dir.file("ics.db") + "' --name bob --role member", dir);
  EXPECT_EQ(no_stdin_flag.exit_code, 2);
  EXPECT_NE(no_stdin_flag.err.find("--password-stdin"), std::string::npos) << no_stdin_flag.err;

  auto list = run_ics("user list --db '" + dir.file("ics.db") + "'", dir);
  ASSERT_EQ(list.exit_code, 0) << list.err;
  EXPECT_NE(list.out.find("No accounts"), std::string::npos) << list.out;
}

TEST(UserCli, TokenIsPrintedOnceAndOnlyItsHashIsStored) {
  ScratchDir dir;
  ASSERT_EQ(add_user(dir, "carol", "analyst", std::string(kPassword) + "\n").exit_code, 0);
  auto issued = run_ics("user token --db '" + dir.file("ics.db") + "' carol", dir);
  ASSERT_EQ(issued.exit_code, 0) << issued.err;
  ASSERT_EQ(issued.out.size(), 44u) << issued.out;  // 43 characters and a newline
  const std::string token = issued.out.substr(0, 43);

  auto store = Store::open(dir.file("ics.db"));
  const auto carol = store->accounts().account_by_name("carol");
  ASSERT_TRUE(carol);
  EXPECT_EQ(store->accounts().account_for_api_token(web::sha256_hex(token)), carol->id);
  EXPECT_FALSE(store->accounts().account_for_api_token(token));

  auto unknown = run_ics("user token --db '" + dir.file("ics.db") + "' nobody", dir);
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.err.find("no account named \"nobody\""), std::string::npos) << unknown.err;

  auto list = run_ics("user list --db '" + dir.file("ics.db") + "'", dir);
  ASSERT_EQ(list.exit_code, 0) << list.err;
  EXPECT_NE(list.out.find("carol"), std::string::npos);
  EXPECT_NE(list.out.find("analyst"), std::string::npos);
  EXPECT_EQ(list.out.find(token), std::string::npos);
}

TEST(ServeTodayCli, RefusesADateThatIsNotReal) {
  ScratchDir dir;
  for (const char* bad : {"2026-02-30", "2026-02", "tomorrow"}) {
    auto r = run_ics(std::string("serve --db '") + dir.file("ics.db") + "' --port 0 --today " + bad, dir);
    EXPECT_EQ(r.exit_code, 2) << bad;
    EXPECT_NE(r.err.find("--today must be a real date"), std::string::npos) << r.err;
  }
}

}  // namespace
}  // namespace ics
