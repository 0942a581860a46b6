#include "store/sqlite_audit.h"

#include <ctime>

#include "store/sqlite_util.h"

namespace ics::store {

std::string utc_now_iso() {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buffer;
}

void write_audit(sqlite3* db, std::string_view actor, std::string_view entity, int64_t entity_id,
                 std::string_view change, std::string_view before, std::string_view after) {
  Statement st(db,
               "INSERT INTO audit_trail(at, actor, entity, entity_id, change, before, after)"
               " VALUES (?, ?, ?, ?, ?, ?, ?)");
  st.bind(1, utc_now_iso());
  st.bind(2, actor);
  st.bind(3, entity);
  st.bind(4, static_cast<long long>(entity_id));
  st.bind(5, change);
  st.bind(6, before);
  st.bind(7, after);
  st.run();
}

}  // namespace ics::store
