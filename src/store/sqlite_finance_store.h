#pragma once
// FinanceStore on the SqliteStore's connection: plain typed columns, money as integer pence, months as
// "YYYY-MM" text (so a range of months is a range of strings).
#include <sqlite3.h>

#include <mutex>

#include "store/finance_store.h"

namespace ics {

class SqliteFinanceStore final : public FinanceStore {
 public:
  // Uses db and mutex, both owned by the SqliteStore, which must outlive this object. The schema must
  // already be migrated.
  SqliteFinanceStore(sqlite3* db, std::mutex& mutex) : db_(db), mutex_(mutex) {}

  FinancePutSummary put_ledger(const std::vector<LedgerEntry>& entries) override;
  std::vector<LedgerEntry> ledger(int financial_year_start) override;

  FinancePutSummary put_envelopes(const std::vector<Envelope>& envelopes) override;
  std::vector<Envelope> envelopes(int financial_year_start) override;

  FinancePutSummary put_activity(const std::vector<ActivityEntry>& entries) override;
  std::vector<ActivityEntry> activity(Month from, Month to) override;

  FinancePutSummary put_workforce(const std::vector<WorkforceEntry>& entries) override;
  std::vector<WorkforceEntry> workforce(Month from, Month to) override;

  std::vector<int> ledger_years() override;
  std::optional<Month> latest_actual_month(int financial_year_start) override;

  void clear_finance_data() override;

 private:
  sqlite3* db_;
  std::mutex& mutex_;  // the SqliteStore's: one statement at a time on the shared connection
};

}  // namespace ics
