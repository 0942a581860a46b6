#pragma once
// What the secretariat gets for free on a new agenda: the standing opening items (welcome and
// apologies, declarations of interest, minutes of the previous meeting, matters arising and the action
// log), and the actions carried to the meeting as matters arising.
#include <optional>
#include <vector>

#include "domain/action.h"
#include "domain/committee.h"
#include "domain/meeting.h"

namespace ics::governance {

// Items numbered 1..4 in the public part (private for committees that do not meet in public). The
// minutes item names the previous meeting's date when there is one.
std::vector<AgendaItem> standing_items(const Committee& committee, const std::optional<Meeting>& previous);

// The committee's matters arising for a meeting on `date`: actions raised before that date that are
// still open, plus those closed since the previous meeting (so the log shows what happened), ordered by ref.
std::vector<Action> matters_arising(const std::vector<Action>& committee_actions, Date date,
                                    const std::optional<Meeting>& previous);

// The committee's meeting immediately before `date` that was not cancelled, if any.
std::optional<Meeting> previous_meeting(const std::vector<Meeting>& committee_meetings, Date date);

}  // namespace ics::governance
