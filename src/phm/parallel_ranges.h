#pragma once
// Implementation of phm::parallel_ranges (declared in person_facts.h): plain std::thread chunks, because
// the engines' loops are simple and independent per person.
#include <algorithm>
#include <thread>
#include <vector>

namespace ics::phm {

template <class Body>
void parallel_ranges(size_t count, unsigned threads, Body body) {
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  if (threads == 1 || count < 4096) {
    body(size_t{0}, count);
    return;
  }
  std::vector<std::thread> workers;
  size_t chunk = (count + threads - 1) / threads;
  for (unsigned t = 0; t < threads; ++t) {
    size_t begin = t * chunk, end = std::min(count, begin + chunk);
    if (begin >= end) break;
    workers.emplace_back([&body, begin, end] { body(begin, end); });
  }
  for (auto& w : workers) w.join();
}

}  // namespace ics::phm
