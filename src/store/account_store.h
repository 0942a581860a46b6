#pragma once
// Accounts, browser sessions and API tokens. Tokens are stored only as SHA-256 hashes, so a copy of
// the database does not let anyone sign in. Account changes are written to the audit trail (without
// the password hash).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/account.h"

namespace ics {

struct Session {
  std::string token_hash;  // hex SHA-256 of the cookie value
  int64_t account_id = 0;
  std::string csrf_token;  // sent back in every form and X-CSRF-Token header
  int64_t created_at = 0;  // Unix seconds
  int64_t expires_at = 0;  // Unix seconds
};

class AccountStore {
 public:
  virtual ~AccountStore() = default;

  // Creates an account; std::runtime_error if the name is taken (nothing written). Returns its id.
  virtual int64_t add_account(const Account& account, const std::string& actor) = 0;
  // Updates role, person, password hash and disabled flag of the account with account.id.
  virtual void update_account(const Account& account, const std::string& actor) = 0;
  virtual std::optional<Account> account(int64_t id) = 0;
  virtual std::optional<Account> account_by_name(const std::string& name) = 0;
  virtual std::vector<Account> accounts() = 0;  // ordered by name

  virtual void add_session(const Session& session) = 0;
  virtual std::optional<Session> session(const std::string& token_hash) = 0;
  virtual void delete_session(const std::string& token_hash) = 0;
  virtual void delete_expired_sessions(int64_t now) = 0;

  // API bearer tokens (`ics user token NAME`).
  virtual void add_api_token(const std::string& token_hash, int64_t account_id, const std::string& actor) = 0;
  virtual std::optional<int64_t> account_for_api_token(const std::string& token_hash) = 0;

  // Patient-level access for population health: the PCN codes whose case-finding lists (patient-
  // identifiable) the account may see, ordered by code; empty = none (`ics user grant`).
  virtual std::vector<std::string> patient_level_pcns(int64_t account_id) = 0;
  // Replaces the account's PCN grants (duplicates dropped) in one transaction, audited. Throws
  // std::runtime_error for an unknown account or an empty code (nothing written).
  virtual void set_patient_level_pcns(int64_t account_id, const std::vector<std::string>& pcn_codes,
                                      const std::string& actor) = 0;
};

}  // namespace ics
