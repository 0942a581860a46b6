#pragma once
// Internals of the population extract reader (population_csv.cpp), shared with the file that reads
// conditions and events (population_csv_activity.cpp). Not for other callers.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/errors.h"
#include "ingest/mapped_csv.h"
#include "ingest/person_ids.h"
#include "phm/population.h"

namespace ics::ingest::population_csv {

// Problems found in one file (or one thread's part of one): kept up to a cap, counted beyond it.
struct FileProblems {
  std::string source;
  size_t cap = 200;
  size_t total = 0;
  std::vector<InputProblem> kept;

  void add(int line, int column, std::string message) {
    ++total;
    if (kept.size() < cap) kept.push_back({source, line, column, std::move(message)});
  }
};

// "\"text\"", shortened when long, for messages.
std::string quoted(std::string_view text);

// Where each expected column is in a file (0-based cell index), found by header name.
struct Header {
  std::vector<int> position;  // one per expected name
  size_t cell_count = 0;      // cells in the header row
  bool ok = false;            // every expected column found
  int column(size_t expected) const { return position[expected] + 1; }  // 1-based, for problems
};

// Reads the header row from lines; reports an empty file, missing or repeated columns.
Header read_header(CsvLines& lines, std::span<const std::string_view> expected, FileProblems& problems);

// Reports a row whose cell count differs from the header's (or whose quotes are malformed); true if usable.
bool row_is_usable(const CsvLines& lines, const Header& header, FileProblems& problems, int line);

// Strict cell parsers: nullopt for anything but the documented form.
std::optional<phm::Day> parse_day(std::string_view text);  // YYYY-MM-DD
std::optional<int> parse_whole(std::string_view text, int max);  // 0..max, digits only
std::optional<uint32_t> parse_pence(std::string_view text);      // pounds, up to 2 decimals, 0..1,000,000

// The persons read, which conditions and events are checked against (read-only while they are read).
struct PersonTable {
  const char* ids = nullptr;  // the id column
  const PersonIdIndex* index = nullptr;
  const std::unordered_map<std::string, uint32_t>* by_nhs_digits = nullptr;  // pseudonymised persons
  bool have_key = false;
  const int32_t* birth_month = nullptr;
  const phm::Day* death_day = nullptr;
};

// The index of the person an id cell names, or -1 after reporting why it names none.
int64_t find_person(const PersonTable& persons, std::string_view id, FileProblems& problems, int line, int column);

// The extract period when given explicitly (events outside it are reported as they are read).
struct ExtractBounds {
  std::optional<phm::Day> start, end;
};

// Conditions as read, in file order, with each row's line.
struct ConditionRows {
  std::vector<uint32_t> person;
  std::vector<uint8_t> condition;
  std::vector<phm::Day> diagnosed;
  std::vector<int> line;
  Header header;
};
ConditionRows read_conditions(std::string_view text, const PersonTable& persons, FileProblems& problems);

// Events as read from one part of events.csv, in file order.
struct EventRows {
  std::vector<uint32_t> person;
  std::vector<phm::Day> day;
  std::vector<uint8_t> setting;
  std::vector<uint16_t> length_of_stay;
  std::vector<uint32_t> cost_pence;
  FileProblems problems;
  int lines = 0;  // lines in the part, to number the next part's lines
  phm::Day min_day = phm::kNoDay, max_day = phm::kNoDay;
};
// Reads events.csv's header, then its rows in `threads` parts at once. Parts' problems carry file lines.
std::vector<EventRows> read_events(std::string_view text, const PersonTable& persons, const ExtractBounds& bounds,
                                   unsigned threads, const std::string& source, size_t cap, FileProblems& header_problems);

// Groups conditions and events by person (counting sort, file order kept), sorts each person's by date,
// and reports a condition other than pregnancy recorded twice for one person.
void group_conditions(ConditionRows& rows, phm::PopulationColumns& columns, FileProblems& problems);
void group_events(std::vector<EventRows>& parts, phm::PopulationColumns& columns);

}  // namespace ics::ingest::population_csv
