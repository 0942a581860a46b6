// Conditions and events of a population extract: read (events in parallel parts), checked against the
// persons, then grouped by person and sorted by date. Shared helpers of the reader live here too.
#include <algorithm>
#include <array>
#include <cstring>
#include <numeric>
#include <thread>

#include "ingest/population_csv_parts.h"

namespace ics::ingest::population_csv {
namespace {

constexpr std::array<std::string_view, 3> kConditionColumns = {"person_id", "condition", "diagnosed"};
enum ConditionColumn { kCondPerson, kCondCondition, kCondDiagnosed };
constexpr std::array<std::string_view, 5> kEventColumns = {"person_id", "date", "setting", "length_of_stay", "cost"};
enum EventColumn { kEvPerson, kEvDate, kEvSetting, kEvLos, kEvCost };

std::string day_text(phm::Day d) { return Date{d}.to_string(); }
std::string month_text(int32_t month_index) { return Month{month_index / 12, month_index % 12 + 1}.to_string(); }
phm::Day first_day_of(int32_t month_index) { return Month{month_index / 12, month_index % 12 + 1}.first_day().days; }

bool is_admission(phm::Setting s) {
  return s == phm::Setting::EmergencyAdmission || s == phm::Setting::ElectiveAdmission;
}

size_t count_lines(std::string_view text) {
  return static_cast<size_t>(std::count(text.begin(), text.end(), '\n')) + 1;
}

// Reads one part of events.csv (starting at a line start) into rows.
void read_event_part(std::string_view text, int first_line, const Header& header, const PersonTable& persons,
                     const ExtractBounds& bounds, EventRows& out) {
  const size_t expected = count_lines(text);
  out.person.reserve(expected);
  out.day.reserve(expected);
  out.setting.reserve(expected);
  out.length_of_stay.reserve(expected);
  out.cost_pence.reserve(expected);
  CsvLines lines(text);
  FileProblems& problems = out.problems;
  while (lines.next()) {
    const int line = first_line + lines.line();
    if (!row_is_usable(lines, header, problems, line)) continue;
    const auto cells = lines.cells();
    const size_t before = problems.total;
    const int64_t person = find_person(persons, cells[header.position[kEvPerson]], problems, line, header.column(kEvPerson));

    const std::string_view date_cell = cells[header.position[kEvDate]];
    const auto day = parse_day(date_cell);
    if (!day) {
      problems.add(line, header.column(kEvDate), "date " + quoted(date_cell) + " is not a date (YYYY-MM-DD)");
    } else {
      if ((bounds.start && *day < *bounds.start) || (bounds.end && *day > *bounds.end))
        problems.add(line, header.column(kEvDate),
                     "date " + day_text(*day) + " is outside the extract (" +
                         (bounds.start ? day_text(*bounds.start) : std::string("...")) + " to " +
                         (bounds.end ? day_text(*bounds.end) : std::string("...")) + ")");
      if (person >= 0 && *day < first_day_of(persons.birth_month[person]))
        problems.add(line, header.column(kEvDate),
                     "date " + day_text(*day) + " is before the person's month of birth (" +
                         month_text(persons.birth_month[person]) + ")");
      if (person >= 0 && *day > persons.death_day[person])
        problems.add(line, header.column(kEvDate),
                     "date " + day_text(*day) + " is after the person's death (" +
                         day_text(persons.death_day[person]) + ")");
    }

    const std::string_view setting_cell = cells[header.position[kEvSetting]];
    const auto setting = parse_enum<phm::Setting>(setting_cell);
    if (!setting)
      problems.add(line, header.column(kEvSetting),
                   "setting " + quoted(setting_cell) + " is not one of " + enum_choices<phm::Setting>());

    const std::string_view los_cell = cells[header.position[kEvLos]];
    const auto los = parse_whole(los_cell, 365);
    if (!los)
      problems.add(line, header.column(kEvLos),
                   "length_of_stay " + quoted(los_cell) + " is not a whole number of days from 0 to 365");
    else if (*los > 0 && setting && !is_admission(*setting))
      problems.add(line, header.column(kEvLos),
                   "length_of_stay " + quoted(los_cell) + " on a " + std::string(enum_name(*setting)) +
                       ": only emergency and elective admissions have a length of stay");

    const std::string_view cost_cell = cells[header.position[kEvCost]];
    const auto cost = parse_pence(cost_cell);
    if (!cost)
      problems.add(line, header.column(kEvCost),
                   "cost " + quoted(cost_cell) + " is not an amount in pounds from 0 to 1000000 with at most 2 decimals");

    if (problems.total != before) continue;
    out.person.push_back(static_cast<uint32_t>(person));
    out.day.push_back(*day);
    out.setting.push_back(static_cast<uint8_t>(*setting));
    out.length_of_stay.push_back(static_cast<uint16_t>(*los));
    out.cost_pence.push_back(*cost);
    if (out.min_day == phm::kNoDay || *day < out.min_day) out.min_day = *day;
    if (out.max_day == phm::kNoDay || *day > out.max_day) out.max_day = *day;
  }
  out.lines = lines.line();
}

// Sorts each person's range [start[p], start[p+1]) by day, keeping file order among equal days, and moves
// the other columns with it. Most extracts arrive sorted, so a range is only sorted when it is not.
template <class Move>
void sort_ranges_by_day(const std::vector<uint32_t>& start, std::vector<phm::Day>& day, Move move) {
  std::vector<uint32_t> order;
  for (size_t p = 0; p + 1 < start.size(); ++p) {
    const uint32_t b = start[p], e = start[p + 1];
    if (std::is_sorted(day.begin() + b, day.begin() + e)) continue;
    order.resize(e - b);
    std::iota(order.begin(), order.end(), b);
    std::stable_sort(order.begin(), order.end(), [&](uint32_t x, uint32_t y) { return day[x] < day[y]; });
    move(b, order);
  }
}

// Applies a permutation of one range (order[i] = old position of the new i-th element) to a column.
template <class T>
void permute(std::vector<T>& column, uint32_t begin, const std::vector<uint32_t>& order, std::vector<T>& scratch) {
  scratch.resize(order.size());
  for (size_t i = 0; i < order.size(); ++i) scratch[i] = column[order[i]];
  std::copy(scratch.begin(), scratch.end(), column.begin() + begin);
}

// Counts per person and turns the counts into starts (person_count + 1 entries).
template <class ForEachPerson>
std::vector<uint32_t> starts_from(size_t person_count, ForEachPerson for_each) {
  std::vector<uint32_t> start(person_count + 1, 0);
  for_each([&](uint32_t p) { ++start[p + 1]; });
  for (size_t p = 0; p < person_count; ++p) start[p + 1] += start[p];
  return start;
}

}  // namespace

std::string quoted(std::string_view text) {
  if (text.size() > 40) return "\"" + std::string(text.substr(0, 37)) + "...\"";
  return "\"" + std::string(text) + "\"";
}

Header read_header(CsvLines& lines, std::span<const std::string_view> expected, FileProblems& problems) {
  Header h;
  h.position.assign(expected.size(), -1);
  std::string names;
  for (auto n : expected) names += (names.empty() ? "" : ",") + std::string(n);
  if (!lines.next()) {
    problems.add(0, 0, "file is empty: expected a header row " + names);
    return h;
  }
  const auto cells = lines.cells();
  h.cell_count = cells.size();
  for (size_t c = 0; c < cells.size(); ++c) {
    for (size_t e = 0; e < expected.size(); ++e) {
      if (cells[c] != expected[e]) continue;
      if (h.position[e] >= 0)
        problems.add(lines.line(), static_cast<int>(c) + 1,
                     "column " + quoted(cells[c]) + " appears twice (first in column " +
                         std::to_string(h.position[e] + 1) + ")");
      else
        h.position[e] = static_cast<int>(c);
    }
  }
  h.ok = true;
  for (size_t e = 0; e < expected.size(); ++e) {
    if (h.position[e] >= 0) continue;
    problems.add(lines.line(), 0, "missing column " + quoted(expected[e]) + " (expected columns " + names + ")");
    h.ok = false;
  }
  return h;
}

bool row_is_usable(const CsvLines& lines, const Header& header, FileProblems& problems, int line) {
  if (!lines.quote_error().empty()) {
    problems.add(line, lines.quote_error_column(), lines.quote_error());
    return false;
  }
  if (lines.cells().size() == header.cell_count) return true;
  problems.add(line, 0,
               "row has " + std::to_string(lines.cells().size()) + " cells, the header has " +
                   std::to_string(header.cell_count));
  return false;
}

std::optional<phm::Day> parse_day(std::string_view text) {
  if (text.size() != 10) return std::nullopt;
  const auto d = parse_date(text);
  if (!d) return std::nullopt;
  return d->days;
}

std::optional<int> parse_whole(std::string_view text, int max) {
  if (text.empty() || text.size() > 9) return std::nullopt;
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  if (value > max) return std::nullopt;
  return value;
}

std::optional<uint32_t> parse_pence(std::string_view text) {
  const size_t dot = text.find('.');
  const std::string_view pounds = text.substr(0, dot);
  const std::string_view pence = dot == std::string_view::npos ? std::string_view{} : text.substr(dot + 1);
  if (pounds.empty() || pounds.size() > 7 || (dot != std::string_view::npos && (pence.empty() || pence.size() > 2)))
    return std::nullopt;
  uint64_t value = 0;
  for (char c : pounds) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + static_cast<uint64_t>(c - '0');
  }
  uint64_t fraction = 0;
  for (char c : pence) {
    if (c < '0' || c > '9') return std::nullopt;
    fraction = fraction * 10 + static_cast<uint64_t>(c - '0');
  }
  if (pence.size() == 1) fraction *= 10;
  value = value * 100 + fraction;
  if (value > 100'000'000) return std::nullopt;
  return static_cast<uint32_t>(value);
}

