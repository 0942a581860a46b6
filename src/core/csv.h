#pragma once
// RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF, a header row. Every cell keeps its place.
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ics {

struct CsvRow {
  int line = 0;                      // 1-based line of the row's first character in the source
  std::vector<std::string> cells;
};

struct CsvTable {
  std::string source;                // file name used in error messages
  std::vector<std::string> header;
  std::vector<CsvRow> rows;

  // Index of a header column (exact match, then case-insensitive), or nullopt.
  std::optional<size_t> column(std::string_view name) const;
  // Index of a required column; throws InputError "source:1: missing column "name"" if absent.
  size_t require_column(std::string_view name) const;
  // Indexes of required columns, in the order named; throws one InputError naming every missing column.
  std::vector<size_t> require_columns(std::initializer_list<std::string_view> names) const;
};

// Parses text into a table. Throws InputError with line:column for an unterminated quote,
// a row whose cell count differs from the header, or an empty/headerless input.
CsvTable parse_csv(std::string_view text, std::string source);

// Reads a whole file ("-" is standard input) and parses it. Throws InputError if it cannot be read.
CsvTable read_csv_file(const std::string& path);

// Reads a whole file ("-" is standard input) into a string. Throws InputError if it cannot be read.
std::string read_text_file(const std::string& path);

// Quotes a value for CSV output when it holds a comma, quote or newline.
std::string csv_escape(std::string_view value);

}  // namespace ics
