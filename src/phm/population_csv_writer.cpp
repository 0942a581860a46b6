#include "phm/population_csv_writer.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <functional>
#include <thread>

#include "core/errors.h"

namespace ics::phm {
namespace {

// Persons formatted per piece; pieces are formatted in parallel and written in order.
constexpr size_t kPersonsPerPiece = 32768;

using Formatter = std::function<void(size_t begin, size_t end, std::string& out)>;

void put(std::string& out, std::string_view text) { out.append(text); }

void put_number(std::string& out, uint64_t n) {
  char digits[24];
  auto result = std::to_chars(digits, digits + sizeof digits, n);
  out.append(digits, result.ptr);
}

void put_two_digits(char* at, unsigned n) {
  at[0] = static_cast<char>('0' + n / 10);
  at[1] = static_cast<char>('0' + n % 10);
}

// Civil date from days since 1970-01-01 (H. Hinnant's algorithm), without going through Date.
void put_day(std::string& out, int32_t days, bool with_day = true) {
  int64_t z = static_cast<int64_t>(days) + 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  const auto y = static_cast<unsigned>(static_cast<int64_t>(yoe) + era * 400 + (m <= 2));
  char text[10];
  put_two_digits(text, y / 100 % 100);
  put_two_digits(text + 2, y % 100);
  text[4] = '-';
  put_two_digits(text + 5, m);
  text[7] = '-';
  put_two_digits(text + 8, d);
  out.append(text, with_day ? 10 : 7);
}

void put_month(std::string& out, int32_t month_index) {
  char text[7];
  const auto year = static_cast<unsigned>(month_index / 12);
  put_two_digits(text, year / 100 % 100);
  put_two_digits(text + 2, year % 100);
  text[4] = '-';
  put_two_digits(text + 5, static_cast<unsigned>(month_index % 12 + 1));
  out.append(text, 7);
}

void put_pounds(std::string& out, uint32_t pence) {
  put_number(out, pence / 100);
  char text[3] = {'.', 0, 0};
  put_two_digits(text + 1, pence % 100);
  out.append(text, 3);
}

[[noreturn]] void fail(const std::string& path, int error, const char* what) {
  throw InputError(InputProblem{path, 0, 0, std::string(what) + ": " + std::strerror(error)});
}

void write_all(int fd, const std::string& text, const std::string& path) {
  const char* data = text.data();
  size_t left = text.size();
  while (left > 0) {
    const ssize_t n = ::write(fd, data, left);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) fail(path, n < 0 ? errno : EIO, "cannot write output file");
    data += n;
    left -= static_cast<size_t>(n);
  }
}

// Writes the header then every person's rows to path, formatting pieces on all cores.
void write_file(const std::string& path, std::string_view header, size_t persons, const Formatter& format) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (fd < 0) fail(path, errno, "cannot create output file");
  try {
    write_all(fd, std::string(header), path);
    const size_t threads = std::max(1u, std::thread::hardware_concurrency());
    std::vector<std::string> pieces(threads);
    for (size_t begin = 0; begin < persons; begin += threads * kPersonsPerPiece) {
      std::vector<std::thread> workers;
      for (size_t t = 0; t < threads; ++t) {
        const size_t from = std::min(persons, begin + t * kPersonsPerPiece);
        const size_t to = std::min(persons, from + kPersonsPerPiece);
        pieces[t].clear();
        if (t + 1 == threads) format(from, to, pieces[t]);
        else workers.emplace_back([&format, &pieces, t, from, to] { format(from, to, pieces[t]); });
      }
      for (auto& w : workers) w.join();
      for (const auto& piece : pieces) write_all(fd, piece, path);
    }
  } catch (...) {
    ::close(fd);
    ::unlink(path.c_str());
    throw;
  }
  if (::close(fd) != 0) {
    const int error = errno;
    ::unlink(path.c_str());
    fail(path, error, "cannot write output file");
  }
}

}  // namespace

