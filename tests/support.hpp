// Helpers shared by the tests: fixture paths, temporary directories, running
// the refnet binary.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "refnet/diagnostics.hpp"
#include "refnet/encoding.hpp"
#include "refnet/importer.hpp"
#include "refnet/record.hpp"

// Where the tests find the fixtures, the source tree and the built binary:
// defined in paths.cpp, the only file compiled with these paths, so that
// every other test object is the same in every checkout (and hits ccache).
namespace refnet::test::paths {
extern const char* const fixtures;
extern const char* const source_dir;
extern const char* const binary;
}  // namespace refnet::test::paths
#define REFNET_FIXTURES (::refnet::test::paths::fixtures)
#define REFNET_SOURCE_DIR (::refnet::test::paths::source_dir)
#define REFNET_BINARY (::refnet::test::paths::binary)

namespace refnet::test {

// Printable forms, so that a failed CHECK shows what differs.
inline std::string show(const std::vector<Creator>& names) {
  std::string out;
  for (const auto& c : names)
    out += "{" + c.particle + "|" + c.family + "|" + c.suffix + "|" + c.given + "|" + c.literal + "} ";
  return out;
}
// "Family, Given; Family, Given" (a literal name as written), the names a
// test reads person by person.
inline std::string family_given(const std::vector<Creator>& names) {
  std::string out;
  for (const Creator& c : names)
    out += (out.empty() ? "" : "; ") + (c.is_literal() ? c.literal : c.full_family() + ", " + c.given);
  return out;
}
inline std::string show(const Date& d) {
  return std::to_string(d.year) + "/" + std::to_string(d.month) + "/" + std::to_string(d.day) + "/" + d.text;
}

// The fields every round trip must give back, each its own CHECK.  Callers
// add what their format keeps beyond these (keys, extra fields, references).
inline void check_same_fields(const Record& a, const Record& b) {
  CHECK(a.type == b.type);
  CHECK(a.title == b.title);
  CHECK(a.container_title == b.container_title);
  CHECK(show(a.authors) == show(b.authors));
  CHECK(show(a.editors) == show(b.editors));
  CHECK(show(a.issued) == show(b.issued));
  CHECK(a.volume == b.volume);
  CHECK(a.issue == b.issue);
  CHECK(a.pages == b.pages);
  CHECK(a.publisher == b.publisher);
  CHECK(a.publisher_place == b.publisher_place);
  CHECK(a.issn == b.issn);
  CHECK(a.isbn == b.isbn);
  CHECK(a.doi == b.doi);
  CHECK(a.url == b.url);
  CHECK(a.abstract == b.abstract);
  CHECK(a.language == b.language);
  CHECK(a.keywords == b.keywords);
}

// The values of every extra field named `name`, in order.
inline std::vector<std::string> extra_values(const Record& r, std::string_view name) {
  std::vector<std::string> out;
  for (const auto& f : r.extra)
    if (f.name == name) out.push_back(f.value);
  return out;
}

// A diagnostic of severity `s` on `line` whose message holds `text`.
inline bool has_diag(const Diagnostics& d, Severity s, std::uint32_t line, std::string_view text) {
  for (const auto& x : d.items())
    if (x.severity == s && x.line == line && x.message.find(text) != std::string::npos) return true;
  return false;
}

inline std::string fixture(const std::string& rel) { return std::string(REFNET_FIXTURES) + "/" + rel; }

inline std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Sets (or unsets, with nullptr) an environment variable for a scope.
struct EnvVar {
  std::string name;
  std::optional<std::string> saved;
  EnvVar(std::string n, const char* value) : name(std::move(n)) {
    if (const char* v = std::getenv(name.c_str())) saved = v;
    if (value)
      setenv(name.c_str(), value, 1);
    else
      unsetenv(name.c_str());
  }
  ~EnvVar() {
    if (saved)
      setenv(name.c_str(), saved->c_str(), 1);
    else
      unsetenv(name.c_str());
  }
};

// A fresh directory under the system temp dir, removed at scope exit.
struct TempDir {
  std::filesystem::path path;
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "refnet-test-XXXXXX").string();
    path = mkdtemp(tmpl.data());
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
  std::string operator/(const std::string& name) const { return (path / name).string(); }
};

