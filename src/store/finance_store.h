#pragma once
// The finance ledger, envelopes, activity and workforce returns. Each put_* is one transaction that
// inserts or replaces rows by their key (ledger: organisation, month, line; envelope: year, kind;
// activity: organisation, month, point of delivery; workforce: organisation, month, measure); on any
// exception nothing is written. Organisations need not be known to the store (as with observations).
#include <cstddef>
#include <string>
#include <vector>

#include "domain/finance.h"

namespace ics {

// What a put_* did, for the import's summary line.
struct FinancePutSummary {
  size_t added = 0;
  size_t replaced = 0;   // rows that revised an existing key with different values
  size_t unchanged = 0;  // identical to what was held
  size_t total() const { return added + replaced + unchanged; }
};

class FinanceStore {
 public:
  virtual ~FinanceStore() = default;

  virtual FinancePutSummary put_ledger(const std::vector<LedgerEntry>& entries) = 0;
  // The ledger of one financial year (April of financial_year_start to the next March), ordered by
  // organisation, month, line.
  virtual std::vector<LedgerEntry> ledger(int financial_year_start) = 0;

  virtual FinancePutSummary put_envelopes(const std::vector<Envelope>& envelopes) = 0;
  virtual std::vector<Envelope> envelopes(int financial_year_start) = 0;  // ordered by kind

  virtual FinancePutSummary put_activity(const std::vector<ActivityEntry>& entries) = 0;
  // Months from..to inclusive, ordered by organisation, month, point of delivery.
  virtual std::vector<ActivityEntry> activity(Month from, Month to) = 0;

  virtual FinancePutSummary put_workforce(const std::vector<WorkforceEntry>& entries) = 0;
  virtual std::vector<WorkforceEntry> workforce(Month from, Month to) = 0;  // ordered like activity

  // The financial years (by start year) that have any ledger row, newest first; and the latest month
  // with an actual in that year, if any. For the finance page's default month.
  virtual std::vector<int> ledger_years() = 0;
  virtual std::optional<Month> latest_actual_month(int financial_year_start) = 0;

  // Deletes every finance row in one transaction. For `ics demo --force`.
  virtual void clear_finance_data() = 0;
};

}  // namespace ics