int64_t find_person(const PersonTable& persons, std::string_view id, FileProblems& problems, int line, int column) {
  const int64_t found = persons.index->find(persons.ids, id);
  if (found >= 0) return found;
  if (const auto digits = ten_digits_of(id)) {
    if (!persons.have_key) {
      problems.add(line, column,
                   "person_id " + quoted(id) +
                       (has_nhs_check_digit(*digits) ? " looks like an NHS number"
                                                     : " is 10 digits, like an NHS number with a wrong check digit") +
                       ": refused (give a pseudonymisation key to replace such ids)");
      return -1;
    }
    const auto it = persons.by_nhs_digits->find(*digits);
    if (it != persons.by_nhs_digits->end()) return it->second;
  }
  problems.add(line, column, "person_id " + quoted(id) + " is not in persons.csv");
  return -1;
}

ConditionRows read_conditions(std::string_view text, const PersonTable& persons, FileProblems& problems) {
  ConditionRows rows;
  CsvLines lines(text);
  rows.header = read_header(lines, kConditionColumns, problems);
  if (!rows.header.ok) return rows;
  const Header& h = rows.header;
  while (lines.next()) {
    const int line = lines.line();
    if (!row_is_usable(lines, h, problems, line)) continue;
    const auto cells = lines.cells();
    const size_t before = problems.total;
    const int64_t person = find_person(persons, cells[h.position[kCondPerson]], problems, line, h.column(kCondPerson));
    const std::string_view condition_cell = cells[h.position[kCondCondition]];
    const auto condition = parse_enum<phm::Condition>(condition_cell);
    if (!condition)
      problems.add(line, h.column(kCondCondition),
                   "condition " + quoted(condition_cell) + " is not one of " + enum_choices<phm::Condition>());
    const std::string_view diagnosed_cell = cells[h.position[kCondDiagnosed]];
    const auto diagnosed = parse_day(diagnosed_cell);
    if (!diagnosed)
      problems.add(line, h.column(kCondDiagnosed), "diagnosed " + quoted(diagnosed_cell) + " is not a date (YYYY-MM-DD)");
    else if (person >= 0 && *diagnosed < first_day_of(persons.birth_month[person]))
      problems.add(line, h.column(kCondDiagnosed),
                   "diagnosed " + day_text(*diagnosed) + " is before the person's month of birth (" +
                       month_text(persons.birth_month[person]) + ")");
    if (problems.total != before) continue;
    rows.person.push_back(static_cast<uint32_t>(person));
    rows.condition.push_back(static_cast<uint8_t>(*condition));
    rows.diagnosed.push_back(*diagnosed);
    rows.line.push_back(line);
  }
  return rows;
}

