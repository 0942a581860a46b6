#pragma once
// Reading very large CSV files in place: the file is mapped read-only and split into lines and cells
// without a string per cell. Used by the population extract reader (tens of millions of rows), where
// CsvTable's copies would cost more time and memory than the parsing itself.
#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ics::ingest {

// A whole file mapped read-only. Throws InputError naming the file when it cannot be opened or mapped.
class MappedFile {
 public:
  explicit MappedFile(const std::string& path);
  ~MappedFile();
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  // The file's bytes (empty for an empty file), without a leading UTF-8 byte order mark.
  std::string_view text() const;

 private:
  void* data_ = nullptr;
  size_t size_ = 0;
};

// Splits text into parts of about equal size that each start at a line start (for parsing in threads).
std::vector<std::string_view> split_at_lines(std::string_view text, size_t parts);

// Walks CSV lines (LF or CRLF) and splits each into cells. A line without a quote is split in place;
// a line with quotes is unquoted into a scratch buffer ("" inside quotes is one "). A cell may not span
// lines. Blank lines are skipped. Cells stay valid until the next call to next().
class CsvLines {
 public:
  explicit CsvLines(std::string_view text) : rest_(text) {}
  // Reads the next non-blank line; false at the end of the text.
  bool next();
  int line() const { return line_; }  // 1-based number, within this text, of the line just read
  std::span<const std::string_view> cells() const { return cells_; }
  // Non-empty when the line just read has a malformed quoted cell (its cells are then unusable).
  const std::string& quote_error() const { return quote_error_; }
  int quote_error_column() const { return quote_error_column_; }

 private:
  void split_quoted(std::string_view line);

  std::string_view rest_;
  int line_ = 0;
  std::vector<std::string_view> cells_;
  std::string scratch_;
  std::string quote_error_;
  int quote_error_column_ = 0;
};

}  // namespace ics::ingest
