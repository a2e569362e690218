// refnet stats: what the library holds.
#include <iostream>

#include "cli.hpp"
#include "refnet/network_build.hpp"

namespace refnet::cli {
namespace {

const CommandSpec kSpec{"stats", "refnet stats [options]", "summarize the library", "", {},
    "refnet stats\nrefnet stats --json\n"};

std::string pairs_json(const std::vector<std::pair<std::string, std::int64_t>>& v) {
  std::string out = "[";
  for (std::size_t i = 0; i < v.size(); ++i)
    out += (i ? "," : "") + ("[" + json_quote(v[i].first) + "," + std::to_string(v[i].second) + "]");
  return out + "]";
}

void table(const char* title, const std::vector<std::pair<std::string, std::int64_t>>& v) {
  if (v.empty()) return;
  std::cout << title << ":\n";
  for (const auto& [name, n] : v) std::cout << "  " << n << "\t" << name << "\n";
}

int run(const Args& args) {
  TerminalSafeOutput safe_output(std::cout);  // imported text never drives the terminal
  Library lib = open_library(args, false, Library::Access::read_only);
  LibraryStats s = lib.stats();
  // Your corrections (set, unset, edit) are sources of format "user", not imported records.
  std::int64_t user = 0;
  for (const auto& [format, count] : s.formats)
    if (format == "user") user = count;
  if (args.json()) {
    std::cout << "{\"library\":" << json_quote(lib.path()) << ",\"schema_version\":" << lib.schema_version()
              << ",\"works\":" << s.works << ",\"merged\":" << s.merged << ",\"trashed\":" << s.trashed
              << ",\"sources\":" << s.sources << ",\"source_records\":" << (s.sources - user) << ",\"corrections\":" << user
              << ",\"with_doi\":" << s.with_doi
              << ",\"with_abstract\":" << s.with_abstract << ",\"references\":" << s.references
              << ",\"references_with_doi\":" << s.references_with_doi << ",\"imports\":" << s.imports
              << ",\"year_min\":" << s.year_min << ",\"year_max\":" << s.year_max << ",\"types\":" << pairs_json(s.types)
              << ",\"formats\":" << pairs_json(s.formats) << ",\"top_keywords\":" << pairs_json(s.top_keywords) << ",\"check_tags_left_out\":" << pairs_json(s.check_tags)
              << ",\"top_containers\":" << pairs_json(s.top_containers) << "}\n";
    return kOk;
  }
  std::cout << "library:     " << lib.path() << " (schema " << lib.schema_version() << ")\n"
            << "works:       " << s.works << " (" << (s.sources - user) << " source records from " << s.imports
            << (s.imports == 1 ? " import" : " imports")
            << (user ? ", " + std::to_string(user) + (user == 1 ? " correction" : " corrections") + " of yours" : "")
            << "; " << s.merged << " merged into others" << (s.trashed ? "; " + std::to_string(s.trashed) + " in the trash" : "")
            << ")\n"
            << "with DOI:    " << s.with_doi << "\n"
            << "abstracts:   " << s.with_abstract << "\n"
            << "references:  " << s.references << " (" << s.references_with_doi << " with DOI)\n";
  if (s.year_min) std::cout << "years:       " << s.year_min << "-" << s.year_max << "\n";
  table("types", s.types);
  table("source formats", s.formats);
  table("top keywords", s.top_keywords);
  if (!s.check_tags.empty()) {
    std::vector<CheckTagCount> tags;
    for (const auto& [label, works] : s.check_tags) tags.push_back({label, std::size_t(works)});
    std::cout << "  (" << check_tags_left_out(tags) << ", which say whom a study is of, not its topic, as the keyword maps leave them out)\n";
  }
  table("top containers", s.top_containers);
  return kOk;
}

const Registration reg{kSpec, run};

}  // namespace
}  // namespace refnet::cli
