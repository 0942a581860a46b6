#include "ingest/mapped_csv.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "core/errors.h"

namespace ics::ingest {

MappedFile::MappedFile(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw InputError(InputProblem{path, 0, 0, std::string("cannot open: ") + std::strerror(errno)});
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    throw InputError(InputProblem{path, 0, 0, "not a regular file"});
  }
  size_ = static_cast<size_t>(st.st_size);
  if (size_ > 0) {
    void* p = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE, fd, 0);
    if (p == MAP_FAILED) {
      const int err = errno;
      ::close(fd);
      throw InputError(InputProblem{path, 0, 0, std::string("cannot map into memory: ") + std::strerror(err)});
    }
    data_ = p;
    ::madvise(data_, size_, MADV_SEQUENTIAL);
  }
  ::close(fd);  // the mapping outlives the descriptor
}

MappedFile::~MappedFile() {
  if (data_) ::munmap(data_, size_);
}

std::string_view MappedFile::text() const {
  std::string_view t(static_cast<const char*>(data_), size_);
  if (t.starts_with("\xEF\xBB\xBF")) t.remove_prefix(3);
  return t;
}

std::vector<std::string_view> split_at_lines(std::string_view text, size_t parts) {
  std::vector<std::string_view> out;
  size_t begin = 0;
  for (size_t i = 1; i <= parts && begin < text.size(); ++i) {
    size_t end = i == parts ? text.size() : std::max(begin, text.size() * i / parts);
    if (end < text.size()) {
      const size_t newline = text.find('\n', end);
      end = newline == std::string_view::npos ? text.size() : newline + 1;
    }
    out.push_back(text.substr(begin, end - begin));
    begin = end;
  }
  return out;
}

bool CsvLines::next() {
  while (!rest_.empty()) {
    const char* start = rest_.data();
    const void* nl = std::memchr(start, '\n', rest_.size());
    size_t length = nl ? static_cast<size_t>(static_cast<const char*>(nl) - start) : rest_.size();
    std::string_view line(start, length);
    rest_.remove_prefix(nl ? length + 1 : length);
    ++line_;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) continue;
    cells_.clear();
    quote_error_.clear();
    if (std::memchr(line.data(), '"', line.size())) {
      split_quoted(line);
      return true;
    }
    const char* p = line.data();
    const char* end = p + line.size();
    for (;;) {
      const char* comma = static_cast<const char*>(std::memchr(p, ',', static_cast<size_t>(end - p)));
      if (!comma) {
        cells_.emplace_back(p, static_cast<size_t>(end - p));
        break;
      }
      cells_.emplace_back(p, static_cast<size_t>(comma - p));
      p = comma + 1;
    }
    return true;
  }
  return false;
}

// The slow path for quoted cells: unquotes into scratch_, reserved to the line's length first so the
// cells' views into it stay valid.
void CsvLines::split_quoted(std::string_view line) {
  scratch_.clear();
  scratch_.reserve(line.size());
  size_t i = 0;
  for (;;) {
    const size_t cell_start = scratch_.size();
    if (i < line.size() && line[i] == '"') {
      ++i;
      bool closed = false;
      while (i < line.size()) {
        if (line[i] == '"') {
          if (i + 1 < line.size() && line[i + 1] == '"') {
            scratch_ += '"';
            i += 2;
            continue;
          }
          ++i;
          closed = true;
          break;
        }
        scratch_ += line[i++];
      }
      if (!closed || (i < line.size() && line[i] != ',')) {
        quote_error_ = closed ? "text after a closing quote (a quote inside a quoted cell is written \"\")"
                              : "quoted cell has no closing quote (cells may not span lines)";
        quote_error_column_ = static_cast<int>(cells_.size()) + 1;
        cells_.clear();
        return;
      }
    } else {
      while (i < line.size() && line[i] != ',') scratch_ += line[i++];
    }
    cells_.emplace_back(scratch_.data() + cell_start, scratch_.size() - cell_start);
    if (i >= line.size()) return;
    ++i;  // the comma
  }
}

}  // namespace ics::ingest
