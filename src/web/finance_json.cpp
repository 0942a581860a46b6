#include "web/finance_json.h"

#include <cmath>

#include "domain/enum_names.h"
#include "web/finance_format.h"

namespace ics::web {
namespace {

using nlohmann::json;

json optional_number(const std::optional<double>& value) {
  return value && std::isfinite(*value) ? json(*value) : json(nullptr);
}

json trend_json(finance::Trend trend) {
  const auto code = trend_code(trend);
  return code ? json(*code) : json(nullptr);
}

void add_position(json& out, const finance::Position& p) {
  out["ytd_plan_pence"] = p.ytd_plan;
  out["ytd_actual_pence"] = p.ytd_actual;
  out["ytd_variance_pence"] = p.ytd_variance;
  out["fot_plan_pence"] = p.fot_plan;
  out["fot_forecast_pence"] = p.fot_forecast;
  out["fot_variance_pence"] = p.fot_variance;
}

// One organisation (or the system, org_code ""): its bottom line at the top level, then each line.
json organisation_json(const FinanceMonth& data, const finance::OrganisationFinance& org,
                       const std::map<std::string, std::string>& org_names) {
  json out;
  if (!org.org_code.empty()) {
    const auto it = org_names.find(org.org_code);
    out["org_code"] = org.org_code;
    out["name"] = it == org_names.end() || it->second.empty() ? org.org_code : it->second;
  }
  add_position(out, org.surplus);
  out["trend"] = trend_json(org.trend);
  json missing = json::array();
  for (const Month& m : org.missing_actuals) missing.push_back(m.to_string());
  out["missing_actuals"] = missing;
  json lines = json::array();
  for (const auto& [line, position] : org.lines) {
    json entry{{"line", enum_name(line)}};
    add_position(entry, position);
    entry["trend"] = trend_json(line_trend(data, org.org_code, line));
    lines.push_back(entry);
  }
  out["lines"] = lines;
  return out;
}

json envelope_json(const finance::EnvelopePosition& e) {
  return json{{"kind", enum_name(e.kind)},
              {"envelope_pence", e.envelope},
              {"ytd_actual_pence", e.ytd_actual},
              {"forecast_pence", e.forecast},
              {"headroom_pence", e.headroom}};
}

json org_code_json(const std::string& code) { return code.empty() ? json(nullptr) : json(code); }

json activity_json(const finance::ActivityRow& row) {
  return json{{"org_code", org_code_json(row.org_code)},
              {"pod", enum_name(row.pod)},
              {"ytd_plan", row.ytd_plan},
              {"ytd_actual", row.ytd_actual},
              {"ytd_variance", row.ytd_variance},
              {"variance_percent", optional_number(row.variance_percent)},
              {"last_year_ytd_actual", row.last_year_ytd_actual ? json(*row.last_year_ytd_actual) : json(nullptr)},
              {"year_on_year_percent", optional_number(row.year_on_year_percent)}};
}

json workforce_json(const finance::WorkforceRow& row) {
  return json{{"org_code", org_code_json(row.org_code)},
              {"measure", enum_name(row.measure)},
              {"plan", optional_number(row.plan)},
              {"actual", optional_number(row.actual)},
              {"variance", optional_number(row.variance)},
              {"adverse", row.adverse}};
}

}  // namespace

json finance_month_json(const FinanceMonth& data, const std::map<std::string, std::string>& org_names) {
  const finance::FinanceReport& report = data.report;
  json organisations = json::array();
  for (const auto& org : report.organisations) organisations.push_back(organisation_json(data, org, org_names));
  json envelopes = json::array();
  if (report.revenue) envelopes.push_back(envelope_json(*report.revenue));
  if (report.capital) envelopes.push_back(envelope_json(*report.capital));
  json activity = json::array();
  for (const auto& row : data.activity) activity.push_back(activity_json(row));
  json workforce = json::array();
  for (const auto& row : data.workforce) workforce.push_back(workforce_json(row));
  const std::string month = report.month.to_string();
  return json{{"month", month},
              {"financial_year", report.month.financial_year()},
              {"financial_month", report.month.financial_month_label()},
              {"organisations", organisations},
              {"system", organisation_json(data, report.system, org_names)},
              {"envelopes", envelopes},
              {"activity", activity},
              {"workforce", workforce},
              {"links", {{"self", "/api/v1/finance?month=" + month}, {"page", "/finance?month=" + month}}}};
}

}  // namespace ics::web
