// refnet's own RIS export read back (issue 11, user59).  RIS ties an address
// to no name, so the RIS export writes a work's creators' addresses (Web of
// Science's C1, Scopus's affiliations, a MEDLINE author's AD), each once, as
// AD lines, or else the addresses a source gave apart from the names
// (extra_fields.hpp's address_fields); the RIS reader keeps AD lines as extra
// "AD".  Read back into the library, those lines are the work's addresses,
// not news from a source: before user59 each joined the work's view as a
// second copy (the 50 works of a Web of Science export gained 179 AD values,
// a systematic review's 164 works were "updated").
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "refnet/record.hpp"

namespace refnet {

// The addresses refnet's RIS export writes for the work whose view is
// `view` (creators and extra fields read), and those its sources already
// hold as AD: white space collapsed.
std::vector<std::string> written_addresses(const Record& view);

// Removes from `entry` (an RIS record read back) its AD values that are
// among `addresses`, but those `kept` holds too (the reading stored before,
// which is the source's own).  Returns how many were removed.
std::size_t drop_written_addresses(Record& entry, const std::vector<std::string>& addresses,
                                   const Record* kept = nullptr);

}  // namespace refnet
