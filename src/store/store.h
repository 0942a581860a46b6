#pragma once
// The one interface to persistent data. Only implementations of Store speak SQL.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/calendar.h"
#include "domain/metric.h"
#include "domain/observation.h"
#include "domain/organisation.h"

namespace ics {

struct ObservationQuery {
  std::optional<std::string> metric_id;
  std::vector<std::string> org_codes;  // empty = all
  std::optional<Month> from, to;       // inclusive
};

// Counts an import reports back to the user.
struct ImportSummary {
  size_t added = 0;
  size_t replaced = 0;  // rows that revised an existing (metric, organisation, month)
};

class Store {
 public:
  virtual ~Store() = default;

  // Opens (creating if absent) the store at url: a SQLite file path, or ":memory:".
  // Applies pending migrations. Throws std::runtime_error if it cannot.
  static std::unique_ptr<Store> open(const std::string& url);

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
  virtual ImportSummary put_observations(const std::vector<Observation>& observations) = 0;
  // Ordered by metric, organisation, month.
  virtual std::vector<Observation> observations(const ObservationQuery& query) = 0;
};

}  // namespace ics
