// Login throttling: 5 failures for a name or an address within 15 minutes lock it for 15 minutes.
#include "web/login_throttle.h"

#include <gtest/gtest.h>

namespace ics::web {
namespace {

using std::chrono::minutes;
using std::chrono::seconds;

const LoginThrottle::Clock::time_point t0{};

TEST(LoginThrottle, FifthFailureForANameLocksItForFifteenMinutes) {
  LoginThrottle throttle;
  for (int i = 0; i < 4; ++i) throttle.record_failure("ann", "10.0.0." + std::to_string(i), t0 + minutes(i));
  EXPECT_FALSE(throttle.blocked("ann", "10.0.0.9", t0 + minutes(4)));
  throttle.record_failure("ann", "10.0.0.4", t0 + minutes(4));
  EXPECT_TRUE(throttle.blocked("ann", "10.0.0.9", t0 + minutes(4)));
  EXPECT_TRUE(throttle.blocked("ann", "10.0.0.9", t0 + minutes(18)));
  EXPECT_FALSE(throttle.blocked("bob", "10.0.0.9", t0 + minutes(5)));
  EXPECT_FALSE(throttle.blocked("ann", "10.0.0.9", t0 + minutes(19)));
}

TEST(LoginThrottle, FifthFailureFromAnAddressLocksEveryName) {
  LoginThrottle throttle;
  for (const char* name : {"a", "b", "c", "d", "e"}) throttle.record_failure(name, "192.0.2.1", t0);
  EXPECT_TRUE(throttle.blocked("someone-else", "192.0.2.1", t0 + seconds(1)));
  EXPECT_FALSE(throttle.blocked("someone-else", "192.0.2.2", t0 + seconds(1)));
}

TEST(LoginThrottle, FailuresOlderThanTheWindowDoNotCount) {
  LoginThrottle throttle;
  for (int i = 0; i < 4; ++i) throttle.record_failure("ann", "a", t0);
  throttle.record_failure("ann", "a", t0 + minutes(15));
  EXPECT_FALSE(throttle.blocked("ann", "a", t0 + minutes(15)));
}

TEST(LoginThrottle, SuccessResetsTheNameButNotTheAddress) {
  LoginThrottle throttle;
  for (int i = 0; i < 4; ++i) throttle.record_failure("ann", "a", t0);
  throttle.record_success("ann");
  throttle.record_failure("ann", "b", t0 + seconds(1));
  EXPECT_FALSE(throttle.blocked("ann", "b", t0 + seconds(2)));
  throttle.record_failure("zed", "a", t0 + seconds(3));  // the address's fifth failure
  EXPECT_TRUE(throttle.blocked("ann", "a", t0 + seconds(4)));
}

}  // namespace
}  // namespace ics::web
