// refnet search QUERY: full-text search of the library (FTS5), best match first.
#include <iostream>

#include "cli.hpp"
#include "refnet/search.hpp"
#include "render.hpp"

namespace refnet::cli {
namespace {

CommandSpec make_spec() {
  CommandSpec spec{
      "search", "refnet search [options] QUERY...", "full-text search: title, abstract, keywords, authors, journal, DOI",
      "The words of QUERY must all occur (case and accents ignored); the best matches come first\n"
      "(bm25: a word in the title counts most, then keywords, authors, abstract).\n"
      "  word*            words starting so          \"a phrase\"   the words in this order\n"
      "  a OR b           either                     a NOT b      a without b\n"
      "  ( ... )          grouping                   a AND b      both (the same as 'a b')\n"
      "  field:term       in one field: title, author, keyword, abstract, container (journal),\n"
      "                   doi, year (year:2010-2015), type, key, incomplete (what a page lacked:\n"
      "                   incomplete:authors, incomplete:doi)\n"
      "The selection options narrow the matches further; --sort orders them otherwise.\n",
      kSelectionOptions};
  spec.options.insert(spec.options.end(), listing_options().begin(), listing_options().end());
  spec.examples =
      "refnet search e-government kazakhstan\n"
      "refnet search 'title:\"open data\" OR keyword:transparency' --year 2015-\n"
      "refnet search 'author:ernst NOT survey' --format keys\n"
      "refnet search 'netw* AND doi:10.1177/0020852317735595'\n";
  return spec;
}
const CommandSpec kSpec = make_spec();

int run(const Args& args) {
  std::string text;
  for (const auto& p : args.positionals()) text += (text.empty() ? "" : " ") + p;
  if (text.empty()) throw UsageError("no QUERY given");
  std::string match;
  try {
    match = to_fts5(text);
  } catch (const SearchQueryError& e) {
    throw UsageError("query, column " + std::to_string(e.column) + ": " + e.what() + "\n  " + text + "\n  " +
                     std::string(e.column - 1, ' ') + "^");
  }
  Library lib = open_library(args, false, Library::Access::read_only);
  Query q = selection_from_args(args, lib, nullptr, args.positionals().size());
  q.match = match;
  if (!args.has("sort")) q.order = Query::Order::rank;
  return show_works(lib, q, args);
}

const Registration reg{kSpec, run};

}  // namespace
}  // namespace refnet::cli
