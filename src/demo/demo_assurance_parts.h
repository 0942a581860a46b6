#pragma once
// The pieces build_demo_assurance assembles; internal to src/demo.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "demo/demo_assurance.h"
#include "demo/demo_random.h"

namespace ics::demo::detail {

// Stored committee ids by code (ICSB, SE, POG ...).
using CommitteeIds = std::map<std::string, int64_t>;
// The id of the committee with this code; std::invalid_argument if there is none.
int64_t committee_id(const CommitteeIds& committees, const std::string& code);

// SO1..SO6, with placeholder ids 1..6.
std::vector<StrategicObjective> demo_objectives();

// SR01..SR14 with twelve months of monthly scores ending a few days before `today`. On `today`, under the
// default thresholds: SR01 and SR13 escalated all year by score, SR09 (an NUH risk) escalated to place;
// SR02 newly escalated this month by score and SR05 by its target date passing; SR07 de-escalated; SR11
// opened this month. SR08 and SR10 are confidential. Earlier months wobble with the seed.
std::vector<Risk> demo_risks(Date today, DemoRandom& random);

// The quarter-end months of the four stocktakes, oldest first, the last being the latest quarter end
// before today's month.
std::vector<Month> demo_stocktakes(Date today);

// NO1.1.. rated at the four stocktakes; NO1.3 superseded by NO1.5 from the third, NO8.2 by NO8.3 from
// the fourth.
std::vector<Priority> demo_priorities(Date today, const CommitteeIds& committees);

// P01..P08 with products from six months before `today` to four months after; exactly one product is
// past its planned date with no outcome.
std::vector<Programme> demo_programmes(Date today, const CommitteeIds& committees);

// The same day `months` calendar months earlier, clamped to the month's end (31 May -> 30 April).
Date months_before(Date date, int months);
// The last day of the month.
Date month_end(Month month);

}  // namespace ics::demo::detail
