// Importing files into a library as `refnet import` does, for the tests of
// merge, dedup and ingest.
#pragma once

#include <string>
#include <vector>

#include "refnet/ingest.hpp"
#include "refnet/merge.hpp"
#include "refnet/store.hpp"
#include "support.hpp"

namespace refnet::test {

// Every value a merged view lists for a field: the one used, then the others
// the sources gave.
inline std::vector<std::string> listed_for(const MergedView& mv, const std::string& field) {
  std::vector<std::string> out;
  for (const FieldChoice& c : mv.choices)
    if (c.field == field) {
      out.push_back(c.value);
      for (const auto& alt : c.alternatives) out.push_back(alt.second);
    }
  return out;
}

// Imports files through the one ingest path, in one transaction (@string
// macros and crossref targets of earlier files are seen by later ones).
inline void import_files(Library& lib, const std::vector<std::string>& files, bool merge_by_doi = true) {
  Library::Transaction tx(lib);
  Ingest ingest(lib, merge_by_doi);
  BibtexContext ctx;
  BibtexOptions opt;
  opt.context = &ctx;
  for (const auto& f : files) {
    std::string text = decode_text(slurp(f)).text;
    Diagnostics d;
    d.set_source(f, text);
    import_text(text, Format::unknown, d, [&](Record&& r) { ingest.add(std::move(r)); }, opt);
  }
  tx.commit();
}

}  // namespace refnet::test
