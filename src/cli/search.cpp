// refnet search QUERY: full-text search of the library (FTS5), best match first.
#include <cctype>
#include <iostream>
#include <sstream>
#include <string>

#include "cli.hpp"
#include "refnet/search.hpp"
#include "render.hpp"

namespace refnet::cli {
namespace {

// A word of QUERY with its ending cut and '*' after it, so that its other
// endings match ("networks" -> "network*", "policy" -> "polic*",
// "analyses" -> "analys*"); the word itself when it is an operator, holds
// anything but letters, or is shorter than 3 letters.
std::string any_ending(const std::string& word) {
  if (word == "AND" || word == "OR" || word == "NOT" || word.size() < 3) return word;
  for (unsigned char c : word)
    if (!(std::isalpha(c) || c >= 0x80)) return word;
  auto ends = [&](const char* e) {
    const std::size_t n = std::char_traits<char>::length(e);
    return word.size() > n + 2 && word.compare(word.size() - n, n, e) == 0;
  };
  std::string stem = word;
  if (ends("ies")) stem.resize(word.size() - 3);
  else if (ends("es")) stem.resize(word.size() - 2);
  else if (ends("s") && !ends("ss")) stem.resize(word.size() - 1);
  else if (ends("y")) stem.resize(word.size() - 1);
  return stem + "*";
}

// A search that found nothing: the same words with any ending, when they
// find works (user68: 'networks' found 0 works beside "network analysis",
// and only "0 works" was said: the index matches words as written).
void tell_other_endings(Library& lib, Query q, const std::string& text) {
  std::string wider;
  std::istringstream words(text);
  for (std::string w; words >> w;) wider += (wider.empty() ? "" : " ") + any_ending(w);
  if (wider == text) return;
  try {
    q.match = to_fts5(wider);
  } catch (const SearchQueryError&) {
    return;
  }
  const std::int64_t n = lib.count(q);
  if (n == 0) return;
  std::cerr << "refnet search: words are matched as written, no plural or other ending merged: '" << wider
            << "' (words starting so) finds " << n << (n == 1 ? " work" : " works") << "\n";
}

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
      "Words match as written: 'network' does not find 'networks' (write network*); a search that\n"
      "finds nothing says what its words with any ending find.\n"
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
  const int status = show_works(lib, q, args);
  if (!args.json() && lib.count(q) == 0) tell_other_endings(lib, q, text);
  return status;
}

const Registration reg{kSpec, run};

}  // namespace
}  // namespace refnet::cli
