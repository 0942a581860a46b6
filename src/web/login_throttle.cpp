#include "web/login_throttle.h"

#include <algorithm>

namespace ics::web {

bool LoginThrottle::locked(const std::map<std::string, Failures>& table, const std::string& key,
                           Clock::time_point now) {
  const auto it = table.find(key);
  return it != table.end() && it->second.locked_until > now;
}

void LoginThrottle::add_failure(std::map<std::string, Failures>& table, const std::string& key,
                                Clock::time_point now) {
  Failures& f = table[key];
  std::erase_if(f.recent, [now](Clock::time_point t) { return now - t >= kWindow; });
  f.recent.push_back(now);
  if (f.recent.size() >= kMaxFailures) {
    f.locked_until = now + kLockout;
    f.recent.clear();  // after the lockout the count starts afresh
  }
}

void LoginThrottle::prune(std::map<std::string, Failures>& table, Clock::time_point now) {
  std::erase_if(table, [now](const auto& entry) {
    const Failures& f = entry.second;
    const bool any_recent = std::any_of(f.recent.begin(), f.recent.end(), [now](Clock::time_point t) { return now - t < kWindow; });
    return !any_recent && f.locked_until <= now;
  });
}

bool LoginThrottle::blocked(const std::string& name, const std::string& address, Clock::time_point now) {
  std::lock_guard lock(mutex_);
  return locked(by_name_, name, now) || locked(by_address_, address, now);
}

void LoginThrottle::record_failure(const std::string& name, const std::string& address, Clock::time_point now) {
  std::lock_guard lock(mutex_);
  add_failure(by_name_, name, now);
  add_failure(by_address_, address, now);
  if (++writes_since_prune_ >= 1000) {
    prune(by_name_, now);
    prune(by_address_, now);
    writes_since_prune_ = 0;
  }
}

void LoginThrottle::record_success(const std::string& name) {
  std::lock_guard lock(mutex_);
  by_name_.erase(name);
}

}  // namespace ics::web
