#pragma once
// Seeded choices for the governance demo. std::mt19937's output is fixed by the C++ standard, but the
// standard distributions are not (they differ between library versions), so the few this demo needs are
// written here: the same seed gives the same demo everywhere.
#include <cstdint>
#include <random>
#include <vector>

namespace ics::demo {

class DemoRandom {
 public:
  explicit DemoRandom(uint32_t seed) : engine_(seed) {}

  // A whole number in [0, n); n must be positive. Multiply-and-shift maps 32 random bits onto the range.
  int below(int n) {
    return static_cast<int>((static_cast<uint64_t>(next32()) * static_cast<uint64_t>(n)) >> 32);
  }
  // A whole number in [low, high], inclusive.
  int between(int low, int high) { return low + below(high - low + 1); }
  // True with probability p.
  bool chance(double p) { return static_cast<double>(next32()) < p * 4294967296.0; }
  // One element of a non-empty vector.
  template <class T>
  const T& pick(const std::vector<T>& values) {
    return values[static_cast<size_t>(below(static_cast<int>(values.size())))];
  }

 private:
  uint32_t next32() { return static_cast<uint32_t>(engine_()); }
  std::mt19937 engine_;
};

}  // namespace ics::demo
