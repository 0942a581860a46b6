#pragma once
// Working days in England and Wales: Monday to Friday, less bank holidays (including substitute days
// and one-off holidays such as coronations and state funerals).
#include <vector>

#include "core/calendar.h"

namespace ics {

// The bank holidays of a year, in date order. Years before 1971 or after 2100 throw std::out_of_range.
std::vector<Date> england_and_wales_bank_holidays(int year);
bool is_bank_holiday(Date date);
bool is_working_day(Date date);
// The working day n working days after date (n > 0) or before it (n < 0); date itself need not be a
// working day. n == 0 returns date unchanged.
Date add_working_days(Date date, int n);
// Working days in (from, to]: 0 when to <= from.
int working_days_between(Date from, Date to);

}  // namespace ics
