#pragma once
// Store on an embedded SQLite database (a file, or ":memory:"). One connection, guarded by a
// mutex, so the store can be shared by the web server's threads. WAL journal, foreign keys on.
#include <sqlite3.h>

#include <memory>
#include <mutex>
#include <string>

#include "store/store.h"

namespace ics {

class SqliteStore final : public Store {
 public:
  // Opens or creates the database at path and applies pending migrations.
  // Throws std::runtime_error if the file cannot be opened or migrated.
  explicit SqliteStore(const std::string& path);
  ~SqliteStore() override;
  SqliteStore(const SqliteStore&) = delete;
  SqliteStore& operator=(const SqliteStore&) = delete;

  int schema_version() override;

  void upsert_metrics(const std::vector<Metric>& metrics) override;
  std::vector<Metric> metrics() override;
  std::optional<Metric> metric(const std::string& id) override;

  void upsert_organisations(const std::vector<Organisation>& orgs) override;
  std::vector<Organisation> organisations() override;
  std::optional<Organisation> organisation(const std::string& code) override;

  ImportSummary put_observations(const std::vector<Observation>& observations) override;
  std::vector<Observation> observations(const ObservationQuery& query) override;
  size_t count_observations(const ObservationQuery& query) override;
  std::vector<std::string> observed_org_codes() override;

  void clear_performance_data() override;

  GovernanceStore& governance() override;
  AccountStore& accounts() override;
  AssuranceStore& assurance() override;
  FinanceStore& finance() override;

 private:
  std::mutex mutex_;  // guards db_: one statement at a time on the connection
  sqlite3* db_ = nullptr;
  // Share db_ and mutex_; created once the schema is migrated.
  std::unique_ptr<GovernanceStore> governance_;
  std::unique_ptr<AccountStore> accounts_;
  std::unique_ptr<AssuranceStore> assurance_;
  std::unique_ptr<FinanceStore> finance_;
};

}  // namespace ics
