#include "governance/visibility.h"

#include <algorithm>
#include <set>
#include <string>

namespace ics::governance {
namespace {

template <class T>
void erase_on_items(std::vector<T>& records, const std::set<std::string>& item_numbers) {
  std::erase_if(records, [&](const T& r) { return item_numbers.count(r.item_number) > 0; });
}

}  // namespace

Meeting meeting_as_seen_by(const Meeting& meeting, Role role) {
  Meeting seen = meeting;
  if (!can_read_confidential(role)) {
    // Any number used by a private item is withheld, even if a public item (wrongly) shares it.
    std::set<std::string> private_numbers;
    for (const auto& item : meeting.agenda)
      if (item.part == MeetingPart::Private) private_numbers.insert(item.number);
    std::erase_if(seen.agenda, [](const AgendaItem& item) { return item.part == MeetingPart::Private; });
    erase_on_items(seen.minutes, private_numbers);
    erase_on_items(seen.declarations, private_numbers);
  }
  if (role == Role::Public && seen.minutes_status != MinutesStatus::Approved) {
    seen.minutes.clear();
    seen.minutes_status = MinutesStatus::None;
  }
  return seen;
}

bool paper_visible(const Paper& paper, const std::optional<Meeting>& meeting, Role role) {
  if (can_read_confidential(role)) return true;
  if (paper.confidential) return false;
  if (paper.draft && !can_read_drafts(role)) return false;
  if (meeting) {
    // Matched by item number, and by enclosure reference as a second guard against a mislinked paper.
    const bool on_private_item = std::any_of(meeting->agenda.begin(), meeting->agenda.end(), [&](const AgendaItem& item) {
      return item.part == MeetingPart::Private &&
             ((!paper.item_number.empty() && item.number == paper.item_number) ||
              (!paper.enclosure_ref.empty() && item.paper_ref == paper.enclosure_ref));
    });
    if (on_private_item) return false;
  }
  return true;
}

bool action_visible(const Action& action, Role role) { return !action.confidential || can_read_confidential(role); }

bool decision_visible(const Decision& decision, Role role) {
  return !decision.confidential || can_read_confidential(role);
}

}  // namespace ics::governance
