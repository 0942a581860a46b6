#pragma once
// The system finance ledger and its companions: plan, actual and forecast by organisation, month and
// line; the system's revenue and capital envelopes; activity plan vs actual; workforce plan vs actual.
// Money is whole pence (core/money.h); months are calendar months, reported by NHS financial year.
#include <optional>
#include <string>

#include "core/calendar.h"
#include "core/money.h"
#include "domain/enum_names.h"

namespace ics {

// Income is positive money coming in; the others are expenditure, positive money going out. Revenue
// surplus/(deficit) = income - pay - non-pay - non-operating. Capital is spent against the capital
// envelope, apart from revenue.
enum class FinanceLine { Income, Pay, NonPay, NonOperating, Capital };
template <>
struct EnumNames<FinanceLine> {
  static constexpr std::array<std::pair<FinanceLine, std::string_view>, 5> values{{
      {FinanceLine::Income, "income"},
      {FinanceLine::Pay, "pay"},
      {FinanceLine::NonPay, "non-pay"},
      {FinanceLine::NonOperating, "non-operating"},
      {FinanceLine::Capital, "capital"},
  }};
};

// One organisation's month on one line. The plan is set for every month of the year at planning; the
// actual exists once the month has closed; the forecast is the latest forecast for the month (for
// months not yet closed). Forecast outturn = actuals of closed months + forecasts of the rest.
struct LedgerEntry {
  std::string org_code;
  Month month;
  FinanceLine line = FinanceLine::Income;
  Pence plan = 0;
  std::optional<Pence> actual;
  std::optional<Pence> forecast;
  bool operator==(const LedgerEntry&) const = default;
};

enum class EnvelopeKind { Revenue, Capital };
template <>
struct EnumNames<EnvelopeKind> {
  static constexpr std::array<std::pair<EnvelopeKind, std::string_view>, 2> values{{
      {EnvelopeKind::Revenue, "revenue"},
      {EnvelopeKind::Capital, "capital"},
  }};
};

// The system's financial envelope for a year: revenue (the most its organisations together may spend on
// pay, non-pay and non-operating items) and capital (the capital departmental expenditure limit). The
// system's forecast outturn is reported against each: headroom, or (excess) in brackets.
struct Envelope {
  int financial_year_start = 0;  // 2024 for 2024/25
  EnvelopeKind kind = EnvelopeKind::Revenue;
  Pence amount = 0;
  bool operator==(const Envelope&) const = default;
};

// Points of delivery as activity plans count them.
enum class ActivityPod { ElectiveOrdinary, DayCase, OutpatientFirst, OutpatientFollowUp, AandE, NonElective, Diagnostics };
template <>
struct EnumNames<ActivityPod> {
  static constexpr std::array<std::pair<ActivityPod, std::string_view>, 7> values{{
      {ActivityPod::ElectiveOrdinary, "elective ordinary"},
      {ActivityPod::DayCase, "day case"},
      {ActivityPod::OutpatientFirst, "outpatient first"},
      {ActivityPod::OutpatientFollowUp, "outpatient follow-up"},
      {ActivityPod::AandE, "a&e"},
      {ActivityPod::NonElective, "non-elective"},
      {ActivityPod::Diagnostics, "diagnostics"},
  }};
};

// One organisation's activity in a month: planned and delivered counts (actual absent until reported).
struct ActivityEntry {
  std::string org_code;
  Month month;
  ActivityPod pod = ActivityPod::DayCase;
  long long plan = 0;
  std::optional<long long> actual;
  bool operator==(const ActivityEntry&) const = default;
};

// Workforce measures: whole-time equivalents (substantive, bank, agency) and rates (percent).
enum class WorkforceMeasure { SubstantiveWte, BankWte, AgencyWte, SicknessRate, VacancyRate };
template <>
struct EnumNames<WorkforceMeasure> {
  static constexpr std::array<std::pair<WorkforceMeasure, std::string_view>, 5> values{{
      {WorkforceMeasure::SubstantiveWte, "substantive wte"},
      {WorkforceMeasure::BankWte, "bank wte"},
      {WorkforceMeasure::AgencyWte, "agency wte"},
      {WorkforceMeasure::SicknessRate, "sickness %"},
      {WorkforceMeasure::VacancyRate, "vacancy %"},
  }};
};

struct WorkforceEntry {
  std::string org_code;
  Month month;
  WorkforceMeasure measure = WorkforceMeasure::SubstantiveWte;
  std::optional<double> plan;    // rates have no plan in some returns
  std::optional<double> actual;
  bool operator==(const WorkforceEntry&) const = default;
};

}  // namespace ics
