#pragma once
// A meeting of a committee: when and where, its agenda in a public and a private part, who attended,
// declarations of interest made against items, and the minutes.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/calendar.h"
#include "domain/enum_names.h"

namespace ics {

enum class ActionRequested { Note, Agree, Approve, Discuss, Assure };
template <>
struct EnumNames<ActionRequested> {
  static constexpr std::array<std::pair<ActionRequested, std::string_view>, 5> values{{
      {ActionRequested::Note, "note"},
      {ActionRequested::Agree, "agree"},
      {ActionRequested::Approve, "approve"},
      {ActionRequested::Discuss, "discuss"},
      {ActionRequested::Assure, "assure"},
  }};
};

enum class ItemFormat { Attached, Verbal, Presentation, ToFollow };
template <>
struct EnumNames<ItemFormat> {
  static constexpr std::array<std::pair<ItemFormat, std::string_view>, 4> values{{
      {ItemFormat::Attached, "attached"},
      {ItemFormat::Verbal, "verbal"},
      {ItemFormat::Presentation, "presentation"},
      {ItemFormat::ToFollow, "to follow"},
  }};
};

// Items in the private part are taken in confidence (FOI Act s36): never shown to the public.
enum class MeetingPart { Public, Private };
template <>
struct EnumNames<MeetingPart> {
  static constexpr std::array<std::pair<MeetingPart, std::string_view>, 2> values{{
      {MeetingPart::Public, "public"},
      {MeetingPart::Private, "private"},
  }};
};

struct AgendaItem {
  std::string number;   // "1", "4.2"; unique within the meeting
  std::string time;     // "10:05"; "" when not timed
  std::string section;  // "Opening business", "Matters arising", "Strategy and assurance"
  std::string title;
  std::string paper_ref;  // enclosure reference "Enc B"; "" for verbal items
  std::vector<std::string> leads;
  ActionRequested action = ActionRequested::Note;
  ItemFormat format = ItemFormat::Attached;
  MeetingPart part = MeetingPart::Public;
  bool operator==(const AgendaItem&) const = default;
};

enum class AttendanceStatus { Present, Apologies, Deputy, Absent };
template <>
struct EnumNames<AttendanceStatus> {
  static constexpr std::array<std::pair<AttendanceStatus, std::string_view>, 4> values{{
      {AttendanceStatus::Present, "present"},
      {AttendanceStatus::Apologies, "apologies"},
      {AttendanceStatus::Deputy, "deputy"},
      {AttendanceStatus::Absent, "absent"},
  }};
};

struct AttendanceRecord {
  int64_t person_id = 0;
  AttendanceStatus status = AttendanceStatus::Present;
  std::string deputy_name;  // who deputised, when status is Deputy
  bool operator==(const AttendanceRecord&) const = default;
};

// The chair's decision on a declared interest, recorded in the minutes.
enum class DeclarationDecision { LeavesForItem, StaysWithoutVoting, TakesPart, ItemDeferred };
template <>
struct EnumNames<DeclarationDecision> {
  static constexpr std::array<std::pair<DeclarationDecision, std::string_view>, 4> values{{
      {DeclarationDecision::LeavesForItem, "leaves for the item"},
      {DeclarationDecision::StaysWithoutVoting, "stays without voting"},
      {DeclarationDecision::TakesPart, "takes part"},
      {DeclarationDecision::ItemDeferred, "item deferred"},
  }};
};

struct Declaration {
  int64_t person_id = 0;
  std::string item_number;            // the agenda item it was declared against
  std::optional<int64_t> interest_id;  // the register entry, when there is one
  std::string description;
  DeclarationDecision decision = DeclarationDecision::TakesPart;
  bool operator==(const Declaration&) const = default;
};

struct MinuteEntry {
  std::string item_number;
  std::string text;
  std::vector<std::string> resolutions;  // each printed as "Resolved: ..."
  bool operator==(const MinuteEntry&) const = default;
};

enum class MinutesStatus { None, Draft, Approved };
template <>
struct EnumNames<MinutesStatus> {
  static constexpr std::array<std::pair<MinutesStatus, std::string_view>, 3> values{{
      {MinutesStatus::None, "none"},
      {MinutesStatus::Draft, "draft"},
      {MinutesStatus::Approved, "approved"},
  }};
};

struct Meeting {
  int64_t id = 0;  // 0 until stored
  int64_t committee_id = 0;
  Date date;
  std::string start_time;  // "09:30"
  std::string end_time;    // "12:30"; "" if not set
  std::string location;    // a room and address; "" when online only
  std::string video_link;  // "" when in person only
  bool cancelled = false;
  std::vector<AgendaItem> agenda;
  std::vector<AttendanceRecord> attendance;
  std::vector<Declaration> declarations;
  std::vector<MinuteEntry> minutes;
  MinutesStatus minutes_status = MinutesStatus::None;
  std::optional<int64_t> minutes_approved_at;  // the later meeting that approved these minutes
  bool operator==(const Meeting&) const = default;
};

}  // namespace ics
