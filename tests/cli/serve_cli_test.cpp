// `ics serve`: prints the URL it serves (port 0 picks a free one), answers, and stops cleanly on SIGTERM;
// a port another server holds is refused with exit code 2.
#include <gtest/gtest.h>
#include <httplib.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <regex>

#include "cli_runner.h"

namespace ics {
namespace {

using testing::ScratchDir;

// Starts `ics serve` with stdout on a pipe; returns its pid and the first line it printed.
pid_t start_server(const std::string& db, std::string& first_line) {
  int fds[2];
  if (::pipe(fds) != 0) return -1;
  const pid_t pid = ::fork();
  if (pid == 0) {
    ::dup2(fds[1], STDOUT_FILENO);
    ::close(fds[0]);
    ::close(fds[1]);
    ::execl(ICS_BINARY, ICS_BINARY, "serve", "--db", db.c_str(), "--port", "0", static_cast<char*>(nullptr));
    ::_exit(127);
  }
  ::close(fds[1]);
  char c;
  while (::read(fds[0], &c, 1) == 1 && c != '\n') first_line += c;
  ::close(fds[0]);
  return pid;
}

TEST(ServeCli, PrintsItsUrlServesAndStopsOnSigterm) {
  ScratchDir dir;
  std::string line;
  const pid_t pid = start_server(dir.file("ics.db"), line);
  ASSERT_GT(pid, 0);
  // Whatever an assertion does below, the server does not outlive the test.
  struct Reaper {
    pid_t pid;
    bool reaped = false;
    ~Reaper() {
      if (!reaped) {
        ::kill(pid, SIGKILL);
        ::waitpid(pid, nullptr, 0);
      }
    }
  } reaper{pid};
  std::smatch m;
  ASSERT_TRUE(std::regex_match(line, m, std::regex(R"(Serving ics on http://127\.0\.0\.1:(\d+))"))) << line;
  const int port = std::stoi(m[1]);
  httplib::Client client("127.0.0.1", port);
  auto r = client.Get("/healthz");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->body, "ok");

  // A second server on the same port is refused.
  const auto second = testing::run_ics("serve --db '" + dir.file("ics.db") + "' --port " + std::to_string(port), dir);
  EXPECT_EQ(second.exit_code, 2);
  EXPECT_NE(second.err.find("cannot listen"), std::string::npos) << second.err;

  ::kill(pid, SIGTERM);
  int status = 0;
  ASSERT_EQ(::waitpid(pid, &status, 0), pid);
  reaper.reaped = true;
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);
}

}  // namespace
}  // namespace ics
