#pragma once
// Whole-record checks before anything is saved, as field errors a form shows beside its inputs.
// Field names follow the forms: "name", "date", "start_time", "agenda-2-title" (0-based item index),
// "attendance-5" (person id), "confidential_reason" ...
#include <vector>

#include "core/field_errors.h"
#include "domain/action.h"
#include "domain/committee.h"
#include "domain/decision.h"
#include "domain/interest.h"
#include "domain/meeting.h"
#include "domain/paper.h"
#include "domain/person.h"

namespace ics::governance {

FieldErrors validate_person(const Person& person);
FieldErrors validate_committee(const Committee& committee);
// Times are HH:MM; agenda numbers unique and non-empty; titles required; a deputy needs a name;
// declarations must name an item on the agenda.
FieldErrors validate_meeting(const Meeting& meeting);
// Title and enclosure reference required; a confidential paper needs its reason.
FieldErrors validate_paper(const Paper& paper);
// Ref and description required; due not before raised_on; closed statuses need closed_on.
FieldErrors validate_action(const Action& action);
FieldErrors validate_decision(const Decision& decision);
// Description required; `to` not before `from`.
FieldErrors validate_interest(const Interest& interest);

}  // namespace ics::governance
