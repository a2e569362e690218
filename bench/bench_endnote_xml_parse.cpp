// Parse-only speed of the EndNote XML importer on a realistic input: the
// records of an RIS corpus (generate it with ../shared/bench/gen_corpus.py)
// written as EndNote 20 writes XML -- the whole file on one line, every
// value in a <style> run, the library's bookkeeping in every record -- then
// parse_endnote_xml timed over it with a sink that only counts.  Prints one
// tab-separated line as import_bench does:
//   parse  endnote-xml  MB  records  seconds  MB/s  records/s  peak_RSS_MB
// Usage: bench_endnote_xml_parse CORPUS.ris [OUT.xml] [runs]
// (OUT.xml keeps the generated file, and is reused when it exists.)  Nothing
// is asserted; the figures are printed.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "refnet/diagnostics.hpp"
#include "refnet/encoding.hpp"
#include "refnet/importer.hpp"

namespace {

void escaped(std::string& out, const std::string& s) {
  for (char c : s) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (c == '\n') out += "&#xD;";
    else out += c;
  }
}

// <name><style face="normal" font="default" size="100%">value</style></name>
void field(std::string& out, const char* name, const std::string& value) {
  if (value.empty()) return;
  out += '<';
  out += name;
  out += "><style face=\"normal\" font=\"default\" size=\"100%\">";
  escaped(out, value);
  out += "</style></";
  out += name;
  out += '>';
}

void record(std::string& out, const refnet::Record& r, std::size_t n) {
  std::string num = std::to_string(n);
  out += "<record><database name=\"bench.enl\" path=\"C:\\Users\\bench\\bench.enl\">bench.enl</database>"
         "<source-app name=\"EndNote\" version=\"20.0\">EndNote</source-app><rec-number>" + num +
         "</rec-number><foreign-keys><key app=\"EN\" db-id=\"ef0apwsw1t2vtdepadyvvfsg9szdeaazdxax\">" + num +
         "</key></foreign-keys><ref-type name=\"Journal Article\">17</ref-type><contributors><authors>";
  for (const auto& a : r.authors) field(out, "author", a.is_literal() ? a.literal + "," : a.full_family() + ", " + a.given);
  out += "</authors></contributors><titles>";
  field(out, "title", r.title);
  field(out, "secondary-title", r.container_title);
  out += "</titles><periodical>";
  field(out, "full-title", r.container_title);
  out += "</periodical>";
  field(out, "pages", r.pages);
  field(out, "volume", r.volume);
  field(out, "number", r.issue);
  out += "<keywords>";
  for (const auto& k : r.keywords) field(out, "keyword", k);
  out += "</keywords><dates>";
  if (r.issued.year) field(out, "year", std::to_string(r.issued.year));
  out += "</dates>";
  std::string sn;
  for (const auto& s : r.issn) sn += (sn.empty() ? "" : "\n") + s + " (Linking)";
  field(out, "isbn", sn);
  field(out, "electronic-resource-num", r.doi);
  field(out, "abstract", r.abstract);
  out += "<urls><related-urls>";
  field(out, "url", r.url);
  out += "</related-urls></urls>";
  field(out, "remote-database-provider", "NLM");
  field(out, "language", r.language);
  out += "</record>";
}

}  // namespace

int main(int argc, char** argv) {
  using namespace refnet;
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s CORPUS.ris [OUT.xml] [runs]\n", argv[0]);
    return 2;
  }
  std::string cached = argc > 2 ? argv[2] : "";
  int runs = argc > 3 ? std::atoi(argv[3]) : 3;
  std::string xml;
  if (!cached.empty() && std::filesystem::exists(cached)) {
    xml = read_file(cached);
  } else {
    std::string ris = decode_text(read_file(argv[1])).text;
    Diagnostics d;
    d.set_source(argv[1], ris);
    xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" ?><xml><records>";
    std::size_t n = 0;
    parse_ris(ris, d, [&](Record&& r) { record(xml, r, ++n); });
    xml += "</records></xml>";
    if (!cached.empty()) std::ofstream(cached, std::ios::binary) << xml;
  }
  std::string text = decode_text(std::move(xml)).text;
  double mb = text.size() / 1e6, best = 1e30;
  std::size_t records = 0, rejected = 0;
  for (int i = 0; i < runs; ++i) {
    Diagnostics diags;
    diags.set_source("bench.xml", text);
    auto t0 = std::chrono::steady_clock::now();
    ParseStats s = parse_endnote_xml(text, diags, [](Record&&) {});
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (secs < best) best = secs;
    records = s.records;
    rejected = s.rejected;
  }
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  std::printf("parse\tendnote-xml\t%.1f\t%zu\t%.3f\t%.1f\t%.0f\t%.0f\t(rejected %zu, best of %d)\n", mb, records, best,
              mb / best, records / best, ru.ru_maxrss / 1024.0, rejected, runs);
  return 0;
}
