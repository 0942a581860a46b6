#include "cli/store_access.h"

#include <filesystem>

#include "core/errors.h"
#include "performance/metric_catalogue.h"

namespace ics::cli {

std::unique_ptr<Store> open_store(const std::string& db) {
  std::unique_ptr<Store> store;
  // A path the user cannot use is bad input (exit 2), not an internal failure.
  try {
    if (db != ":memory:") {
      const auto parent = std::filesystem::path(db).parent_path();
      if (!parent.empty()) std::filesystem::create_directories(parent);
    }
    store = Store::open(db);
  } catch (const std::exception& e) {
    throw InputError(std::string(e.what()));
  }
  if (store->metrics().empty()) store->upsert_metrics(standard_metric_catalogue());
  return store;
}

std::string with_commas(size_t n) {
  std::string digits = std::to_string(n);
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

}  // namespace ics::cli
