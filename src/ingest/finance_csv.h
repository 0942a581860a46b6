#pragma once
// The finance feeds (docs/DATA.md). Money in pounds with pence ("1234567.89", "(1,234.00)" negative),
// parsed exactly (core/money.h). Months YYYY-MM. Each file is read whole: every bad row reported with its
// file:line:column, a key twice is an error, and nothing is written unless every row is good.
//   ledger.csv:    org_code,month,line,plan,actual,forecast   (line: income, pay, non-pay, non-operating,
//                  capital; actual and forecast may be empty)
//   envelopes.csv: financial_year,kind,amount                  (financial_year "2025/26"; kind revenue|capital)
//   activity.csv:  org_code,month,pod,plan,actual             (whole counts; actual may be empty)
//   workforce.csv: org_code,month,measure,plan,actual         (numbers; either may be empty, not both)
#include <vector>

#include "core/csv.h"
#include "domain/finance.h"
#include "store/finance_store.h"

namespace ics {
class Store;

std::vector<LedgerEntry> read_ledger_csv(const CsvTable& table);
std::vector<Envelope> read_envelopes_csv(const CsvTable& table);
std::vector<ActivityEntry> read_activity_csv(const CsvTable& table);
std::vector<WorkforceEntry> read_workforce_csv(const CsvTable& table);

FinancePutSummary import_ledger_csv(const CsvTable& table, Store& store);
FinancePutSummary import_envelopes_csv(const CsvTable& table, Store& store);
FinancePutSummary import_activity_csv(const CsvTable& table, Store& store);
FinancePutSummary import_workforce_csv(const CsvTable& table, Store& store);

}  // namespace ics
