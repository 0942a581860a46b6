#include "spc/table.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <unordered_map>

#include "core/calendar.h"
#include "core/errors.h"
#include "core/numbers.h"
#include "domain/metric.h"

namespace ics::spc {
namespace {

constexpr int kMinimumFixAfter = 12;

// The engine's Options from the request, adding a problem (no place) for each bad option.
Options options_from(const TableRequest& request, std::vector<InputProblem>& problems) {
  auto problem = [&problems](std::string message) { problems.push_back({"", 0, 0, std::move(message)}); };
  Options options;
  if (auto d = parse_improvement(request.improvement)) {
    options.improvement = *d;
  } else {
    problem("--improvement \"" + request.improvement + "\" is not one of increase, decrease, neutral");
  }
  if (request.fix_after && *request.fix_after < kMinimumFixAfter) {
    problem("--fix-after " + std::to_string(*request.fix_after) + " is too small: limits need at least " +
            std::to_string(kMinimumFixAfter) + " points");
  }
  options.fix_after = request.fix_after;
  options.target = request.target;
  options.screen_outliers = request.screen_outliers;
  for (const auto& text : request.rebase) {
    if (auto d = parse_date(text)) {
      options.rebase_days.push_back(d->days);
    } else {
      problem("--rebase \"" + text + "\" is not a date (expected YYYY-MM-DD or YYYY-MM)");
    }
  }
  return options;
}

std::optional<size_t> find_column(const CsvTable& table, const std::string& name, const char* option,
                                  ProblemList& problems) {
  auto at = table.column(name);
  if (!at) problems.add(table.source, 1, 0, "missing column \"" + name + "\" (given by " + option + ")");
  return at;
}

// Appends v with 17 significant digits, exactly as ics::format_round_trip ("%.17g") prints it, but via
// std::to_chars, which is specified to match printf and is several times faster; nothing for NaN.
void append_number(std::string& out, double v) {
  if (std::isnan(v)) return;
  char buf[32];
  const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::general, 17);
  out.append(buf, ec == std::errc() ? end : buf);
}

void append_optional(std::string& out, const std::optional<double>& v) {
  if (v) append_number(out, *v);
}

// Appends a date as YYYY-MM-DD (years 0..9999, as parse_date reads them).
void append_date(std::string& out, int32_t days) {
  const Date d{days};
  const int y = d.year(), m = d.month(), dd = d.day();
  const char text[10] = {char('0' + y / 1000 % 10), char('0' + y / 100 % 10), char('0' + y / 10 % 10),
                         char('0' + y % 10),        '-',                     char('0' + m / 10),
                         char('0' + m % 10),        '-',                     char('0' + dd / 10),
                         char('0' + dd % 10)};
  out.append(text, sizeof text);
}

}  // namespace

std::vector<InputProblem> check_options(const TableRequest& request) {
  std::vector<InputProblem> problems;
  options_from(request, problems);
  return problems;
}

