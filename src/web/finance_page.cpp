#include "web/finance_page.h"

#include <initializer_list>

#include "report/html_escape.h"
#include "web/finance_format.h"
#include "web/governance_view_helpers.h"

namespace ics::web {
namespace {

using report::html_escape;

constexpr const char* kMoneyNote = "£m; figures in brackets are overspends or adverse variances.";
// The revenue lines, in the order finance reports list them before the bottom line; capital follows it.
constexpr FinanceLine kRevenueLines[] = {FinanceLine::Income, FinanceLine::Pay, FinanceLine::NonPay,
                                         FinanceLine::NonOperating};

std::string org_name(const FinancePageContext& context, const std::string& code) {
  const auto it = context.org_names.find(code);
  return it == context.org_names.end() || it->second.empty() ? code : it->second;
}

std::string bold_if(bool bold, const std::string& html) { return bold ? "<strong>" + html + "</strong>" : html; }

std::string row_header(const std::string& text, bool bold) {
  return "<th scope=\"row\" class=\"nhsuk-table__header\">" + bold_if(bold, html_escape(text)) + "</th>";
}

std::string cell(const std::string& html) { return "<td class=\"nhsuk-table__cell\">" + html + "</td>"; }

std::string numeric_cell(const std::string& html) {
  return "<td class=\"nhsuk-table__cell nhsuk-table__cell--numeric\">" + html + "</td>";
}

std::string money_cell(Pence value, bool bold) { return numeric_cell(bold_if(bold, format_millions(value))); }

std::string header_cells(std::initializer_list<std::pair<const char*, bool>> headers) {
  std::string out;
  for (const auto& [text, numeric] : headers)
    out += std::string("<th scope=\"col\" class=\"nhsuk-table__header") +
           (numeric ? " nhsuk-table__header--numeric" : "") + "\">" + html_escape(text) + "</th>";
  return out;
}

// The arrow for sighted readers, the words for screen readers; "–" when there is no trend.
std::string trend_cell(finance::Trend trend) {
  const std::string_view arrow = finance::trend_arrow(trend);
  return cell("<span aria-hidden=\"true\">" + (arrow.empty() ? std::string("–") : std::string(arrow)) +
              "</span><span class=\"nhsuk-u-visually-hidden\">" + html_escape(finance::trend_words(trend)) +
              "</span>");
}

std::string table_row(const std::string& cells_html) { return "<tr class=\"nhsuk-table__row\">" + cells_html + "</tr>"; }

std::string position_row(const std::string& label, const finance::Position& p, finance::Trend trend, bool bold) {
  return table_row(row_header(label, bold) + money_cell(p.ytd_plan, bold) + money_cell(p.ytd_actual, bold) +
                   money_cell(p.ytd_variance, bold) + money_cell(p.fot_plan, bold) +
                   money_cell(p.fot_forecast, bold) + money_cell(p.fot_variance, bold) + trend_cell(trend));
}

std::string table_open(const std::string& id) {
  return "<div class=\"ics-table-scroll\"><table class=\"nhsuk-table ics-finance\" id=\"" + id + "\">";
}

std::string table_close() { return "</tbody></table></div>"; }

std::string note(const std::string& text) { return "<p class=\"nhsuk-body-s\">" + html_escape(text) + "</p>"; }

// The two header rows of a position table, as system finance reports print them.
std::string position_table_open(const std::string& id, const std::string& first_header) {
  return table_open(id) +
         "<thead class=\"nhsuk-table__head\"><tr class=\"nhsuk-table__row\"><td class=\"nhsuk-table__header\"></td>"
         "<th scope=\"colgroup\" colspan=\"3\" class=\"nhsuk-table__header\">Year to date</th>"
         "<th scope=\"colgroup\" colspan=\"3\" class=\"nhsuk-table__header\">Forecast outturn</th>"
         "<td class=\"nhsuk-table__header\"></td></tr><tr class=\"nhsuk-table__row\">" +
         header_cells({{first_header.c_str(), false},
                       {"Plan £m", true},
                       {"Actual £m", true},
                       {"Under / (over) spend £m", true},
                       {"Plan £m", true},
                       {"Forecast £m", true},
                       {"Variance £m", true},
                       {"Trend", false}}) +
         "</tr></thead><tbody class=\"nhsuk-table__body\">";
}

std::string with_word(Pence value, const char* positive, const char* negative, const char* zero) {
  const char* word = rounds_to_zero_millions(value) ? zero : value > 0 ? positive : negative;
  return html_escape(pounds_millions(value) + " " + word);
}

std::string headline(const finance::FinanceReport& report) {
  const std::string year = Month{report.financial_year_start, 4}.financial_year();
  const finance::Position& system = report.system.surplus;
  std::string rows = summary_row("System year to date under / (over) spend",
                                 with_word(system.ytd_variance, "underspend", "overspend", "on plan")) +
                     summary_row("Forecast outturn variance",
                                 with_word(system.fot_variance, "favourable", "adverse", "on plan"));
  auto envelope_row = [&](const char* key, const std::optional<finance::EnvelopePosition>& envelope,
                          const char* kind) {
    rows += summary_row(key, envelope ? with_word(envelope->headroom, "headroom", "excess", "headroom")
                                      : html_escape(std::string("No ") + kind + " envelope is held for " + year));
  };
  envelope_row("Revenue envelope headroom / (excess)", report.revenue, "revenue");
  envelope_row("Capital envelope headroom / (excess)", report.capital, "capital");
  return "<h2>Headline position</h2>" + summary_list(rows);
}

std::string incomplete_returns(const finance::FinanceReport& report, const FinancePageContext& context) {
  std::string items;
  for (const auto& org : report.organisations) {
    if (org.missing_actuals.empty()) continue;
    std::string months;
    for (const Month& m : org.missing_actuals) months += (months.empty() ? "" : ", ") + m.label();
    items += "<li>" + html_escape(org_name(context, org.org_code) + ": no actual on some lines for " + months) + "</li>";
  }
  if (items.empty()) return "";
  return "<div class=\"nhsuk-inset-text\" id=\"finance-incomplete\"><p>Incomplete returns (a missing actual counts "
         "as zero):</p><ul>" + items + "</ul></div>";
}

std::string organisations_table(const finance::FinanceReport& report, const FinancePageContext& context) {
  std::string out = "<h2>Revenue position by organisation</h2>" +
                    position_table_open("finance-organisations", "Organisation");
  for (const auto& org : report.organisations)
    out += position_row(org_name(context, org.org_code), org.surplus, org.trend, false);
  out += position_row("System total", report.system.surplus, report.system.trend, true);
  return out + table_close() + note(kMoneyNote) + incomplete_returns(report, context);
}

std::string lines_table(const FinanceMonth& data) {
  const finance::OrganisationFinance& system = data.report.system;
  std::string out = "<h2>System position by line</h2>" + position_table_open("finance-lines", "Line");
  auto line_row = [&](FinanceLine line) {
    const auto it = system.lines.find(line);
    if (it != system.lines.end()) out += position_row(line_label(line), it->second, line_trend(data, "", line), false);
  };
  for (FinanceLine line : kRevenueLines) line_row(line);
  out += position_row("Surplus / (deficit)", system.surplus, system.trend, true);
  line_row(FinanceLine::Capital);
  return out + table_close() + note(kMoneyNote);
}

std::string envelopes_table(const finance::FinanceReport& report) {
  std::string out = "<h2>Envelopes</h2>";
  if (!report.revenue && !report.capital)
    return out + "<p>No envelope is held for " + html_escape(Month{report.financial_year_start, 4}.financial_year()) +
           ".</p>";
  out += table_open("finance-envelopes") + "<thead class=\"nhsuk-table__head\"><tr class=\"nhsuk-table__row\">" +
         header_cells({{"Envelope", false},
                       {"Envelope £m", true},
                       {"Year to date £m", true},
                       {"Forecast outturn £m", true},
                       {"Headroom / (excess) £m", true}}) +
         "</tr></thead><tbody class=\"nhsuk-table__body\">";
  auto envelope_row = [&](const char* label, const std::optional<finance::EnvelopePosition>& e) {
    if (!e) return;
    out += table_row(row_header(label, false) + money_cell(e->envelope, false) + money_cell(e->ytd_actual, false) +
                     money_cell(e->forecast, false) + money_cell(e->headroom, false));
  };
  envelope_row("Revenue", report.revenue);
  envelope_row("Capital", report.capital);
  return out + table_close() + note(kMoneyNote);
}

std::string activity_table(const FinanceMonth& data, const FinancePageContext& context) {
  const Month month = data.report.month;
  std::string out = "<h2>Activity against plan</h2>";
  if (data.activity.empty()) return out + "<p>No activity return is held for " + html_escape(month.long_label()) + ".</p>";
  out += "<p>Year to date, April to " + html_escape(month.long_label()) +
         ". Variance is actual less plan; year-on-year compares with the same months of " +
         html_escape(Month{month.year - 1, month.month}.financial_year()) + ".</p>";
  out += table_open("finance-activity") + "<thead class=\"nhsuk-table__head\"><tr class=\"nhsuk-table__row\">" +
         header_cells({{"Organisation", false},
                       {"Point of delivery", false},
                       {"Plan", true},
                       {"Actual", true},
                       {"Variance", true},
                       {"Variance %", true},
                       {"Year-on-year %", true}}) +
         "</tr></thead><tbody class=\"nhsuk-table__body\">";
  for (const auto& row : data.activity) {
    const bool system = row.org_code.empty();
    out += table_row(row_header(system ? "System" : org_name(context, row.org_code), system) +
                     cell(html_escape(pod_label(row.pod))) + numeric_cell(format_count(row.ytd_plan)) +
                     numeric_cell(format_count(row.ytd_actual)) + numeric_cell(format_signed_count(row.ytd_variance)) +
                     numeric_cell(format_signed_percent(row.variance_percent)) +
                     numeric_cell(format_signed_percent(row.year_on_year_percent)));
  }
  return out + table_close();
}

std::string workforce_variance_html(const finance::WorkforceRow& row) {
  const std::string text = html_escape(format_workforce_variance(row.measure, row.variance));
  if (!row.variance || !row.adverse) return text;
  return "<strong class=\"nhsuk-tag nhsuk-tag--red\">" + text +
         "</strong><span class=\"nhsuk-u-visually-hidden\"> adverse</span>";
}

std::string workforce_table(const FinanceMonth& data, const FinancePageContext& context) {
  const Month month = data.report.month;
  std::string out = "<h2>Workforce</h2>";
  if (data.workforce.empty()) return out + "<p>No workforce return is held for " + html_escape(month.long_label()) + ".</p>";
  out += "<p>" + html_escape(month.long_label()) +
         ". Variance is actual less plan; adverse variances (over plan on bank, agency, sickness and vacancy, under "
         "plan on substantive staff) are marked in red.</p>";
  out += table_open("finance-workforce") + "<thead class=\"nhsuk-table__head\"><tr class=\"nhsuk-table__row\">" +
         header_cells({{"Organisation", false}, {"Measure", false}, {"Plan", true}, {"Actual", true}, {"Variance", true}}) +
         "</tr></thead><tbody class=\"nhsuk-table__body\">";
  for (const auto& row : data.workforce) {
    const bool system = row.org_code.empty();
    out += table_row(row_header(system ? "System" : org_name(context, row.org_code), system) +
                     cell(html_escape(measure_label(row.measure))) +
                     numeric_cell(html_escape(format_workforce_value(row.measure, row.plan))) +
                     numeric_cell(html_escape(format_workforce_value(row.measure, row.actual))) +
                     numeric_cell(workforce_variance_html(row)));
  }
  return out + table_close();
}

std::string month_selector(const std::optional<Month>& selected, const FinancePageContext& context) {
  if (context.months.empty()) return "";
  std::string out = "<form class=\"ics-selectors\" method=\"get\" action=\"/finance\"><div class=\"nhsuk-form-group\">"
                    "<label class=\"nhsuk-label\" for=\"month\">Month</label>"
                    "<select class=\"nhsuk-select\" id=\"month\" name=\"month\">";
  for (const Month& m : context.months)
    out += "<option value=\"" + m.to_string() + "\"" + (selected == m ? " selected" : "") + ">" +
           html_escape(m.long_label()) + "</option>";
  return out + "</select></div><div class=\"nhsuk-form-group\"><button class=\"nhsuk-button\" "
               "data-module=\"nhsuk-button\" type=\"submit\">Show report</button></div></form>";
}

}  // namespace

std::string finance_page_title(Month month) {
  return "System finance report: " + month.long_label() + " (" + month.financial_month_label() + " " +
         month.financial_year() + ")";
}

std::string finance_page_body(const FinanceMonth& data, const FinancePageContext& context) {
  const finance::FinanceReport& report = data.report;
  return "<h1>" + html_escape(finance_page_title(report.month)) + "</h1>" + month_selector(report.month, context) +
         headline(report) + organisations_table(report, context) + lines_table(data) + envelopes_table(report) +
         activity_table(data, context) + workforce_table(data, context);
}

std::string finance_no_return_body(Month month, const FinancePageContext& context) {
  return "<h1>" + html_escape(finance_page_title(month)) + "</h1><div class=\"nhsuk-inset-text\"><p>No finance return is held for " +
         html_escape(month.long_label()) + ".</p></div>" + month_selector(std::nullopt, context);
}

std::string finance_no_data_body() {
  return "<h1>System finance report</h1><div class=\"nhsuk-inset-text\"><p>No finance return is held yet.</p>"
         "<p>Load the finance ledger with <code>ics import finance FILE</code>, or create the demo system with "
         "<code>ics demo</code>.</p></div>";
}

}  // namespace ics::web
