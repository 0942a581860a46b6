#pragma once
// What the domain JSON tests share: a record through JSON text and back, and the message from_json
// throws for bad JSON.
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>

namespace ics::json_test {

// `value` written as JSON text and read back.
template <class T>
T round_trip(const T& value) {
  return nlohmann::json::parse(nlohmann::json(value).dump()).get<T>();
}

// The message from_json throws for this JSON, or "" if it did not throw.
template <class T>
std::string error_for(const nlohmann::json& j) {
  try {
    (void)j.get<T>();
  } catch (const std::invalid_argument& e) {
    return e.what();
  }
  return "";
}

}  // namespace ics::json_test
