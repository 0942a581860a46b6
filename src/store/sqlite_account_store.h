#pragma once
// AccountStore on the SqliteStore's connection: accounts, sessions and API tokens as typed columns.
#include <sqlite3.h>

#include <mutex>

#include "store/account_store.h"

namespace ics {

class SqliteAccountStore final : public AccountStore {
 public:
  // Uses db and mutex, both owned by the SqliteStore, which must outlive this object. The schema must
  // already be migrated.
  SqliteAccountStore(sqlite3* db, std::mutex& mutex) : db_(db), mutex_(mutex) {}

  int64_t add_account(const Account& account, const std::string& actor) override;
  void update_account(const Account& account, const std::string& actor) override;
  std::optional<Account> account(int64_t id) override;
  std::optional<Account> account_by_name(const std::string& name) override;
  std::vector<Account> accounts() override;

  void add_session(const Session& session) override;
  std::optional<Session> session(const std::string& token_hash) override;
  void delete_session(const std::string& token_hash) override;
  void delete_expired_sessions(int64_t now) override;

  void add_api_token(const std::string& token_hash, int64_t account_id, const std::string& actor) override;
  std::optional<int64_t> account_for_api_token(const std::string& token_hash) override;
  std::vector<std::string> patient_level_pcns(int64_t account_id) override;
  void set_patient_level_pcns(int64_t account_id, const std::vector<std::string>& pcn_codes,
                              const std::string& actor) override;

 private:
  sqlite3* db_;
  std::mutex& mutex_;  // the SqliteStore's: one statement at a time on the shared connection
};

}  // namespace ics
