#pragma once
// Who may see what. Confidential papers (FOI Act s36), private agenda items, their minutes and
// declarations, confidential actions and decisions never reach the public; drafts are for signed-in
// staff; confidential material is for members, the secretariat and admins.
#include <optional>

#include "domain/account.h"
#include "domain/action.h"
#include "domain/decision.h"
#include "domain/meeting.h"
#include "domain/paper.h"

namespace ics::governance {

// The meeting as this role may see it: without private items, their minutes and declarations for
// roles that cannot read confidential material; without draft minutes for the public.
Meeting meeting_as_seen_by(const Meeting& meeting, Role role);

// A paper is hidden when confidential, or on a private agenda item of its meeting, unless the role reads
// confidential material; drafts are hidden from the public.
bool paper_visible(const Paper& paper, const std::optional<Meeting>& meeting, Role role);
bool action_visible(const Action& action, Role role);
bool decision_visible(const Decision& decision, Role role);

}  // namespace ics::governance
