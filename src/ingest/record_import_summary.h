#pragma once
// What an import of records keyed by reference did, for the command's summary line.
#include <cstddef>

namespace ics {

struct RecordImportSummary {
  size_t created = 0;  // refs new to the store
  size_t updated = 0;  // refs the store held, replaced (history merged)
};

}  // namespace ics
