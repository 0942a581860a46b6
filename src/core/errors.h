#pragma once
// Errors that carry their place, so a user can go straight to the bad cell.
#include <stdexcept>
#include <string>
#include <vector>

namespace ics {

// One problem in an input: "file:line:column: message". line/column are 1-based; 0 means "not known".
struct InputProblem {
  std::string source;
  int line = 0;
  int column = 0;
  std::string message;

  std::string to_string() const;
};

// Thrown for bad input (exit code 2). Holds every problem found, not just the first.
class InputError : public std::runtime_error {
 public:
  explicit InputError(std::vector<InputProblem> problems);
  explicit InputError(InputProblem problem);
  explicit InputError(const std::string& message);  // a problem with no place (e.g. a bad option)
  const std::vector<InputProblem>& problems() const { return problems_; }

 private:
  std::vector<InputProblem> problems_;
};

// Collects problems while reading a whole file, then throws them together.
class ProblemList {
 public:
  void add(std::string source, int line, int column, std::string message);
  bool empty() const { return problems_.empty(); }
  size_t size() const { return problems_.size(); }
  void throw_if_any() const;  // throws InputError holding every problem collected
 private:
  std::vector<InputProblem> problems_;
};

}  // namespace ics
