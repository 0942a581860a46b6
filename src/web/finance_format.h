#pragma once
// How the finance page prints what the finance engines computed: £m as NHS finance reports print them
// (core/money.h format_millions), counts with thousands commas, signed percentages, WTE and rates, and
// the labels of lines, points of delivery and workforce measures.
#include <optional>
#include <string>

#include "core/calendar.h"
#include "core/money.h"
#include "domain/finance.h"
#include "finance/finance_report.h"

namespace ics::web {

// "£1.2m", "£(0.3)m": format_millions inside £...m, for running text.
std::string pounds_millions(Pence value);
// Whether value prints as 0.0 in £m (so a sentence should say neither over nor under).
bool rounds_to_zero_millions(Pence value);

// 1234567 -> "1,234,567"; -1234 -> "-1,234".
std::string format_count(long long value);
// As format_count with "+" before a positive value: "+1,234", "-56", "0".
std::string format_signed_count(long long value);
// A percentage to 1 dp with its sign: 2.54 -> "+2.5%", -3.06 -> "-3.1%"; one that rounds to zero
// prints "0.0%". "–" when absent.
std::string format_signed_percent(const std::optional<double>& percent);

// Workforce values: WTE to 1 dp with thousands commas ("1,234.5"); rates (already percent) to 1 dp with
// "%" ("4.5%"). "–" when absent. The variance form puts "+" before a positive value.
std::string format_workforce_value(WorkforceMeasure measure, const std::optional<double>& value);
std::string format_workforce_variance(WorkforceMeasure measure, const std::optional<double>& variance);

// "Income", "Pay", "Non-pay", "Non-operating", "Capital".
std::string line_label(FinanceLine line);
// "Elective ordinary", "Day case", "Outpatient first", "Outpatient follow-up", "A&E", "Non-elective",
// "Diagnostics".
std::string pod_label(ActivityPod pod);
// "Substantive WTE", "Bank WTE", "Agency WTE", "Sickness rate", "Vacancy rate".
std::string measure_label(WorkforceMeasure measure);

// "improving", "worsening", "unchanged"; nullopt for NotAvailable (the API writes null).
std::optional<std::string> trend_code(finance::Trend trend);

}  // namespace ics::web
