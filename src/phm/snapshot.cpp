// The snapshot file (layout in docs/phm-data.md): a 128-byte header, a table of contents of 48-byte
// entries, then each column 64-byte aligned. The checksum covers the header and the table of contents
// only, so opening a multi-gigabyte snapshot costs no pass over its data.
#include "phm/snapshot.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <bit>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <functional>

#include "core/errors.h"

namespace ics::phm {
namespace {

static_assert(std::endian::native == std::endian::little, "the snapshot format is little-endian");

constexpr char kMagic[8] = {'I', 'C', 'S', 'P', 'H', 'M', '0', '1'};
constexpr uint32_t kVersion = 1;
constexpr size_t kAlignment = 64;
constexpr uint32_t kKindArray = 1;    // fixed-size elements
constexpr uint32_t kKindStrings = 2;  // uint32 count, uint32 end offsets[count], then the bytes

struct FileHeader {
  char magic[8];
  uint32_t version;
  uint32_t header_size;
  uint64_t file_size;
  uint64_t persons;
  uint64_t conditions;
  uint64_t events;
  int32_t extract_start;
  int32_t extract_end;
  uint32_t toc_entries;
  uint32_t toc_entry_size;
  uint64_t toc_offset;
  uint64_t checksum;  // FNV-1a 64 of the header (this field zero) and the table of contents
  uint8_t reserved[48];
};
static_assert(sizeof(FileHeader) == 128);

struct TocEntry {
  char name[24];
  uint32_t kind;
  uint32_t element_size;
  uint64_t offset;
  uint64_t length;  // bytes
};
static_assert(sizeof(TocEntry) == 48);

uint64_t fnv1a(const void* data, size_t size, uint64_t h = 0xcbf29ce484222325ull) {
  const auto* p = static_cast<const unsigned char*>(data);
  for (size_t i = 0; i < size; ++i) h = (h ^ p[i]) * 0x100000001b3ull;
  return h;
}

uint64_t checksum_of(FileHeader header, const TocEntry* toc, size_t entries) {
  header.checksum = 0;
  return fnv1a(toc, entries * sizeof(TocEntry), fnv1a(&header, sizeof header));
}

size_t align_up(size_t n) { return (n + kAlignment - 1) / kAlignment * kAlignment; }

std::vector<char> string_table(const std::vector<std::string>& strings) {
  std::vector<char> out(4 + 4 * strings.size());
  const auto count = static_cast<uint32_t>(strings.size());
  std::memcpy(out.data(), &count, 4);
  uint32_t end = 0;
  for (size_t i = 0; i < strings.size(); ++i) {
    end += static_cast<uint32_t>(strings[i].size());
    std::memcpy(out.data() + 4 + 4 * i, &end, 4);
  }
  for (const auto& s : strings) out.insert(out.end(), s.begin(), s.end());
  return out;
}

// One column to write: its bytes and how to describe it.
struct ColumnOut {
  const char* name;
  uint32_t kind;
  uint32_t element_size;
  const void* data;
  size_t length;
};

template <class T>
ColumnOut array(const char* name, std::span<const T> s) {
  return {name, kKindArray, sizeof(T), s.data(), s.size_bytes()};
}
template <class T>
ColumnOut array(const char* name, const std::vector<T>& v) {
  return array(name, std::span<const T>(v));
}

[[noreturn]] void fail(const std::string& path, const std::string& message) {
  throw InputError(InputProblem{path, 0, 0, message});
}

void write_all(int fd, const void* data, size_t size, const std::string& path) {
  const auto* p = static_cast<const char*>(data);
  while (size > 0) {
    const ssize_t n = ::write(fd, p, std::min<size_t>(size, size_t{1} << 30));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) fail(path, std::string("cannot write: ") + std::strerror(errno));
    p += n;
    size -= static_cast<size_t>(n);
  }
}

// Finds a column in the table of contents and checks its kind, element size, bounds and length.
struct MappedSnapshot {
  const std::string& path;
  const char* base;
  size_t size;
  const TocEntry* toc;
  size_t entries;

