#include "store/sqlite_account_store.h"

#include <algorithm>
#include <stdexcept>

#include "domain/governance_json.h"
#include "store/sqlite_audit.h"
#include "store/sqlite_util.h"

namespace ics {
namespace {

using store::Statement;
using store::Transaction;

constexpr const char* kAccountSelect = "SELECT id, name, role, person_id, password_hash, disabled FROM accounts";

Account read_account(const Statement& st) {
  Account a;
  a.id = st.integer(0);
  a.name = st.text(1);
  const auto role = parse_enum<Role>(st.text(2));
  if (!role) throw std::runtime_error("store: account \"" + a.name + "\" has a bad role \"" + st.text(2) + "\"");
  a.role = *role;
  if (!st.is_null(3)) a.person_id = st.integer(3);
  a.password_hash = st.text(4);
  a.disabled = st.integer(5) != 0;
  return a;
}

std::optional<Account> load_account(sqlite3* db, int64_t id) {
  Statement st(db, std::string(kAccountSelect) + " WHERE id = ?");
  st.bind(1, static_cast<long long>(id));
  if (!st.step()) return std::nullopt;
  return read_account(st);
}

void bind_person(Statement& st, int index, const std::optional<int64_t>& person_id) {
  if (person_id) st.bind(index, static_cast<long long>(*person_id));
  else st.bind_null(index);
}

// Refuses an account linked to a person who does not exist.
void require_person(sqlite3* db, const Account& account) {
  if (!account.person_id) return;
  Statement st(db, "SELECT 1 FROM people WHERE id = ?");
  st.bind(1, static_cast<long long>(*account.person_id));
  if (!st.step())
    throw std::runtime_error("account \"" + account.name + "\": person " + std::to_string(*account.person_id) +
                             " does not exist (nothing was written)");
}

std::string audit_json(const Account& account) { return nlohmann::json(account).dump(); }  // no password hash

// Ordered by code, as std::sort orders them, so the stored and the given lists compare equal.
std::vector<std::string> load_pcn_grants(sqlite3* db, int64_t account_id) {
  Statement st(db, "SELECT pcn_code FROM account_pcn_grants WHERE account_id = ? ORDER BY pcn_code");
  st.bind(1, static_cast<long long>(account_id));
  std::vector<std::string> out;
  while (st.step()) out.push_back(st.text(0));
  return out;
}

std::string grants_json(const Account& account, const std::vector<std::string>& pcn_codes) {
  return nlohmann::json{{"account_id", account.id}, {"account", account.name}, {"pcns", pcn_codes}}.dump();
}

}  // namespace

int64_t SqliteAccountStore::add_account(const Account& account, const std::string& actor) {
  std::lock_guard lock(mutex_);
  Transaction tx(db_);
  if (account.name.empty()) throw std::runtime_error("an account needs a name (nothing was written)");
  {
    Statement taken(db_, "SELECT 1 FROM accounts WHERE name = ?");
    taken.bind(1, account.name);
    if (taken.step())
      throw std::runtime_error("account name \"" + account.name + "\" is already taken (nothing was written)");
  }
  require_person(db_, account);
  Statement st(db_, "INSERT INTO accounts(name, role, person_id, password_hash, disabled) VALUES (?, ?, ?, ?, ?)");
  st.bind(1, account.name);
  st.bind(2, enum_name(account.role));
  bind_person(st, 3, account.person_id);
  st.bind(4, account.password_hash);
  st.bind(5, static_cast<long long>(account.disabled));
  st.run();
  Account stored = account;
  stored.id = sqlite3_last_insert_rowid(db_);
  store::write_audit(db_, actor, "account", stored.id, "create", "", audit_json(stored));
  tx.commit();
  return stored.id;
}

void SqliteAccountStore::update_account(const Account& account, const std::string& actor) {
  std::lock_guard lock(mutex_);
  Transaction tx(db_);
  const auto before = load_account(db_, account.id);
  if (!before)
    throw std::runtime_error("cannot update account " + std::to_string(account.id) +
                             ": it does not exist (nothing was written)");
  require_person(db_, account);
  Statement st(db_, "UPDATE accounts SET role = ?, person_id = ?, password_hash = ?, disabled = ? WHERE id = ?");
  st.bind(1, enum_name(account.role));
  bind_person(st, 2, account.person_id);
  st.bind(3, account.password_hash);
  st.bind(4, static_cast<long long>(account.disabled));
  st.bind(5, static_cast<long long>(account.id));
  st.run();
  const auto after = load_account(db_, account.id);
  store::write_audit(db_, actor, "account", account.id, "update", audit_json(*before), audit_json(*after));
  tx.commit();
}

std::optional<Account> SqliteAccountStore::account(int64_t id) {
  std::lock_guard lock(mutex_);
  return load_account(db_, id);
}

std::optional<Account> SqliteAccountStore::account_by_name(const std::string& name) {
  std::lock_guard lock(mutex_);
  Statement st(db_, std::string(kAccountSelect) + " WHERE name = ?");
  st.bind(1, name);
  if (!st.step()) return std::nullopt;
  return read_account(st);
}

std::vector<Account> SqliteAccountStore::accounts() {
  std::lock_guard lock(mutex_);
  Statement st(db_, std::string(kAccountSelect) + " ORDER BY name");
  std::vector<Account> out;
  while (st.step()) out.push_back(read_account(st));
  return out;
}

void SqliteAccountStore::add_session(const Session& session) {
  std::lock_guard lock(mutex_);
  Statement st(db_,
               "INSERT INTO sessions(token_hash, account_id, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)");
  st.bind(1, session.token_hash);
  st.bind(2, static_cast<long long>(session.account_id));
  st.bind(3, session.csrf_token);
  st.bind(4, static_cast<long long>(session.created_at));
  st.bind(5, static_cast<long long>(session.expires_at));
  st.run();
}

std::optional<Session> SqliteAccountStore::session(const std::string& token_hash) {
  std::lock_guard lock(mutex_);
  Statement st(db_, "SELECT token_hash, account_id, csrf_token, created_at, expires_at FROM sessions WHERE token_hash = ?");
  st.bind(1, token_hash);
  if (!st.step()) return std::nullopt;
  return Session{st.text(0), st.integer(1), st.text(2), st.integer(3), st.integer(4)};
}

void SqliteAccountStore::delete_session(const std::string& token_hash) {
  std::lock_guard lock(mutex_);
  Statement st(db_, "DELETE FROM sessions WHERE token_hash = ?");
  st.bind(1, token_hash);
  st.run();
}

void SqliteAccountStore::delete_expired_sessions(int64_t now) {
  std::lock_guard lock(mutex_);
  Statement st(db_, "DELETE FROM sessions WHERE expires_at <= ?");  // a session is over at expires_at
  st.bind(1, static_cast<long long>(now));
  st.run();
}

void SqliteAccountStore::add_api_token(const std::string& token_hash, int64_t account_id, const std::string& actor) {
  std::lock_guard lock(mutex_);
  Transaction tx(db_);
  const auto owner = load_account(db_, account_id);
  if (!owner)
    throw std::runtime_error("cannot add an API token: account " + std::to_string(account_id) +
                             " does not exist (nothing was written)");
  Statement st(db_, "INSERT INTO api_tokens(token_hash, account_id, created_at) VALUES (?, ?, ?)");
  st.bind(1, token_hash);
  st.bind(2, static_cast<long long>(account_id));
  st.bind(3, store::utc_now_iso());
  st.run();
  // The token (even its hash) stays out of the audit trail; only who got one.
  const std::string after = nlohmann::json{{"account_id", account_id}, {"account", owner->name}}.dump();
  store::write_audit(db_, actor, "api token", account_id, "create", "", after);
  tx.commit();
}

std::optional<int64_t> SqliteAccountStore::account_for_api_token(const std::string& token_hash) {
  std::lock_guard lock(mutex_);
  Statement st(db_, "SELECT account_id FROM api_tokens WHERE token_hash = ?");
  st.bind(1, token_hash);
  if (!st.step()) return std::nullopt;
  return st.integer(0);
}

std::vector<std::string> SqliteAccountStore::patient_level_pcns(int64_t account_id) {
  std::lock_guard lock(mutex_);
  return load_pcn_grants(db_, account_id);
}

void SqliteAccountStore::set_patient_level_pcns(int64_t account_id, const std::vector<std::string>& pcn_codes,
                                                const std::string& actor) {
  std::lock_guard lock(mutex_);
  Transaction tx(db_);
  const auto owner = load_account(db_, account_id);
  if (!owner)
    throw std::runtime_error("cannot grant patient-level access: account " + std::to_string(account_id) +
                             " does not exist (nothing was written)");
  std::vector<std::string> codes = pcn_codes;
  for (const auto& code : codes)
    if (code.empty())
      throw std::runtime_error("cannot grant patient-level access to \"" + owner->name +
                               "\": a PCN code is empty (nothing was written)");
  std::sort(codes.begin(), codes.end());
  codes.erase(std::unique(codes.begin(), codes.end()), codes.end());

  const auto before = load_pcn_grants(db_, account_id);
  {
    Statement clear(db_, "DELETE FROM account_pcn_grants WHERE account_id = ?");
    clear.bind(1, static_cast<long long>(account_id));
    clear.run();
  }
  for (const auto& code : codes) {
    Statement st(db_, "INSERT INTO account_pcn_grants(account_id, pcn_code) VALUES (?, ?)");
    st.bind(1, static_cast<long long>(account_id));
    st.bind(2, code);
    st.run();
  }
  store::write_audit(db_, actor, "patient-level access", account_id, "update", grants_json(*owner, before),
                     grants_json(*owner, codes));
  tx.commit();
}

}  // namespace ics
