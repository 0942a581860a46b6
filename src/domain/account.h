#pragma once
// Sign-in accounts and what each role may do. The public has no account.
#include <cstdint>
#include <optional>
#include <string>

#include "domain/enum_names.h"

namespace ics {

// Public: no sign-in, published non-confidential material only. Analyst: signed-in staff who read
// non-confidential material (drafts included). Member: reads everything including confidential,
// updates own actions, declares interests. Secretariat and Admin edit everything; Admin also manages
// accounts.
enum class Role { Public, Analyst, Member, Secretariat, Admin };
template <>
struct EnumNames<Role> {
  static constexpr std::array<std::pair<Role, std::string_view>, 5> values{{
      {Role::Public, "public"},
      {Role::Analyst, "analyst"},
      {Role::Member, "member"},
      {Role::Secretariat, "secretariat"},
      {Role::Admin, "admin"},
  }};
};

inline bool can_read_confidential(Role r) { return r == Role::Member || r == Role::Secretariat || r == Role::Admin; }
inline bool can_read_drafts(Role r) { return r != Role::Public; }
inline bool can_edit_governance(Role r) { return r == Role::Secretariat || r == Role::Admin; }

struct Account {
  int64_t id = 0;  // 0 until stored
  std::string name;  // sign-in name, unique
  Role role = Role::Member;
  std::optional<int64_t> person_id;  // the person this account is, so members see "my actions"
  std::string password_hash;         // Argon2id encoded string; never logged
  bool disabled = false;
};

}  // namespace ics