  const TocEntry& entry(const char* name) const {
    for (size_t i = 0; i < entries; ++i)
      if (std::strncmp(toc[i].name, name, sizeof toc[i].name) == 0) {
        const TocEntry& e = toc[i];
        if (e.offset % kAlignment != 0 || e.offset > size || e.length > size - e.offset)
          fail(path, std::string("column ") + name + " lies outside the file (truncated or corrupt snapshot)");
        return e;
      }
    fail(path, std::string("column ") + name + " is missing");
  }
  template <class T>
  std::span<const T> column(const char* name, uint64_t count) const {
    const TocEntry& e = entry(name);
    if (e.kind != kKindArray || e.element_size != sizeof(T) || e.length != count * sizeof(T))
      fail(path, std::string("column ") + name + " has " + std::to_string(e.length) + " bytes, expected " +
                     std::to_string(count * sizeof(T)));
    return {reinterpret_cast<const T*>(base + e.offset), static_cast<size_t>(count)};
  }
  std::vector<std::string> strings(const char* name) const {
    const TocEntry& e = entry(name);
    const char* p = base + e.offset;
    uint32_t count = 0;
    if (e.kind != kKindStrings || e.length < 4) fail(path, std::string("string table ") + name + " is corrupt");
    std::memcpy(&count, p, 4);
    if (uint64_t{count} * 4 + 4 > e.length) fail(path, std::string("string table ") + name + " is corrupt");
    const char* bytes = p + 4 + 4 * size_t{count};
    const uint64_t byte_length = e.length - 4 - 4 * uint64_t{count};
    std::vector<std::string> out;
    out.reserve(count);
    uint32_t begin = 0;
    for (uint32_t i = 0; i < count; ++i) {
      uint32_t end = 0;
      std::memcpy(&end, p + 4 + 4 * size_t{i}, 4);
      if (end < begin || end > byte_length) fail(path, std::string("string table ") + name + " is corrupt");
      out.emplace_back(bytes + begin, end - begin);
      begin = end;
    }
    return out;
  }
};

template <class T>
void check_below(const std::string& path, std::span<const T> values, size_t limit, const char* what) {
  for (T v : values)
    if (static_cast<size_t>(v) >= limit) fail(path, std::string(what) + " refers past its table (corrupt snapshot)");
}

void check_starts(const std::string& path, std::span<const uint32_t> start, size_t total, const char* what) {
  if (start.front() != 0 || start.back() != total) fail(path, std::string(what) + " does not span the rows (corrupt snapshot)");
  for (size_t i = 1; i < start.size(); ++i)
    if (start[i] < start[i - 1]) fail(path, std::string(what) + " is not in order (corrupt snapshot)");
}

}  // namespace