std::vector<EventRows> read_events(std::string_view text, const PersonTable& persons, const ExtractBounds& bounds,
                                   unsigned threads, const std::string& source, size_t cap,
                                   FileProblems& header_problems) {
  CsvLines header_line(text);
  const Header header = read_header(header_line, kEventColumns, header_problems);
  if (!header.ok) return {};
  // The rows start after the header's line (and any blank lines before it).
  const int header_lines = header_line.line();
  std::string_view body = text;
  for (int i = 0; i < header_lines; ++i) {
    const size_t nl = body.find('\n');
    body.remove_prefix(nl == std::string_view::npos ? body.size() : nl + 1);
  }
  const auto parts_text = split_at_lines(body, std::max(1u, body.size() < (1u << 20) ? 1u : threads));
  std::vector<EventRows> parts(parts_text.size());
  for (auto& part : parts) part.problems = FileProblems{source, cap, 0, {}};
  // Lines are numbered within each part, then shifted by the lines of the parts before it.
  std::vector<std::thread> workers;
  for (size_t i = 0; i < parts_text.size(); ++i)
    workers.emplace_back([&, i] { read_event_part(parts_text[i], 0, header, persons, bounds, parts[i]); });
  for (auto& w : workers) w.join();
  int offset = header_lines;
  for (auto& part : parts) {
    for (auto& p : part.problems.kept) p.line += offset;
    offset += part.lines;  // a part other than the last ends with its line's LF, so lines = LFs
  }
  return parts;
}

