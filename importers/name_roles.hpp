// A role written after a name, inside the name's field: ACM's reference
// format names a volume's editors so ("Shujun Li, Kovila Coopamootoo, and
// Michael Sirivianos (Eds.)", copied into a table: crossdb's
// unlearning__acm.csv, 8 rows, one name each kept whole as "Michael
// Sirivianos (Eds.)"); "(Ed.)", "(eds)", "(Hrsg.)", "(Hg.)", "(éd.)",
// "(editors)" likewise.  The role is no part of the name.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "refnet/record.hpp"

namespace refnet {

// The role word in parentheses that ends `name` ("Eds.", "Hrsg."), empty
// when none; `before` is the name without it.
std::string_view role_after_name(std::string_view name, std::string_view& before);

struct NameRoles {
  std::size_t names = 0;  // names cleaned of their role
  std::string first;      // the first such name, as written
  std::string role;       // its role, as written
  bool made_editors = false;  // the record's authors were its editors
};

// The names of `r` cleaned of a role after them, a name kept whole for it
// split as a person's (parse_ris_name).  Authors whose list ends in an
// editors' role ("(Eds.)" after the last name, or one "(Ed.)" alone), or
// each of whom carries one, are the record's editors where it has none.
NameRoles read_roles_in_names(Record& r);

}  // namespace refnet
