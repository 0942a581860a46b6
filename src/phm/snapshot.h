#pragma once
// The columnar population snapshot: one file holding every column of a Population back to back, aligned,
// behind a small header and a table of contents, so `ics phm run` and the web server map it into memory
// and read it without parsing. Format (little-endian) in docs/phm-data.md.
#include <string>

#include "phm/population.h"

namespace ics::phm {

// Writes the snapshot to a temporary file beside `path`, fsyncs it and renames it over `path`, so
// readers see the old snapshot or the new one, never half of one. Throws InputError when it cannot.
void write_snapshot(const Population& population, const std::string& path);

// Maps a snapshot read-only; the returned Population keeps the mapping alive. Throws InputError naming the
// file for a missing file, a wrong magic number or version, or a truncated or inconsistent file.
Population open_snapshot(const std::string& path);

// The snapshot path `ics demo` and `ics serve` use beside a store: "var/ics.db" -> "var/ics.phm".
std::string snapshot_path_beside(const std::string& db_path);

}  // namespace ics::phm
