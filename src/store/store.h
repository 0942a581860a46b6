#pragma once
// The one interface to persistent data. Only implementations of Store speak SQL.
// Every method is safe to call from several threads at once; every write is one transaction
// (all or nothing: on any exception nothing is written).
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/calendar.h"
#include "domain/metric.h"
#include "domain/observation.h"
#include "domain/organisation.h"
#include "store/account_store.h"
#include "store/assurance_store.h"
#include "store/finance_store.h"
#include "store/governance_store.h"

namespace ics {

struct ObservationQuery {
  std::optional<std::string> metric_id;
  std::vector<std::string> org_codes;  // empty = all
  std::optional<Month> from, to;       // inclusive
};

// Counts an import reports back to the user.
struct ImportSummary {
  size_t added = 0;
  size_t replaced = 0;   // rows that revised an existing (metric, organisation, month) with different values
  size_t unchanged = 0;  // rows identical to what the store already held
  size_t total() const { return added + replaced + unchanged; }
};

class Store {
 public:
  virtual ~Store() = default;

  // Opens (creating if absent) the store at url: a SQLite file path, or ":memory:".
  // Applies pending migrations. The caller owns the result. Throws std::runtime_error if it cannot.
  static std::unique_ptr<Store> open(const std::string& url);

  // The highest migration applied; equals the latest migration after open().
  virtual int schema_version() = 0;

  // Inserts or updates metrics by id, in one transaction.
  virtual void upsert_metrics(const std::vector<Metric>& metrics) = 0;
  virtual std::vector<Metric> metrics() = 0;  // ordered by service area, then id
  virtual std::optional<Metric> metric(const std::string& id) = 0;

  // Inserts or updates organisations by code, in one transaction.
  virtual void upsert_organisations(const std::vector<Organisation>& orgs) = 0;
  virtual std::vector<Organisation> organisations() = 0;  // ordered by code
  virtual std::optional<Organisation> organisation(const std::string& code) = 0;

  // Writes all observations in one transaction, replacing any for the same (metric, org, month);
  // on any failure nothing is written. Every metric_id must exist (else std::runtime_error, nothing written).
  // Organisations need not be known (national files hold every trust in England).
  virtual ImportSummary put_observations(const std::vector<Observation>& observations) = 0;
  // Ordered by metric, organisation, month.
  virtual std::vector<Observation> observations(const ObservationQuery& query) = 0;
  // How many observations match, without loading them.
  virtual size_t count_observations(const ObservationQuery& query) = 0;
  // The distinct organisation codes that have any observation, ordered, without loading observations.
  virtual std::vector<std::string> observed_org_codes() = 0;

  // Deletes every observation, organisation and metric in one transaction (e.g. `ics demo --force`).
  virtual void clear_performance_data() = 0;

  // Governance records and the audit trail; accounts, sessions and API tokens. Owned by the store,
  // sharing its connection and thread safety.
  virtual GovernanceStore& governance() = 0;
  virtual AccountStore& accounts() = 0;
  // Risks, priorities and programmes; the finance ledger and its companions. Same connection and locking.
  virtual AssuranceStore& assurance() = 0;
  virtual FinanceStore& finance() = 0;
};

}  // namespace ics
