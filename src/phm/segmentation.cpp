// PLACEHOLDER (issue 5): the owner replaces this whole file with the implementation.
#include "phm/segmentation.h"

#include <stdexcept>

namespace ics::phm {
namespace {
[[noreturn]] void not_built(const char* what) { throw std::logic_error(std::string(what) + " is not built yet"); }
}  // namespace

Segment segment_of(const PersonFacts&) { not_built("segment_of"); }
std::string segment_label(Segment) { not_built("segment_label"); }
std::string_view segment_key(Segment) { not_built("segment_key"); }
std::vector<Segment> segment_population(const std::vector<PersonFacts>&) { not_built("segment_population"); }
SegmentSummary summarise_segments(const Population&, const std::vector<PersonFacts>&, const std::vector<Segment>&, Date) { not_built("summarise_segments"); }
}  // namespace ics::phm
