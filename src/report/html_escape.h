#pragma once
// Escaping text for HTML and SVG (XML) output. Every string that did not come from our own templates goes
// through here before it reaches a page, so a metric or organisation name can never inject markup.
#include <string>
#include <string_view>

namespace ics::report {

// Replaces & < > " ' with character references; safe in element content and in quoted attributes.
std::string html_escape(std::string_view text);

}  // namespace ics::report