void write_population_csv(const Population& population, const std::string& directory) {
  std::error_code error;
  std::filesystem::create_directories(directory, error);
  if (error) throw InputError(InputProblem{directory, 0, 0, "cannot create output directory: " + error.message()});
  const auto& g = population.geography;
  const size_t persons = population.person_count();
  auto id = [&](std::string& out, size_t p) { put(out, population.id_of(p)); };

  const Formatter persons_rows = [&](size_t begin, size_t end, std::string& out) {
    out.reserve((end - begin) * 72);
    for (size_t p = begin; p < end; ++p) {
      id(out, p);
      out += ',';
      put_month(out, population.birth_month[p]);
      out += ',';
      put(out, enum_name(static_cast<Sex>(population.sex[p])));
      out += ',';
      put(out, enum_name(static_cast<EthnicGroup>(population.ethnic_group[p])));
      out += ',';
      put(out, g.lsoa_codes[population.lsoa[p]]);
      out += ',';
      put_number(out, population.imd_decile[p]);
      out += ',';
      const uint16_t practice = population.practice[p];
      const uint16_t pcn = g.practice_pcn[practice];
      put(out, g.practice_codes[practice]);
      out += ',';
      put(out, g.pcn_codes[pcn]);
      out += ',';
      put(out, g.place_codes[g.pcn_place[pcn]]);
      out += ',';
      if (population.death_day[p] != kNoDay) put_day(out, population.death_day[p]);
      out += '\n';
    }
  };
  const Formatter condition_rows = [&](size_t begin, size_t end, std::string& out) {
    out.reserve((population.condition_start[end] - population.condition_start[begin]) * 40);
    for (size_t p = begin; p < end; ++p)
      for (uint32_t i = population.condition_start[p]; i < population.condition_start[p + 1]; ++i) {
        id(out, p);
        out += ',';
        put(out, enum_name(static_cast<Condition>(population.condition[i])));
        out += ',';
        put_day(out, population.diagnosed_day[i]);
        out += '\n';
      }
  };
  const Formatter event_rows = [&](size_t begin, size_t end, std::string& out) {
    out.reserve((population.event_start[end] - population.event_start[begin]) * 52);
    for (size_t p = begin; p < end; ++p)
      for (uint32_t i = population.event_start[p]; i < population.event_start[p + 1]; ++i) {
        id(out, p);
        out += ',';
        put_day(out, population.event_day[i]);
        out += ',';
        put(out, enum_name(static_cast<Setting>(population.event_setting[i])));
        out += ',';
        put_number(out, population.length_of_stay[i]);
        out += ',';
        put_pounds(out, population.cost_pence[i]);
        out += '\n';
      }
  };

  struct Output {
    const char* name;
    std::string_view header;
    const Formatter* format;
  };
  const Output outputs[] = {
      {"persons.csv", "person_id,birth_month,sex,ethnic_group,lsoa,imd_decile,practice,pcn,place,date_of_death\n",
       &persons_rows},
      {"conditions.csv", "person_id,condition,diagnosed\n", &condition_rows},
      {"events.csv", "person_id,date,setting,length_of_stay,cost\n", &event_rows},
  };
  // All three go to temporary names first and are renamed only when all are written.
  std::vector<std::string> written;
  auto final_path = [&](const Output& o) { return (std::filesystem::path(directory) / o.name).string(); };
  try {
    for (const auto& o : outputs) {
      const std::string temp = final_path(o) + ".tmp";
      write_file(temp, o.header, persons, *o.format);
      written.push_back(temp);
    }
  } catch (...) {
    for (const auto& temp : written) ::unlink(temp.c_str());
    throw;
  }
  for (size_t i = 0; i < written.size(); ++i)
    if (std::rename(written[i].c_str(), final_path(outputs[i]).c_str()) != 0) {
      const int e = errno;
      for (size_t k = i; k < written.size(); ++k) ::unlink(written[k].c_str());
      fail(final_path(outputs[i]), e, "cannot rename output file");
    }
}

}  // namespace ics::phm
