#pragma once
// The frame every page shares: the NHS.UK header with the service name and navigation, the width
// container, and the footer, linking the NHS.UK frontend CSS/JS served from /assets.
#include <optional>
#include <string>
#include <vector>

#include "web/web_server.h"

namespace ics::web {

struct LayoutContext {
  std::string service_name;
  std::vector<NavItem> nav;
  std::string current_href;  // the nav item to mark as current; "" for none
  // The header's account area: "Signed in as NAME (role)" with a sign-out form carrying the CSRF
  // token, or, when absent (the public), a "Sign in" link.
  struct SignedIn {
    std::string name;
    std::string role;
    std::string csrf_token;
  };
  std::optional<SignedIn> signed_in;
};

// A complete HTML document. title is escaped here; body_html is inserted as is (callers escape their text).
std::string page_layout(const LayoutContext& context, const std::string& title, const std::string& body_html);

}  // namespace ics::web