void write_snapshot(const Population& p, const std::string& path) {
  const auto& g = p.geography;
  const std::vector<char> practices = string_table(g.practice_codes), pcns = string_table(g.pcn_codes),
                          places = string_table(g.place_codes), lsoas = string_table(g.lsoa_codes);
  const std::vector<ColumnOut> columns = {
      array("person_id", p.person_id),
      array("birth_month", p.birth_month),
      array("sex", p.sex),
      array("ethnic_group", p.ethnic_group),
      array("lsoa", p.lsoa),
      array("imd_decile", p.imd_decile),
      array("practice", p.practice),
      array("death_day", p.death_day),
      array("condition_start", p.condition_start),
      array("condition", p.condition),
      array("diagnosed_day", p.diagnosed_day),
      array("event_start", p.event_start),
      array("event_day", p.event_day),
      array("event_setting", p.event_setting),
      array("length_of_stay", p.length_of_stay),
      array("cost_pence", p.cost_pence),
      array("practice_pcn", g.practice_pcn),
      array("pcn_place", g.pcn_place),
      {"practice_codes", kKindStrings, 1, practices.data(), practices.size()},
      {"pcn_codes", kKindStrings, 1, pcns.data(), pcns.size()},
      {"place_codes", kKindStrings, 1, places.data(), places.size()},
      {"lsoa_codes", kKindStrings, 1, lsoas.data(), lsoas.size()},
  };
  std::vector<TocEntry> toc(columns.size());
  size_t offset = align_up(sizeof(FileHeader) + toc.size() * sizeof(TocEntry));
  for (size_t i = 0; i < columns.size(); ++i) {
    TocEntry& e = toc[i];
    std::memset(&e, 0, sizeof e);
    std::strncpy(e.name, columns[i].name, sizeof e.name - 1);
    e.kind = columns[i].kind;
    e.element_size = columns[i].element_size;
    e.offset = offset;
    e.length = columns[i].length;
    offset = align_up(offset + columns[i].length);
  }
  FileHeader h{};
  std::memcpy(h.magic, kMagic, sizeof kMagic);
  h.version = kVersion;
  h.header_size = sizeof(FileHeader);
  h.file_size = offset;
  h.persons = p.person_count();
  h.conditions = p.condition.size();
  h.events = p.event_count();
  h.extract_start = p.extract_start.days;
  h.extract_end = p.extract_end.days;
  h.toc_entries = static_cast<uint32_t>(toc.size());
  h.toc_entry_size = sizeof(TocEntry);
  h.toc_offset = sizeof(FileHeader);
  h.checksum = checksum_of(h, toc.data(), toc.size());

  const std::filesystem::path target(path);
  std::error_code ec;
  if (target.has_parent_path()) std::filesystem::create_directories(target.parent_path(), ec);
  std::string temp = path + ".tmp-XXXXXX";
  const int fd = ::mkstemp(temp.data());
  if (fd < 0) fail(path, std::string("cannot create a temporary file beside it: ") + std::strerror(errno));
  try {
    static const char zeros[kAlignment] = {};
    write_all(fd, &h, sizeof h, path);
    write_all(fd, toc.data(), toc.size() * sizeof(TocEntry), path);
    size_t written = sizeof h + toc.size() * sizeof(TocEntry);
    for (size_t i = 0; i < columns.size(); ++i) {
      write_all(fd, zeros, toc[i].offset - written, path);
      write_all(fd, columns[i].data, columns[i].length, path);
      written = toc[i].offset + columns[i].length;
    }
    write_all(fd, zeros, offset - written, path);
    if (::fchmod(fd, 0644) != 0 || ::fsync(fd) != 0) fail(path, std::string("cannot sync: ") + std::strerror(errno));
    if (::close(fd) != 0) fail(path, std::string("cannot close: ") + std::strerror(errno));
  } catch (...) {
    ::close(fd);
    ::unlink(temp.c_str());
    throw;
  }
  if (::rename(temp.c_str(), path.c_str()) != 0) {
    const int err = errno;
    ::unlink(temp.c_str());
    fail(path, std::string("cannot rename the new snapshot into place: ") + std::strerror(err));
  }
  // Make the rename itself durable.
  const std::string dir = target.has_parent_path() ? target.parent_path().string() : ".";
  const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd >= 0) {
    ::fsync(dfd);
    ::close(dfd);
  }
}

