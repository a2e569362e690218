// refnet check [--repair]: is the library sound?  SQLite's integrity check,
// then every stored record (each work's own view, each source) must decode
// and be valid UTF-8.  --repair re-derives a damaged view from its sources
// when they are sound; a damaged source is reported (its text is the user's
// import: nothing can be made up for it).
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "cli.hpp"
#include "refnet/text.hpp"

namespace refnet::cli {
namespace {

const CommandSpec kSpec{
    "check",
    "refnet check [options]",
    "check the library's file and every stored record; --repair what can be",
    "Runs SQLite's integrity check, then decodes every work's view and every\n"
    "source record.  A damaged view (a work whose record cannot be read) is\n"
    "re-derived from its sources by --repair when they are sound.  The search\n"
    "index is brought up to date first (the works changed since it was last read).\n\n"
    "exit status: 0 the library is sound (or was repaired); 1 problems remain.\n",
    {{"repair", nullptr, "re-derive damaged views from their sources (one transaction)"}},
    "refnet check\nrefnet check --repair\n"};

std::string problem_of(const std::string& json) {
  if (!is_valid_utf8(json)) return "not valid UTF-8";
  try {
    record_from_json(json);
  } catch (const RecordJsonError& e) {
    return e.what();
  }
  return {};
}

int run(const Args& args) {
  TerminalSafeOutput safe_output(std::cout);
  const bool repair = args.has("repair");
  Library lib = open_library(args, false, repair ? Library::Access::read_write : Library::Access::read_only);
  const bool json = args.json();
  std::size_t problems = 0, views = 0, sources = 0;
  std::vector<std::string> said;  // --json: the problems and repairs, as the text says them
  auto say = [&](const std::string& line) {
    if (json) said.push_back(line);
    else std::cout << lib.path() << ": " << line << "\n";
  };
  auto report = [&](const std::string& what) {
    ++problems;
    say("error: " + what);
  };
  lib.settle_search_index();  // so that the integrity check covers the index as a search sees it
  for (const auto& line : lib.integrity_check())
    if (line != "ok") report("integrity check: " + line);

  std::set<std::int64_t> bad_views, bad_sources_of;
  lib.each_stored([&](const Library::StoredRow& row) {
    std::string why = problem_of(row.json);
    bool view = row.kind == Library::StoredRow::Kind::view;
    (view ? views : sources) += 1;
    if (why.empty()) return;
    std::string work = "work " + std::to_string(row.work_id) + (row.citekey.empty() ? "" : " (" + row.citekey + ")");
    if (view) {
      bad_views.insert(row.work_id);
      report(work + ": its view is damaged: " + why);
    } else {
      bad_sources_of.insert(row.work_id);
      report("source " + std::to_string(row.id) + " of " + work + ", from " + row.where + ", is damaged: " + why);
    }
  });

  std::size_t repaired = 0;
  if (repair && !bad_views.empty()) {
    Library::Transaction t(lib);
    for (std::int64_t id : bad_views) {
      if (bad_sources_of.count(id)) {
        say("work " + std::to_string(id) + ": not repaired: a source of it is damaged too");
        continue;
      }
      lib.rederive_view(id);
      say("work " + std::to_string(id) + ": view re-derived from its sources");
      ++repaired;
    }
    t.commit();
  }
  std::size_t left = problems - repaired;
  if (json) {
    std::cout << "{\"library\":" << json_quote(lib.path()) << ",\"views\":" << views << ",\"sources\":" << sources
              << ",\"problems\":" << json_string_array(said);
    std::cout << ",\"repaired\":" << repaired << ",\"left\":" << left << "}\n";
    return left ? kFailure : kOk;
  }
  std::cout << "checked " << views << (views == 1 ? " view" : " views") << " and " << sources
            << (sources == 1 ? " source" : " sources") << ": " << problems
            << (problems == 1 ? " problem" : " problems");
  if (repair) std::cout << ", " << repaired << " repaired";
  else if (!bad_views.empty()) std::cout << " (--repair re-derives damaged views)";
  std::cout << "\n";
  return left ? kFailure : kOk;
}

const Registration reg{kSpec, run};

}  // namespace
}  // namespace refnet::cli