void group_conditions(ConditionRows& rows, phm::PopulationColumns& columns, FileProblems& problems) {
  const size_t persons = columns.birth_month.size();
  columns.condition_start = starts_from(persons, [&](auto add) {
    for (uint32_t p : rows.person) add(p);
  });
  const size_t n = rows.person.size();
  columns.condition.resize(n);
  columns.diagnosed_day.resize(n);
  std::vector<int> line(n);
  std::vector<uint32_t> next(columns.condition_start.begin(), columns.condition_start.end() - 1);
  for (size_t i = 0; i < n; ++i) {
    const uint32_t at = next[rows.person[i]]++;
    columns.condition[at] = rows.condition[i];
    columns.diagnosed_day[at] = rows.diagnosed[i];
    line[at] = rows.line[i];
  }
  // In file order within each person, so the repeat is the later line.
  for (size_t p = 0; p < persons; ++p) {
    uint32_t seen = 0;
    for (uint32_t i = columns.condition_start[p]; i < columns.condition_start[p + 1]; ++i) {
      const auto c = static_cast<phm::Condition>(columns.condition[i]);
      if (c == phm::Condition::Pregnancy) continue;
      if (seen & phm::condition_bit(c)) {
        int first = 0;
        for (uint32_t j = columns.condition_start[p]; j < i && !first; ++j)
          if (columns.condition[j] == columns.condition[i]) first = line[j];
        problems.add(line[i], rows.header.column(kCondCondition),
                     "condition " + quoted(enum_name(c)) + " is recorded twice for this person (first on line " +
                         std::to_string(first) + ")");
      }
      seen |= phm::condition_bit(c);
    }
  }
  std::vector<uint8_t> s8;
  std::vector<phm::Day> sday;
  sort_ranges_by_day(columns.condition_start, columns.diagnosed_day, [&](uint32_t b, const std::vector<uint32_t>& o) {
    permute(columns.condition, b, o, s8);
    permute(columns.diagnosed_day, b, o, sday);
  });
}

void group_events(std::vector<EventRows>& parts, phm::PopulationColumns& columns) {
  const size_t persons = columns.birth_month.size();
  columns.event_start = starts_from(persons, [&](auto add) {
    for (const auto& part : parts)
      for (uint32_t p : part.person) add(p);
  });
  const size_t n = columns.event_start.back();
  columns.event_day.resize(n);
  columns.event_setting.resize(n);
  columns.length_of_stay.resize(n);
  columns.cost_pence.resize(n);
  std::vector<uint32_t> next(columns.event_start.begin(), columns.event_start.end() - 1);
  for (auto& part : parts) {
    for (size_t i = 0; i < part.person.size(); ++i) {
      const uint32_t at = next[part.person[i]]++;
      columns.event_day[at] = part.day[i];
      columns.event_setting[at] = part.setting[i];
      columns.length_of_stay[at] = part.length_of_stay[i];
      columns.cost_pence[at] = part.cost_pence[i];
    }
    part = EventRows{};  // free each part as soon as it is placed
  }
  std::vector<uint8_t> s8;
  std::vector<uint16_t> s16;
  std::vector<uint32_t> s32;
  std::vector<phm::Day> sday;
  sort_ranges_by_day(columns.event_start, columns.event_day, [&](uint32_t b, const std::vector<uint32_t>& o) {
    permute(columns.event_setting, b, o, s8);
    permute(columns.length_of_stay, b, o, s16);
    permute(columns.cost_pence, b, o, s32);
    permute(columns.event_day, b, o, sday);
  });
}

}  // namespace ics::ingest::population_csv
