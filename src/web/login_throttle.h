#pragma once
// Login throttling, in memory: after kMaxFailures failed sign-ins for one name or from one address
// within kWindow, further attempts for that name or address are refused for kLockout. Thread-safe.
// Times are passed in, so the rule can be tested without waiting.
#include <chrono>
#include <cstddef>
#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace ics::web {

class LoginThrottle {
 public:
  using Clock = std::chrono::steady_clock;
  static constexpr size_t kMaxFailures = 5;
  static constexpr std::chrono::minutes kWindow{15};
  static constexpr std::chrono::minutes kLockout{15};

  // True when the name or the address is locked out at `now`.
  bool blocked(const std::string& name, const std::string& address, Clock::time_point now);
  // Counts a failed attempt against both the name and the address.
  void record_failure(const std::string& name, const std::string& address, Clock::time_point now);
  // A successful sign-in clears the name's failures (not the address's: one good account must not
  // reset an address that is guessing others).
  void record_success(const std::string& name);

 private:
  struct Failures {
    std::vector<Clock::time_point> recent;  // within kWindow of the latest
    Clock::time_point locked_until{};
  };
  static bool locked(const std::map<std::string, Failures>& table, const std::string& key, Clock::time_point now);
  static void add_failure(std::map<std::string, Failures>& table, const std::string& key, Clock::time_point now);
  // Drops entries with nothing recent and no lockout, so memory stays bounded by recent attackers.
  static void prune(std::map<std::string, Failures>& table, Clock::time_point now);

  std::mutex mutex_;
  std::map<std::string, Failures> by_name_;
  std::map<std::string, Failures> by_address_;
  size_t writes_since_prune_ = 0;
};

}  // namespace ics::web
