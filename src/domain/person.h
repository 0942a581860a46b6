#pragma once
// A person who sits on or attends committees: board members, officers, deputies.
#include <cstdint>
#include <string>

namespace ics {

struct Person {
  int64_t id = 0;  // 0 until stored
  std::string name;
  std::string job_title;
  std::string org_code;  // ODS code of the organisation they represent; "" for independent members
  bool operator==(const Person&) const = default;
};

}  // namespace ics
