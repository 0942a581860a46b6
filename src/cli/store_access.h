#pragma once
// How every subcommand opens the store named by --db.
#include <memory>
#include <string>

#include "store/store.h"

namespace ics::cli {

// Opens the store at db (a SQLite file path or ":memory:"), creating the file's parent directory
// if needed, and seeds the standard metric catalogue when the metrics table is empty.
// The caller owns the result. Throws InputError (exit 2) if the path cannot be used as a store.
std::unique_ptr<Store> open_store(const std::string& db);

// Formats a count with thousands separators: 3120 -> "3,120".
std::string with_commas(size_t n);

}  // namespace ics::cli
