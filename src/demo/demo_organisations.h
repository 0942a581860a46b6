#pragma once
// The organisations of the demo ICS: NHS Nottingham and Nottinghamshire, its four places, PCNs and
// practices, its NHS trusts and its two upper-tier councils.
#include <vector>

#include "domain/organisation.h"

namespace ics::demo {

// The hierarchy ICS -> places -> PCNs -> practices, then trusts and councils (parent: the ICS).
// Trust and ICB codes are the real ODS codes; council codes are the ONS local authority codes.
// Places, PCNs and practices carry illustrative codes (see the comment in the .cpp).
std::vector<Organisation> demo_organisations();

// ODS code of the integrated care board at the top of the demo hierarchy.
inline constexpr const char* kIcbCode = "QT1";

}  // namespace ics::demo
