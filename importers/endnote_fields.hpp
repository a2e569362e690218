// EndNote's fields kept in another form than EndNote XML (RefLib's JSON,
// importers/reflib_json.cpp), mapped to a Record by the EndNote XML reader's
// rules (importers/endnote_xml.cpp): one mapping for both.
#pragma once

#include <string>
#include <vector>

#include "refnet/diagnostics.hpp"
#include "refnet/record.hpp"

namespace refnet {

// One field by its EndNote XML name ("authors", "secondary-title",
// "pub-dates", "related-urls", "electronic-resource-num", ...); several
// values of one field (authors, keywords, URLs) separated by '\r', as
// EndNote's carriage returns separate them.
struct EndnoteField {
  std::string name;
  std::string value;
  std::size_t offset = 0;  // where the field is, in the whole text
};

struct EndnoteFields {
  std::string type_name;  // EndNote's reference type name ("Journal Article"); "" for none
  std::size_t offset = 0;       // the record's start
  std::size_t type_offset = 0;  // the type's
  std::vector<EndnoteField> fields;
};

// The record EndNote XML's reader would make of these fields; false when it
// has no title, creators, container, DOI or URL (nothing written into `r`
// that counts).  Diagnostics at the fields' offsets.
bool build_endnote_record(const EndnoteFields& in, Record& r, Diagnostics& diags);

}  // namespace refnet
