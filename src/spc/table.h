#pragma once
// SPC over a long table (one row per facet and date), as `ics spc` reads and writes it. Takes an
// already-parsed CSV table and returns results or CSV text: no file or console I/O here.
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/csv.h"
#include "core/errors.h"
#include "spc/spc.h"

namespace ics::spc {

// What the user asked for, with option values still as typed so every problem can be reported.
struct TableRequest {
  std::string value_column;
  std::string date_column;
  std::optional<std::string> facet_column;  // none: one series with an empty facet
  std::string improvement = "neutral";      // increase | decrease | neutral
  std::optional<double> target;
  std::optional<int> fix_after;             // must be >= 12
  std::vector<std::string> rebase;          // YYYY-MM-DD or YYYY-MM
  bool screen_outliers = true;
};

// One facet's series, sorted by date, and its analysis. line[i] is the CSV line of point i.
struct FacetSeries {
  std::string facet;
  std::vector<int32_t> dates;
  std::vector<double> values;
  std::vector<int> lines;
  SeriesResult result;
};

struct TableResult {
  bool faceted = false;
  std::vector<FacetSeries> facets;  // sorted by facet name (byte order)
};

// Problems with the request's options alone (no place): a bad --improvement, --fix-after under 12, a bad
// --rebase date. analyse_table reports these too; this lets a caller add them to a file's own errors.
std::vector<InputProblem> check_options(const TableRequest& request);

// Checks the request and the table and analyses every facet. Throws InputError listing every problem with
// its place ("file:line:column: message"): a bad option, a missing column, a value that is not a number, a
// bad date, or a date repeated within a facet.
TableResult analyse_table(const CsvTable& table, const TableRequest& request);

// Points as CSV: facet,date,value,mean,lpl,upl,special_cause,point_type; rows by facet then date; numbers
// with 17 significant digits; empty where undefined.
std::string format_points_csv(const TableResult& result);

// The same text handed to sink in pieces of about 64 KiB, so a large result is never held whole.
void format_points_csv(const TableResult& result, const std::function<void(std::string_view)>& sink);

// One row per facet: facet,points,mean,lpl,upl,variation,assurance (last segment's mean and limits).
std::string format_summary_csv(const TableResult& result);

// Warnings for stderr, one line each: ics: warning: facet "X": ... (without "facet ..." when unfaceted).
std::vector<std::string> warning_lines(const TableResult& result);

}  // namespace ics::spc
