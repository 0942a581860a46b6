#pragma once
// One row of the audit trail: who changed which record, when, and its JSON before and after.
#include <cstdint>
#include <string>

namespace ics {

struct AuditEntry {
  int64_t id = 0;
  std::string at;      // UTC, "2026-11-23T10:15:00Z"
  std::string actor;   // account name, or "ics demo" / "ics user add" for the command line
  std::string entity;  // "meeting", "action", "account" ...
  int64_t entity_id = 0;
  std::string change;  // "create", "update" or "delete"
  std::string before;  // JSON, "" on create
  std::string after;   // JSON, "" on delete
};

}  // namespace ics
