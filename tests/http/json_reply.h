#pragma once
// An HTTP answer read as JSON, for the API tests: the status, the parsed body (discarded if it is not
// JSON) and the raw text for failure messages.
#include <gtest/gtest.h>
#include <httplib.h>

#include <nlohmann/json.hpp>
#include <string>

namespace ics::web::http_test {

struct Reply {
  int status = 0;
  nlohmann::json body;
  std::string text;
};

// The answer as a Reply; no answer at all is a test failure and an empty Reply.
inline Reply reply_of(const httplib::Result& r) {
  EXPECT_TRUE(r);
  if (!r) return {};
  return Reply{r->status, nlohmann::json::parse(r->body, nullptr, false), r->body};
}

}  // namespace ics::web::http_test
