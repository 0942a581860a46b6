#pragma once
// A population health world for HTTP tests: a generated population of about 3,000 persons (two years to
// 31 March 2026) written as a snapshot in the temporary directory, one account per signed-in role
// (ana analyst, mo member, sam secretariat, root admin), the member granted patient-level access to the
// first PCN only, and the real server analysing the snapshot with today = 15 June 2026 (after the
// extract, so the analysis is as at 1 April 2026).
#include <gtest/gtest.h>
#include <httplib.h>
#include <unistd.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "phm/snapshot.h"
#include "phm/synthetic_population.h"
#include "role_table.h"
#include "store/store.h"
#include "test_server.h"
#include "web/password_hash.h"
#include "web/web_server.h"

namespace ics::web::phm_http {

inline constexpr const char* kPassword = "a long enough passphrase";
inline const Date kToday = Date::from_ymd(2026, 6, 15);

// A smooth age profile (fewer people at each older age), the same for both sexes.
inline phm::AgeSexDistribution simple_distribution() {
  phm::AgeSexDistribution d;
  for (int sex = 0; sex < phm::kSexCount; ++sex)
    for (int age = 0; age <= 90; ++age) d.persons[sex][age] = 1000.0 - 9.0 * age;
  return d;
}

// A unique path in the temporary directory for this test process.
inline std::filesystem::path temp_path(const std::string& name) {
  return std::filesystem::temp_directory_path() / (name + "_" + std::to_string(::getpid()));
}

// Generates the population and writes its snapshot to `path`; returns its PCN codes.
inline std::vector<std::string> write_population(const std::filesystem::path& path, int64_t persons, uint64_t seed) {
  phm::SynthOptions options;
  options.persons = persons;
  options.years = 2;
  options.seed = seed;
  options.threads = 2;
  auto columns = std::make_shared<phm::PopulationColumns>(phm::generate_population(options, simple_distribution()));
  const phm::Population population = phm::view_of(columns);
  phm::write_snapshot(population, path.string());
  return population.geography.pcn_codes;
}

struct Accounts {
  int64_t analyst = 0, member = 0, secretariat = 0, admin = 0;
};

inline Accounts add_accounts(Store& store) {
  const std::string hash = hash_password(kPassword);  // one Argon2 hash shared: hashing is slow
  auto& accounts = store.accounts();
  Accounts a;
  a.analyst = accounts.add_account({0, "ana", Role::Analyst, std::nullopt, hash, false}, "test");
  a.member = accounts.add_account({0, "mo", Role::Member, std::nullopt, hash, false}, "test");
  a.secretariat = accounts.add_account({0, "sam", Role::Secretariat, std::nullopt, hash, false}, "test");
  a.admin = accounts.add_account({0, "root", Role::Admin, std::nullopt, hash, false}, "test");
  return a;
}

inline WebOptions options_for(const std::filesystem::path& snapshot) {
  WebOptions options;
  options.today = kToday;
  options.phm_snapshot = snapshot.string();
  return options;
}

class PhmWorldServer {
 public:
  // with_population false leaves the snapshot path empty of any file (the "nothing loaded" world).
  explicit PhmWorldServer(const std::string& name, bool with_population = true)
      : snapshot_(temp_path(name).string() + ".phm"),
        db_(name),
        accounts_(add_accounts(db_.store())),
        pcns_(with_population ? write_population(snapshot_, 3000, 20260401) : std::vector<std::string>{}),
        server_(db_.store(), options_for(snapshot_)) {
    if (pcns_.empty()) return;
    try {
      db_.store().accounts().set_patient_level_pcns(accounts_.member, {pcns_.front()}, "test");
    } catch (const std::exception& e) {
      grant_error_ = e.what();
    }
  }
  ~PhmWorldServer() { std::filesystem::remove(snapshot_); }
  PhmWorldServer(const PhmWorldServer&) = delete;
  PhmWorldServer& operator=(const PhmWorldServer&) = delete;

  Store& store() { return db_.store(); }
  const Accounts& accounts() const { return accounts_; }
  // The population's PCN codes; the member may open the first one only.
  const std::vector<std::string>& pcns() const { return pcns_; }
  const std::string& granted_pcn() const { return pcns_.front(); }
  const std::string& other_pcn() const { return pcns_.back(); }
  // Why the member's grant could not be stored ("" when it was).
  const std::string& grant_error() const { return grant_error_; }
  const std::filesystem::path& snapshot() const { return snapshot_; }

  httplib::Client client() const { return server_.client(); }
  http_test::Session sign_in(const std::string& name) const { return server_.sign_in(name, kPassword); }

 private:
  // Declared in construction order: the snapshot and store are ready before the server starts, and the
  // server stops before they are removed.
  std::filesystem::path snapshot_;
  http_test::TempStore db_;
  Accounts accounts_;
  std::vector<std::string> pcns_;
  std::string grant_error_;
  http_test::TestServer server_;
};

// One world per test suite, started before its first test and stopped after its last (a population costs a
// generation and a snapshot). Suite names itself with kName and says kWithPopulation.
template <class Suite>
class PhmSuite : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = std::make_unique<PhmWorldServer>(Suite::kName, Suite::kWithPopulation);
    roles_ = std::make_unique<http_test::SignedInRoles>(*server_);
  }
  static void TearDownTestSuite() {
    roles_.reset();
    server_.reset();
  }
  static inline std::unique_ptr<PhmWorldServer> server_;
  static inline std::unique_ptr<http_test::SignedInRoles> roles_;
};

}  // namespace ics::web::phm_http