// Parses a fixture (decoded and detected as the CLI does) into records.
struct Parsed {
  std::vector<Record> records;
  Diagnostics diags;
  ParseStats stats;
  std::string text;
};
// How many of a parse's diagnostics say `part` (a test asks whether, or how often).
inline std::size_t said(const Parsed& p, std::string_view part) {
  std::size_t n = 0;
  for (const Diagnostic& d : p.diags.items()) n += d.message.find(part) != std::string::npos;
  return n;
}
// The first record whose title starts with `start`, or null.
inline const Record* titled(const std::vector<Record>& records, std::string_view start) {
  for (const Record& r : records)
    if (r.title.rfind(start, 0) == 0) return &r;
  return nullptr;
}
inline Parsed parse_file(const std::string& path, Format forced = Format::unknown) {
  Parsed p;
  p.text = decode_text(slurp(path)).text;
  p.diags.set_source(path, p.text);
  p.stats = import_text(p.text, forced, p.diags, [&](Record&& r) { p.records.push_back(std::move(r)); });
  return p;
}
inline Parsed parse_string(std::string text, Format forced = Format::unknown) {
  Parsed p;
  p.text = decode_text(std::move(text)).text;
  p.diags.set_source("<test>", p.text);
  p.stats = import_text(p.text, forced, p.diags, [&](Record&& r) { p.records.push_back(std::move(r)); });
  return p;
}

// One parser (parse_ris, parse_medline, ...) run on decoded text, without
// detection.
template <typename Parse>
inline Parsed parse_with(std::string text, Parse&& parse) {
  Parsed p;
  p.text = decode_text(std::move(text)).text;
  p.diags.set_source("<test>", p.text);
  p.stats = parse(p.text, p.diags, [&](Record&& r) { p.records.push_back(std::move(r)); });
  return p;
}

struct CommandResult {
  int status = -1;
  std::string out;  // stdout
  std::string err;  // stderr
};
// Runs the refnet binary with a shell-quoted argument string; stdin from
// `input` when given.
inline CommandResult run_refnet(const std::string& args, const std::string& input = {}) {
  TempDir tmp;
  std::string in = tmp / "stdin", out = tmp / "stdout", err = tmp / "stderr";
  { std::ofstream(in, std::ios::binary) << input; }
  std::string cmd = std::string("'") + REFNET_BINARY + "' " + args + " <'" + in + "' >'" + out + "' 2>'" + err + "'";
  int rc = std::system(cmd.c_str());
  CommandResult r;
  r.status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
  r.out = slurp(out);
  r.err = slurp(err);
  return r;
}

// The citation, co-citation and coupling networks of two libraries are the
// same files (nodes and links); each nodes file holds more than `min_bytes`.
inline void check_same_networks(const TempDir& tmp, const std::string& lib_a, const std::string& lib_b,
                                std::size_t min_bytes) {
  auto quote = [](const std::string& s) { return "'" + s + "'"; };
  for (const char* type : {"citation", "cocitation", "coupling"}) {
    INFO(type);
    std::string common = std::string("network ") + type + " --seed 1 -o ";
    auto x = run_refnet(common + quote(tmp / "a.csv") + " --library " + quote(lib_a));
    auto y = run_refnet(common + quote(tmp / "b.csv") + " --library " + quote(lib_b));
    REQUIRE(x.status == 0);
    REQUIRE(y.status == 0);
    CHECK(slurp(tmp / "a.csv").size() > min_bytes);
    CHECK(slurp(tmp / "a.csv") == slurp(tmp / "b.csv"));
    CHECK(slurp(tmp / "a_links.csv") == slurp(tmp / "b_links.csv"));
  }
}

}  // namespace refnet::test
