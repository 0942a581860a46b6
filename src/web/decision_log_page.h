#pragma once
// The decision log pages: the log (Ref | Date | Meeting | Decision), one decision, and the
// secretariat's form for a new decision. Views only format; the routes filter what the caller may see.
#include <httplib.h>

#include <optional>
#include <string>
#include <vector>

#include "core/field_errors.h"
#include "domain/committee.h"
#include "domain/decision.h"
#include "domain/meeting.h"
#include "web/auth.h"

namespace ics::web {

struct DecisionLogData {
  std::vector<Decision> decisions;  // visible to the caller, in log order
  std::vector<Committee> committees;
  std::vector<Meeting> meetings;
  std::optional<int64_t> committee_filter;
  bool can_add = false;
};
std::string decision_log_body(const DecisionLogData& data);

std::string decision_detail_body(const Decision& decision, const std::vector<Committee>& committees,
                                 const std::vector<Meeting>& meetings);

// The new-decision form for `committee`: ref, meeting, item, date, title, decision, confidential.
std::string decision_form_body(const Committee& committee, const std::vector<Meeting>& meetings, const Decision& values,
                               const FieldErrors& errors, const Principal& principal);
// Reads the form into a decision of `committee` (meeting must be one of its `meetings`), adding field errors.
Decision read_decision_form(const httplib::Request& req, const Committee& committee,
                            const std::vector<Meeting>& meetings, FieldErrors& errors);

}  // namespace ics::web
