#include "core/csv.h"

#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "core/errors.h"

namespace ics {

std::optional<size_t> CsvTable::column(std::string_view name) const {
  for (size_t i = 0; i < header.size(); ++i)
    if (header[i] == name) return i;
  auto lower = [](std::string_view s) {
    std::string out(s);
    for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
  };
  const auto wanted = lower(name);
  for (size_t i = 0; i < header.size(); ++i)
    if (lower(header[i]) == wanted) return i;
  return std::nullopt;
}

size_t CsvTable::require_column(std::string_view name) const { return require_columns({name})[0]; }

std::vector<size_t> CsvTable::require_columns(std::initializer_list<std::string_view> names) const {
  ProblemList missing;
  std::vector<size_t> indexes;
  for (auto name : names) {
    if (auto i = column(name)) indexes.push_back(*i);
    else missing.add(source, 1, 0, "missing column \"" + std::string(name) + "\"");
  }
  missing.throw_if_any();
  return indexes;
}

CsvTable parse_csv(std::string_view text, std::string source) {
  CsvTable table;
  table.source = std::move(source);
  ProblemList problems;
  size_t pos = 0;
  int line = 1;
  // Skip a UTF-8 byte-order mark, which Excel writes.
  if (text.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;

  std::vector<std::string> cells;
  bool header_done = false;
  while (pos < text.size()) {
    const int row_line = line;
    cells.clear();
    std::string cell;
    bool row_end = false;
    while (!row_end) {
      cell.clear();
      if (pos < text.size() && text[pos] == '"') {
        const int quote_line = line;
        const size_t quote_col = pos;
        ++pos;
        bool closed = false;
        while (pos < text.size()) {
          char c = text[pos++];
          if (c == '"') {
            if (pos < text.size() && text[pos] == '"') {
              cell += '"';
              ++pos;
            } else {
              closed = true;
              break;
            }
          } else {
            if (c == '\n') ++line;
            cell += c;
          }
        }
        if (!closed) {
          // Column of the opening quote within its line.
          size_t line_start = text.rfind('\n', quote_col);
          int col = static_cast<int>(quote_col - (line_start == std::string_view::npos ? 0 : line_start + 1)) + 1;
          problems.add(table.source, quote_line, col, "unterminated quoted field");
          problems.throw_if_any();
        }
        // Text after a closing quote up to the separator is kept, as spreadsheets do.
        while (pos < text.size() && text[pos] != ',' && text[pos] != '\n' && text[pos] != '\r') cell += text[pos++];
      } else {
        while (pos < text.size() && text[pos] != ',' && text[pos] != '\n' && text[pos] != '\r') cell += text[pos++];
      }
      cells.push_back(cell);
      if (pos >= text.size()) {
        row_end = true;
      } else if (text[pos] == ',') {
        ++pos;
      } else {
        if (text[pos] == '\r') ++pos;
        if (pos < text.size() && text[pos] == '\n') ++pos;
        ++line;
        row_end = true;
      }
    }
    // Blank lines are ignored.
    if (cells.size() == 1 && cells[0].empty()) continue;
    if (!header_done) {
      table.header = cells;
      header_done = true;
      continue;
    }
    if (cells.size() != table.header.size()) {
      problems.add(table.source, row_line, 0,
                   "expected " + std::to_string(table.header.size()) + " fields, found " + std::to_string(cells.size()));
      continue;
    }
    table.rows.push_back({row_line, cells});
  }
  if (!header_done) problems.add(table.source, 1, 0, "empty file: expected a header row");
  problems.throw_if_any();
  return table;
}

std::string read_text_file(const std::string& path) {
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    return ss.str();
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(InputProblem{path, 0, 0, "cannot open file"});
  // Size first, then one read: a character-by-character copy costs more than the SPC itself.
  in.seekg(0, std::ios::end);
  const auto size = in.tellg();
  in.seekg(0, std::ios::beg);
  if (size < 0) {  // a pipe or FIFO: no size to ask for, so stream it
    in.clear();
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }
  std::string text(static_cast<size_t>(size), '\0');
  if (!in.read(text.data(), size)) throw InputError(InputProblem{path, 0, 0, "cannot read file"});
  return text;
}

CsvTable read_csv_file(const std::string& path) {
  return parse_csv(read_text_file(path), path == "-" ? "<stdin>" : path);
}

std::string csv_escape(std::string_view value) {
  if (value.find_first_of(",\"\n\r") == std::string_view::npos) return std::string(value);
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

}  // namespace ics
