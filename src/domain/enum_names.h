#pragma once
// One table of names per enum, so every enum converts to and from its stored / displayed text the same
// way. Specialise EnumNames<E> with a `values` array of {E, "name"} pairs; the first name is canonical.
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace ics {

template <class E>
struct EnumNames;  // specialised next to each enum: static constexpr std::array<std::pair<E, std::string_view>, N> values

// The enum's canonical name ("apologies"); "" if the value has none.
template <class E>
std::string_view enum_name(E value) {
  for (const auto& [e, name] : EnumNames<E>::values)
    if (e == value) return name;
  return {};
}

// The enum for a name (exact match); nullopt if the name is unknown.
template <class E>
std::optional<E> parse_enum(std::string_view text) {
  for (const auto& [e, name] : EnumNames<E>::values)
    if (name == text) return e;
  return std::nullopt;
}

// Every name, in declaration order, e.g. for a form's radio buttons or an error message.
template <class E>
std::string enum_choices(std::string_view separator = ", ") {
  std::string out;
  for (const auto& [e, name] : EnumNames<E>::values) {
    if (!out.empty()) out += separator;
    out += name;
  }
  return out;
}

}  // namespace ics
