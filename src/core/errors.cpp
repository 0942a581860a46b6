#include "core/errors.h"

namespace ics {
namespace {
std::string join(const std::vector<InputProblem>& problems) {
  std::string out;
  for (const auto& p : problems) {
    if (!out.empty()) out += '\n';
    out += p.to_string();
  }
  return out;
}
}  // namespace

std::string InputProblem::to_string() const {
  std::string out;
  if (!source.empty()) {
    out += source;
    if (line > 0) out += ':' + std::to_string(line);
    if (line > 0 && column > 0) out += ':' + std::to_string(column);
    out += ": ";
  }
  return out + message;
}

InputError::InputError(std::vector<InputProblem> problems)
    : std::runtime_error(join(problems)), problems_(std::move(problems)) {}
InputError::InputError(InputProblem problem) : InputError(std::vector<InputProblem>{std::move(problem)}) {}
InputError::InputError(const std::string& message) : InputError(InputProblem{"", 0, 0, message}) {}

void ProblemList::add(std::string source, int line, int column, std::string message) {
  problems_.push_back({std::move(source), line, column, std::move(message)});
}

void ProblemList::throw_if_any() const {
  if (!problems_.empty()) throw InputError(problems_);
}

}  // namespace ics
