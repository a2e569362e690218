// Readers of every selected work that need a few fields of its view, beside
// Library::each() (which decodes whole parts): the keyword map, export's
// crossref checks.
#pragma once

#include <cstdint>
#include <functional>
#include <initializer_list>
#include <string_view>

#include "refnet/record.hpp"
#include "refnet/store.hpp"

namespace refnet {

// As record_from_json(json, parts), but of the record's text fields (the
// strings and lists of strings: title, container_title, volume, url,
// keywords, citekey, ...) only those named in `text` are read; the others
// are checked as JSON and left empty.  The date, provenance and
// title_nocase are always read, so the records that throw are those
// record_from_json throws on.
Record record_fields_from_json(std::string_view json, const RecordParts& parts,
                               std::initializer_list<std::string_view> text);

// As each(q, parts, ...), with each view decoded by record_fields_from_json
// (`text`): fn(id, key, record) for each live work `q` selects, in q.order.
// A view that cannot be read is left to each(), which names it and counts
// it skipped, as it would have.  Returns false, having called nothing, when
// `q` filters on what only a whole record says (texts, incomplete works, an
// author named with a given name): each() is the way then.
bool each_view_fields(Library& lib, const Query& q, const RecordParts& parts,
                      std::initializer_list<std::string_view> text,
                      const std::function<void(std::int64_t id, std::string_view key, const Record& r)>& fn);

}  // namespace refnet
