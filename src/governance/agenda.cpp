#include "governance/agenda.h"

#include <algorithm>
#include <cctype>
#include <tuple>

#include "governance/action_lifecycle.h"

namespace ics::governance {
namespace {

AgendaItem standing_item(const char* number, const char* title, ActionRequested action, ItemFormat format,
                         MeetingPart part) {
  AgendaItem item;
  item.number = number;
  item.section = "Opening business";
  item.title = title;
  item.leads = {"Chair"};
  item.action = action;
  item.format = format;
  item.part = part;
  return item;
}

// Refs sort by their letters, then by number, so B99 comes before B100.
std::tuple<std::string, long long, std::string> ref_key(const std::string& ref) {
  size_t split = ref.size();
  while (split > 0 && std::isdigit(static_cast<unsigned char>(ref[split - 1]))) --split;
  const std::string digits = ref.substr(split);
  const long long number = digits.empty() || digits.size() > 18 ? -1 : std::stoll(digits);
  return {ref.substr(0, split), number, ref};
}

}  // namespace

std::vector<AgendaItem> standing_items(const Committee& committee, const std::optional<Meeting>& previous) {
  const MeetingPart part = committee.meets_in_public ? MeetingPart::Public : MeetingPart::Private;
  std::string minutes_title = "Minutes of the previous meeting";
  if (previous) minutes_title += " held on " + previous->date.long_label();
  std::vector<AgendaItem> items{
      standing_item("1", "Welcome, introductions and apologies", ActionRequested::Note, ItemFormat::Verbal, part),
      standing_item("2", "Declarations of interest", ActionRequested::Note, ItemFormat::Verbal, part),
      standing_item("3", minutes_title.c_str(), ActionRequested::Approve, ItemFormat::Attached, part),
      standing_item("4", "Matters arising and action log", ActionRequested::Note, ItemFormat::Attached, part),
  };
  return items;
}

// Without a previous meeting only open actions are carried: there is no last meeting to report closures since.
std::vector<Action> matters_arising(const std::vector<Action>& committee_actions, Date date,
                                    const std::optional<Meeting>& previous) {
  std::vector<Action> out;
  for (const auto& action : committee_actions) {
    if (!(action.raised_on < date)) continue;
    const bool closed_since_previous = !is_open(action.status) && previous && action.closed_on &&
                                       previous->date < *action.closed_on && *action.closed_on <= date;
    if (is_open(action.status) || closed_since_previous) out.push_back(action);
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Action& a, const Action& b) { return ref_key(a.ref) < ref_key(b.ref); });
  return out;
}

std::optional<Meeting> previous_meeting(const std::vector<Meeting>& committee_meetings, Date date) {
  const Meeting* best = nullptr;
  for (const auto& meeting : committee_meetings) {
    if (meeting.cancelled || !(meeting.date < date)) continue;
    if (!best || best->date < meeting.date || (best->date == meeting.date && best->start_time < meeting.start_time))
      best = &meeting;
  }
  if (!best) return std::nullopt;
  return *best;
}

}  // namespace ics::governance
