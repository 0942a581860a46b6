#pragma once
// The JSON field reader and writer helpers shared by governance_json.cpp and assurance_json.cpp, so
// both read records the same way and throw the same std::invalid_argument wording, naming the field.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <vector>

#include "core/calendar.h"
#include "domain/enum_names.h"

namespace ics::json_fields {

using nlohmann::json;

[[noreturn]] inline void bad_field(const std::string& field, const std::string& problem) {
  throw std::invalid_argument("field \"" + field + "\": " + problem);
}

inline std::string type_of(const json& j) { return j.is_null() ? "null" : j.type_name(); }

inline json date_json(const std::optional<Date>& d) { return d ? json(d->to_string()) : json(nullptr); }
inline json month_json(const std::optional<Month>& m) { return m ? json(m->to_string()) : json(nullptr); }
inline json id_json(const std::optional<int64_t>& id) { return id ? json(*id) : json(nullptr); }
template <class T>
json optional_json(const std::optional<T>& value) {
  return value ? json(*value) : json(nullptr);
}
template <class E>
std::string name_of(E value) {
  return std::string(enum_name(value));
}
template <class E>
json optional_name(const std::optional<E>& value) {
  return value ? json(name_of(*value)) : json(nullptr);
}

// Reads the members of one JSON object into struct fields, naming "prefix.key" in every error.
// Keys that are absent leave the field as it was (the struct's default).
class Fields {
 public:
  Fields(const json& j, std::string prefix) : j_(j), prefix_(std::move(prefix)) {
    if (!j_.is_object()) bad_field(prefix_.empty() ? "(record)" : prefix_, "expected an object, got " + type_of(j_));
  }

  std::string name(const char* key) const { return prefix_.empty() ? key : prefix_ + "." + key; }

  const json* find(const char* key) const {
    const auto it = j_.find(key);
    return it == j_.end() ? nullptr : &*it;
  }

  void get(const char* key, std::string& out) const {
    if (const json* v = find(key)) {
      if (!v->is_string()) bad_field(name(key), "expected a string, got " + type_of(*v));
      out = v->get<std::string>();
    }
  }
  void get(const char* key, bool& out) const {
    if (const json* v = find(key)) {
      if (!v->is_boolean()) bad_field(name(key), "expected true or false, got " + type_of(*v));
      out = v->get<bool>();
    }
  }
  void get(const char* key, int64_t& out) const {
    if (const json* v = find(key)) out = integer(key, *v);
  }
  void get(const char* key, int& out) const {
    if (const json* v = find(key)) {
      const int64_t value = integer(key, *v);
      if (value < INT32_MIN || value > INT32_MAX) bad_field(name(key), "number out of range");
      out = static_cast<int>(value);
    }
  }
  void get(const char* key, double& out) const {
    if (const json* v = find(key)) {
      if (!v->is_number()) bad_field(name(key), "expected a number, got " + type_of(*v));
      out = v->get<double>();
    }
  }
  void get(const char* key, std::optional<int64_t>& out) const {
    if (const json* v = find(key)) {
      if (v->is_null()) out.reset();
      else out = integer(key, *v);
    }
  }
  void get(const char* key, Date& out) const {
    if (const json* v = find(key)) out = date(key, *v);
  }
  void get(const char* key, std::optional<Date>& out) const {
    if (const json* v = find(key)) {
      if (v->is_null()) out.reset();
      else out = date(key, *v);
    }
  }
  void get(const char* key, Month& out) const {
    if (const json* v = find(key)) out = month(key, *v);
  }
  void get(const char* key, std::optional<Month>& out) const {
    if (const json* v = find(key)) {
      if (v->is_null()) out.reset();
      else out = month(key, *v);
    }
  }
  void get(const char* key, std::vector<std::string>& out) const {
    if (const json* v = find(key)) {
      if (!v->is_array()) bad_field(name(key), "expected an array, got " + type_of(*v));
      out.clear();
      for (size_t i = 0; i < v->size(); ++i) {
        const json& e = (*v)[i];
        if (!e.is_string())
          bad_field(name(key) + "[" + std::to_string(i) + "]", "expected a string, got " + type_of(e));
        out.push_back(e.get<std::string>());
      }
    }
  }
  template <class E>
    requires std::is_enum_v<E>
  void get(const char* key, E& out) const {
    if (const json* v = find(key)) out = enumerator<E>(key, *v);
  }
  template <class E>
    requires std::is_enum_v<E>
  void get(const char* key, std::optional<E>& out) const {
    if (const json* v = find(key)) {
      if (v->is_null()) out.reset();
      else out = enumerator<E>(key, *v);
    }
  }
  // A list of nested objects, each read by read(Fields, T&) with prefix "key[i]".
  template <class T, class Read>
  void get_list(const char* key, std::vector<T>& out, Read read) const {
    if (const json* v = find(key)) {
      if (!v->is_array()) bad_field(name(key), "expected an array, got " + type_of(*v));
      out.clear();
      for (size_t i = 0; i < v->size(); ++i) {
        T item{};
        read(Fields((*v)[i], name(key) + "[" + std::to_string(i) + "]"), item);
        out.push_back(std::move(item));
      }
    }
  }
  // A nested object, read by read(Fields, T&) with prefix "key".
  template <class T, class Read>
  void get_object(const char* key, T& out, Read read) const {
    if (const json* v = find(key)) read(Fields(*v, name(key)), out);
  }

 private:
  int64_t integer(const char* key, const json& v) const {
    if (!v.is_number_integer()) bad_field(name(key), "expected a whole number, got " + type_of(v));
    if (v.is_number_unsigned() && v.get<uint64_t>() > static_cast<uint64_t>(INT64_MAX))
      bad_field(name(key), "number out of range");
    return v.get<int64_t>();
  }
  Date date(const char* key, const json& v) const {
    if (!v.is_string()) bad_field(name(key), "expected a date \"YYYY-MM-DD\", got " + type_of(v));
    const std::string text = v.get<std::string>();
    const auto d = text.size() == 10 ? parse_date(text) : std::nullopt;  // parse_date also takes "YYYY-MM"
    if (!d) bad_field(name(key), "\"" + text + "\" is not a date");
    return *d;
  }
  Month month(const char* key, const json& v) const {
    if (!v.is_string()) bad_field(name(key), "expected a month \"YYYY-MM\", got " + type_of(v));
    const std::string text = v.get<std::string>();
    const auto m = text.size() == 7 ? parse_month(text) : std::nullopt;  // parse_month also takes a date
    if (!m) bad_field(name(key), "\"" + text + "\" is not a month");
    return *m;
  }
  template <class E>
  E enumerator(const char* key, const json& v) const {
    if (!v.is_string()) bad_field(name(key), "expected a string, got " + type_of(v));
    const std::string text = v.get<std::string>();
    const auto value = parse_enum<E>(text);
    if (!value) bad_field(name(key), "\"" + text + "\" is not one of: " + enum_choices<E>());
    return *value;
  }

  const json& j_;
  std::string prefix_;
};

}  // namespace ics::json_fields
