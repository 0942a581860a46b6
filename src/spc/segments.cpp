#include "spc/segments.h"

#include <algorithm>

namespace ics::spc {

void split_segments(std::span<const int32_t> dates, std::span<const int32_t> rebase_days, std::vector<Segment>& out) {
  out.clear();
  const size_t n = dates.size();
  if (n == 0) return;
  std::vector<size_t> starts;
  starts.reserve(rebase_days.size());
  for (int32_t day : rebase_days) {
    const auto at = static_cast<size_t>(std::lower_bound(dates.begin(), dates.end(), day) - dates.begin());
    if (at > 0 && at < n) starts.push_back(at);
  }
  std::sort(starts.begin(), starts.end());
  starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
  size_t begin = 0;
  for (size_t s : starts) {
    out.emplace_back();
    out.back().begin = begin;
    out.back().end = s;
    begin = s;
  }
  out.emplace_back();
  out.back().begin = begin;
  out.back().end = n;
}

}  // namespace ics::spc