Population open_snapshot(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) fail(path, std::string("cannot open snapshot: ") + std::strerror(errno));
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    fail(path, "not a regular file");
  }
  const auto size = static_cast<size_t>(st.st_size);
  if (size < sizeof(FileHeader)) {
    ::close(fd);
    fail(path, "not a population snapshot: " + std::to_string(size) + " bytes, shorter than its header");
  }
  void* map = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
  const int map_errno = errno;
  ::close(fd);
  if (map == MAP_FAILED) fail(path, std::string("cannot map snapshot: ") + std::strerror(map_errno));
  std::shared_ptr<const void> storage(map, [size](const void* m) { ::munmap(const_cast<void*>(m), size); });

  const char* base = static_cast<const char*>(map);
  FileHeader h;
  std::memcpy(&h, base, sizeof h);
  if (std::memcmp(h.magic, kMagic, sizeof kMagic) != 0) fail(path, "not a population snapshot (wrong magic number)");
  if (h.version != kVersion)
    fail(path, "snapshot format version " + std::to_string(h.version) + " is not supported (this ics reads version " +
                   std::to_string(kVersion) + "): import the extract again");
  if (h.header_size != sizeof(FileHeader) || h.toc_entry_size != sizeof(TocEntry) || h.toc_offset != sizeof(FileHeader))
    fail(path, "corrupt snapshot header");
  if (h.file_size != size)
    fail(path, "snapshot is " + std::to_string(size) + " bytes but its header says " + std::to_string(h.file_size) +
                   " (truncated or corrupt)");
  if (h.toc_entries > 1024 || h.toc_offset + uint64_t{h.toc_entries} * sizeof(TocEntry) > size)
    fail(path, "corrupt snapshot table of contents");
  const auto* toc = reinterpret_cast<const TocEntry*>(base + h.toc_offset);
  if (checksum_of(h, toc, h.toc_entries) != h.checksum) fail(path, "snapshot header checksum does not match (corrupt)");
  if (h.persons > UINT32_MAX || h.conditions > UINT32_MAX || h.events > UINT32_MAX)
    fail(path, "corrupt snapshot header (counts too large)");

  const MappedSnapshot m{path, base, size, toc, h.toc_entries};
  Population p;
  p.extract_start = Date{h.extract_start};
  p.extract_end = Date{h.extract_end};
  auto& g = p.geography;
  g.practice_codes = m.strings("practice_codes");
  g.pcn_codes = m.strings("pcn_codes");
  g.place_codes = m.strings("place_codes");
  g.lsoa_codes = m.strings("lsoa_codes");
  const auto practice_pcn = m.column<uint16_t>("practice_pcn", g.practice_codes.size());
  const auto pcn_place = m.column<uint16_t>("pcn_place", g.pcn_codes.size());
  g.practice_pcn.assign(practice_pcn.begin(), practice_pcn.end());
  g.pcn_place.assign(pcn_place.begin(), pcn_place.end());
  const uint64_t n = h.persons;
  p.person_id = m.column<char>("person_id", n * kPersonIdWidth);
  p.birth_month = m.column<int32_t>("birth_month", n);
  p.sex = m.column<uint8_t>("sex", n);
  p.ethnic_group = m.column<uint8_t>("ethnic_group", n);
  p.lsoa = m.column<uint32_t>("lsoa", n);
  p.imd_decile = m.column<uint8_t>("imd_decile", n);
  p.practice = m.column<uint16_t>("practice", n);
  p.death_day = m.column<Day>("death_day", n);
  p.condition_start = m.column<uint32_t>("condition_start", n + 1);
  p.condition = m.column<uint8_t>("condition", h.conditions);
  p.diagnosed_day = m.column<Day>("diagnosed_day", h.conditions);
  p.event_start = m.column<uint32_t>("event_start", n + 1);
  p.event_day = m.column<Day>("event_day", h.events);
  p.event_setting = m.column<uint8_t>("event_setting", h.events);
  p.length_of_stay = m.column<uint16_t>("length_of_stay", h.events);
  p.cost_pence = m.column<uint32_t>("cost_pence", h.events);

  // O(persons) checks that keep engines' lookups inside their tables even for a damaged file.
  check_starts(path, p.condition_start, h.conditions, "condition_start");
  check_starts(path, p.event_start, h.events, "event_start");
  check_below(path, std::span<const uint16_t>(g.practice_pcn), g.pcn_codes.size(), "practice_pcn");
  check_below(path, std::span<const uint16_t>(g.pcn_place), g.place_codes.size(), "pcn_place");
  check_below(path, p.practice, g.practice_codes.size(), "practice");
  check_below(path, p.lsoa, g.lsoa_codes.size(), "lsoa");
  check_below(path, p.sex, kSexCount, "sex");
  check_below(path, p.ethnic_group, kEthnicGroupCount, "ethnic_group");
  p.storage = std::move(storage);
  return p;
}

std::string snapshot_path_beside(const std::string& db_path) {
  if (db_path.size() > 3 && db_path.ends_with(".db") && db_path[db_path.size() - 4] != '/')
    return db_path.substr(0, db_path.size() - 3) + ".phm";
  return db_path + ".phm";
}

}  // namespace ics::phm
