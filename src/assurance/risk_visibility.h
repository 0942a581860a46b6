#pragma once
// Who may see a risk: a confidential risk is hidden from the public and analysts exactly like a
// confidential paper (and answers 404, the same as a missing one).
#include "domain/account.h"
#include "domain/risk.h"

namespace ics::assurance {

inline bool risk_visible(const Risk& risk, Role role) { return !risk.confidential || can_read_confidential(role); }

}  // namespace ics::assurance
