#pragma once
// Writing the audit trail, shared by the SQLite governance and account stores. Callers hold the
// store's mutex and an open transaction, so the audit row commits or rolls back with the change.
#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace ics::store {

// The current time in UTC, "2026-11-23T10:15:00Z".
std::string utc_now_iso();

// Appends one audit_trail row stamped with the current time. change is "create", "update" or "delete";
// before/after are the record's JSON ("" on create / delete).
void write_audit(sqlite3* db, std::string_view actor, std::string_view entity, int64_t entity_id,
                 std::string_view change, std::string_view before, std::string_view after);

}  // namespace ics::store