TableResult analyse_table(const CsvTable& table, const TableRequest& request) {
  ProblemList problems;
  std::vector<InputProblem> option_problems;
  const Options options = options_from(request, option_problems);
  for (auto& p : option_problems) problems.add(p.source, p.line, p.column, p.message);
  const auto value_at = find_column(table, request.value_column, "--value", problems);
  const auto date_at = find_column(table, request.date_column, "--date", problems);
  std::optional<size_t> facet_at;
  if (request.facet_column) facet_at = find_column(table, *request.facet_column, "--facet", problems);
  if (!value_at || !date_at || (request.facet_column && !facet_at)) problems.throw_if_any();

  TableResult result;
  result.faceted = request.facet_column.has_value();
  std::unordered_map<std::string_view, size_t> facet_index;  // views into the table's cells
  std::vector<std::vector<size_t>> facet_rows;  // row indices per facet, in file order
  std::vector<double> values(table.rows.size());
  constexpr int32_t kBadDate = std::numeric_limits<int32_t>::min();  // already reported; never a "repeat"
  std::vector<int32_t> dates(table.rows.size(), kBadDate);
  const int value_col = static_cast<int>(*value_at) + 1, date_col = static_cast<int>(*date_at) + 1;

  for (size_t r = 0; r < table.rows.size(); ++r) {
    const CsvRow& row = table.rows[r];
    const std::string& value_text = row.cells[*value_at];
    const std::string& date_text = row.cells[*date_at];
    if (auto v = parse_number(value_text)) {
      values[r] = *v;
    } else {
      problems.add(table.source, row.line, value_col, "value \"" + value_text + "\" is not a number");
    }
    if (auto d = parse_date(date_text)) {
      dates[r] = d->days;
    } else {
      problems.add(table.source, row.line, date_col,
                   "date \"" + date_text + "\" is not a date (expected YYYY-MM-DD or YYYY-MM)");
    }
    const std::string_view facet = facet_at ? std::string_view(row.cells[*facet_at]) : std::string_view();
    auto [it, inserted] = facet_index.try_emplace(facet, facet_rows.size());
    if (inserted) facet_rows.emplace_back();
    facet_rows[it->second].push_back(r);
  }

  // Facets by name; rows by date, keeping file order among equal dates so a repeat names the later line.
  std::vector<std::pair<std::string_view, size_t>> order(facet_index.begin(), facet_index.end());
  std::sort(order.begin(), order.end());
  result.facets.resize(order.size());
  for (size_t f = 0; f < order.size(); ++f) {
    auto& rows = facet_rows[order[f].second];
    std::stable_sort(rows.begin(), rows.end(), [&](size_t a, size_t b) { return dates[a] < dates[b]; });
    FacetSeries& series = result.facets[f];
    series.facet = std::string(order[f].first);
    series.dates.reserve(rows.size());
    series.values.reserve(rows.size());
    series.lines.reserve(rows.size());
    for (size_t k = 0; k < rows.size(); ++k) {
      const size_t r = rows[k];
      if (k > 0 && dates[r] == dates[rows[k - 1]] && dates[r] != kBadDate) {
        const CsvRow& row = table.rows[r];
        problems.add(table.source, row.line, date_col,
                     "date " + Date{dates[r]}.to_string() + " repeats" +
                         (facet_at ? " in facet \"" + series.facet + "\"" : std::string()) + " (first on line " +
                         std::to_string(table.rows[rows[k - 1]].line) + ")");
      }
      series.dates.push_back(dates[r]);
      series.values.push_back(values[r]);
      series.lines.push_back(table.rows[r].line);
    }
  }
  problems.throw_if_any();

  for (FacetSeries& series : result.facets) analyse(series.dates, series.values, options, series.result);
  return result;
}

void format_points_csv(const TableResult& result, const std::function<void(std::string_view)>& sink) {
  constexpr size_t kChunk = 64 * 1024;
  std::string out = "facet,date,value,mean,lpl,upl,special_cause,point_type\n";
  out.reserve(kChunk + 1024);
  std::string limits;  // ",mean,lpl,upl," is the same for every point of a segment: format it once
  for (const FacetSeries& s : result.facets) {
    const std::string facet = csv_escape(s.facet);
    for (const Segment& seg : s.result.segments) {
      limits.clear();
      limits += ',';
      append_number(limits, s.result.mean[seg.begin]);
      limits += ',';
      append_number(limits, s.result.lpl[seg.begin]);
      limits += ',';
      append_number(limits, s.result.upl[seg.begin]);
      limits += ',';
      for (size_t i = seg.begin; i < seg.end; ++i) {
        out += facet;
        out += ',';
        append_date(out, s.dates[i]);
        out += ',';
        append_number(out, s.values[i]);
        out += limits;
        out += label(s.result.special_cause[i]);
        out += ',';
        out += label(s.result.point_type[i]);
        out += '\n';
        if (out.size() >= kChunk) {
          sink(out);
          out.clear();
        }
      }
    }
  }
  if (!out.empty()) sink(out);
}

std::string format_points_csv(const TableResult& result) {
  std::string text;
  size_t points = 0;
  for (const FacetSeries& s : result.facets) points += s.values.size();
  text.reserve(64 + points * 128);  // rows are about 80 to 130 bytes: usually one allocation
  format_points_csv(result, [&text](std::string_view piece) { text += piece; });
  return text;
}

std::string format_summary_csv(const TableResult& result) {
  std::string out = "facet,points,mean,lpl,upl,variation,assurance\n";
  for (const FacetSeries& s : result.facets) {
    out += csv_escape(s.facet);
    out += ',';
    out += std::to_string(s.values.size());
    out += ',';
    if (!s.result.segments.empty()) {
      const Segment& last = s.result.segments.back();
      append_optional(out, last.mean);
      out += ',';
      append_optional(out, last.lpl);
      out += ',';
      append_optional(out, last.upl);
    } else {
      out += ",,";
    }
    out += ',';
    out += label(s.result.variation);
    out += ',';
    out += label(s.result.assurance);
    out += '\n';
  }
  return out;
}

std::vector<std::string> warning_lines(const TableResult& result) {
  std::vector<std::string> lines;
  for (const FacetSeries& s : result.facets)
    for (const auto& w : s.result.warnings)
      lines.push_back(result.faceted ? "ics: warning: facet \"" + s.facet + "\": " + w : "ics: warning: " + w);
  return lines;
}

}  // namespace ics::spc
