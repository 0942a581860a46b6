#pragma once
// An entry in the register of interests, reviewed (re-confirmed) every six months.
#include <cstdint>
#include <optional>
#include <string>

#include "core/calendar.h"
#include "domain/enum_names.h"

namespace ics {

enum class InterestType { Financial, NonFinancialProfessional, NonFinancialPersonal, Indirect };
template <>
struct EnumNames<InterestType> {
  static constexpr std::array<std::pair<InterestType, std::string_view>, 4> values{{
      {InterestType::Financial, "financial"},
      {InterestType::NonFinancialProfessional, "non-financial professional"},
      {InterestType::NonFinancialPersonal, "non-financial personal"},
      {InterestType::Indirect, "indirect"},
  }};
};

struct Interest {
  int64_t id = 0;  // 0 until stored
  int64_t person_id = 0;
  InterestType type = InterestType::Financial;
  std::string description;
  std::optional<Date> from, to;  // the interest's own dates; absent `to` = current
  Date declared_on;
  std::optional<Date> last_confirmed;  // last six-monthly review; absent = never reviewed
  bool operator==(const Interest&) const = default;
};

}  // namespace ics
