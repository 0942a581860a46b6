#pragma once
// The synthetic population's random numbers: xoshiro256** streams seeded by splitmix64, with our own
// uniform, normal, exponential, Poisson and Bernoulli draws, because <random>'s distributions give
// different numbers on different standard libraries and the population must be the same everywhere.
#include <cmath>
#include <cstdint>

namespace ics::phm {

// splitmix64's step: a good 64-bit mix, used to seed streams from (seed, stream index).
inline uint64_t splitmix64(uint64_t& state) {
  uint64_t z = (state += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

// One independent stream (xoshiro256**), e.g. one per person, so output does not depend on threads.
class RandomStream {
 public:
  RandomStream(uint64_t seed, uint64_t stream) {
    uint64_t s = seed ^ (stream * 0xD1B54A32D192ED03ull + 0x8CB92BA72F3D8DD7ull);
    splitmix64(s);
    for (auto& word : state_) word = splitmix64(s);
  }

  uint64_t next() {
    const uint64_t result = rotl(state_[1] * 5, 7) * 9;
    const uint64_t t = state_[1] << 17;
    state_[2] ^= state_[0];
    state_[3] ^= state_[1];
    state_[1] ^= state_[2];
    state_[0] ^= state_[3];
    state_[2] ^= t;
    state_[3] = rotl(state_[3], 45);
    return result;
  }

  // Uniform on [0, 1) with 53 random bits.
  double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
  // Uniform whole number in [0, n) (n > 0); the tiny modulo bias is irrelevant here.
  uint64_t below(uint64_t n) { return n <= 1 ? 0 : next() % n; }
  // Uniform whole number in [low, high] (low <= high).
  int64_t between(int64_t low, int64_t high) { return low + static_cast<int64_t>(below(static_cast<uint64_t>(high - low + 1))); }
  bool bernoulli(double p) { return uniform() < p; }
  // Standard normal (Box-Muller, one of the pair).
  double normal() {
    const double u1 = 1.0 - uniform();  // (0, 1]
    const double u2 = uniform();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
  }
  double exponential(double mean) { return -std::log(1.0 - uniform()) * mean; }
  // Poisson(mean): multiplication of uniforms for small means, a rounded normal for large ones.
  uint32_t poisson(double mean) {
    if (mean <= 0) return 0;
    if (mean > 40) {
      const double x = std::floor(mean + std::sqrt(mean) * normal() + 0.5);
      return x < 0 ? 0 : static_cast<uint32_t>(x);
    }
    const double limit = std::exp(-mean);
    uint32_t k = 0;
    double product = uniform();
    while (product > limit) {
      ++k;
      product *= uniform();
    }
    return k;
  }

 private:
  static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  uint64_t state_[4];
};

}  // namespace ics::phm
