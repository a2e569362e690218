// Benchmark inputs in PubMed's two formats, made from a generated corpus
// (../shared/bench/gen_corpus.py writes BibTeX, RIS and Crossref JSON only):
// the corpus is imported, and each record written back as PubMed writes it,
// with the fields PubMed exports carry (status lines, history dates, MeSH,
// wrapped lines, affiliations), so that the parse times are those of real
// exports.  Used by bench_medline_parse and bench_pubmed_xml_parse.
#pragma once

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "refnet/diagnostics.hpp"
#include "refnet/encoding.hpp"
#include "refnet/importer.hpp"
#include "parse_bench.hpp"

namespace refnet::bench {

inline std::vector<Record> load_corpus(const std::string& path) {
  std::string text = decode_text(read_file(path)).text;
  Diagnostics diags;
  diags.set_source(path, text);
  std::vector<Record> out;
  import_text(text, Format::unknown, diags, [&](Record&& r) { out.push_back(std::move(r)); });
  return out;
}

// A MEDLINE field: the value wrapped at 80 columns, continuation lines
// indented six spaces, as PubMed writes them.
inline void medline_field(std::string& out, const char* tag, const std::string& value) {
  char head[8];
  std::snprintf(head, sizeof head, "%-4s- ", tag);
  out += head;
  std::size_t col = 6, i = 0;
  while (i < value.size()) {
    std::size_t sp = value.find(' ', i);
    if (sp == std::string::npos) sp = value.size();
    std::size_t len = sp - i;
    if (col > 6 && col + 1 + len > 80) {
      out += "\n      ";
      col = 6;
    } else if (col > 6) {
      out += ' ';
      ++col;
    }
    out.append(value, i, len);
    col += len;
    i = sp + 1;
  }
  out += '\n';
}

inline std::string to_medline(const std::vector<Record>& records) {
  std::string out;
  std::size_t pmid = 10000000;
  for (const Record& r : records) {
    std::string id = std::to_string(++pmid);
    medline_field(out, "PMID", id);
    medline_field(out, "OWN", "NLM");
    medline_field(out, "STAT", "MEDLINE");
    medline_field(out, "DCOM", "20220101");
    medline_field(out, "LR", "20220102");
    for (const auto& s : r.issn) medline_field(out, "IS", s + " (Print)");
    if (!r.volume.empty()) medline_field(out, "VI", r.volume);
    if (!r.issue.empty()) medline_field(out, "IP", r.issue);
    medline_field(out, "DP", std::to_string(r.issued.year ? r.issued.year : 2020) + " Jan");
    medline_field(out, "TI", r.title + ".");
    if (!r.pages.empty()) medline_field(out, "PG", r.pages);
    if (!r.doi.empty()) medline_field(out, "LID", r.doi + " [doi]");
    if (!r.abstract.empty()) medline_field(out, "AB", r.abstract);
    for (const auto& a : r.authors) {
      if (a.is_literal()) {
        medline_field(out, "CN", a.literal);
        continue;
      }
      medline_field(out, "FAU", a.full_family() + ", " + a.given);
      medline_field(out, "AU", a.full_family() + " " + a.given.substr(0, 1));
      medline_field(out, "AD", "Department of Things, University of Somewhere, City, Country.");
    }
    medline_field(out, "LA", "eng");
    medline_field(out, "PT", "Journal Article");
    medline_field(out, "DEP", "20200101");
    medline_field(out, "PL", "United States");
    if (!r.container_title.empty()) {
      medline_field(out, "TA", r.container_title.substr(0, 20));
      medline_field(out, "JT", r.container_title);
    }
    medline_field(out, "JID", "101285081");
    medline_field(out, "SB", "IM");
    for (const auto& k : r.keywords) medline_field(out, "MH", k);
    medline_field(out, "EDAT", "2022/10/08 06:00");
    medline_field(out, "MHDA", "2022/10/12 06:00");
    medline_field(out, "CRDT", "2022/10/07 13:34");
    medline_field(out, "PHST", "2021/08/17 00:00 [received]");
    medline_field(out, "AID", r.doi.empty() ? id + " [pii]" : r.doi + " [doi]");
    medline_field(out, "PST", "epublish");
    medline_field(out, "SO", r.container_title + ". " + std::to_string(r.issued.year) + ";" + r.volume + "(" + r.issue +
                                 "):" + r.pages + ".");
    out += '\n';
  }
  return out;
}

inline void xml_text(std::string& out, const std::string& s) {
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      default: out += c;
    }
  }
}

inline void xml_element(std::string& out, const char* indent, const char* name, const std::string& value,
                        const char* attrs = "") {
  out += indent;
  out += '<';
  out += name;
  out += attrs;
  out += '>';
  xml_text(out, value);
  out += "</";
  out += name;
  out += ">\n";
}

inline std::string to_pubmed_xml(const std::vector<Record>& records) {
  std::string out =
      "<?xml version=\"1.0\" ?>\n<!DOCTYPE PubmedArticleSet PUBLIC \"-//NLM//DTD PubMedArticle, 1st January 2024//EN\" "
      "\"https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_240101.dtd\">\n<PubmedArticleSet>\n";
  std::size_t pmid = 10000000;
  for (const Record& r : records) {
    std::string id = std::to_string(++pmid);
    out += "<PubmedArticle>\n  <MedlineCitation Status=\"MEDLINE\" Owner=\"NLM\" IndexingMethod=\"Automated\">\n";
    xml_element(out, "    ", "PMID", id, " Version=\"1\"");
    out += "    <DateCompleted><Year>2022</Year><Month>10</Month><Day>11</Day></DateCompleted>\n";
    out += "    <Article PubModel=\"Electronic-eCollection\">\n      <Journal>\n";
    for (const auto& s : r.issn) xml_element(out, "        ", "ISSN", s, " IssnType=\"Electronic\"");
    out += "        <JournalIssue CitedMedium=\"Internet\">\n";
    if (!r.volume.empty()) xml_element(out, "          ", "Volume", r.volume);
    if (!r.issue.empty()) xml_element(out, "          ", "Issue", r.issue);
    out += "          <PubDate><Year>" + std::to_string(r.issued.year ? r.issued.year : 2020) +
           "</Year><Month>Jan</Month></PubDate>\n        </JournalIssue>\n";
    xml_element(out, "        ", "Title", r.container_title);
    xml_element(out, "        ", "ISOAbbreviation", r.container_title.substr(0, 20));
    out += "      </Journal>\n";
    xml_element(out, "      ", "ArticleTitle", r.title + ".");
    if (!r.pages.empty()) out += "      <Pagination>\n        <MedlinePgn>" + r.pages + "</MedlinePgn>\n      </Pagination>\n";
    if (!r.doi.empty()) xml_element(out, "      ", "ELocationID", r.doi, " EIdType=\"doi\" ValidYN=\"Y\"");
    if (!r.abstract.empty()) {
      out += "      <Abstract>\n";
      xml_element(out, "        ", "AbstractText", r.abstract);
      out += "      </Abstract>\n";
    }
    out += "      <AuthorList CompleteYN=\"Y\">\n";
    for (const auto& a : r.authors) {
      out += "        <Author ValidYN=\"Y\">\n";
      if (a.is_literal()) {
        xml_element(out, "          ", "CollectiveName", a.literal);
      } else {
        xml_element(out, "          ", "LastName", a.full_family());
        xml_element(out, "          ", "ForeName", a.given);
        xml_element(out, "          ", "Initials", a.given.substr(0, 1));
        out += "          <AffiliationInfo>\n";
        xml_element(out, "            ", "Affiliation", "Department of Things, University of Somewhere, City, Country.");
        out += "          </AffiliationInfo>\n";
      }
      out += "        </Author>\n";
    }
    out += "      </AuthorList>\n      <Language>eng</Language>\n      <PublicationTypeList>\n"
           "        <PublicationType UI=\"D016428\">Journal Article</PublicationType>\n      </PublicationTypeList>\n"
           "    </Article>\n    <MedlineJournalInfo>\n      <Country>United States</Country>\n"
           "      <NlmUniqueID>101285081</NlmUniqueID>\n    </MedlineJournalInfo>\n";
    if (!r.keywords.empty()) {
      out += "    <MeshHeadingList>\n";
      for (const auto& k : r.keywords) {
        out += "      <MeshHeading>\n";
        xml_element(out, "        ", "DescriptorName", k, " UI=\"D000001\" MajorTopicYN=\"N\"");
        out += "      </MeshHeading>\n";
      }
      out += "    </MeshHeadingList>\n";
    }
    out += "  </MedlineCitation>\n  <PubmedData>\n    <History>\n"
           "      <PubMedPubDate PubStatus=\"received\"><Year>2021</Year><Month>8</Month><Day>17</Day></PubMedPubDate>\n"
           "      <PubMedPubDate PubStatus=\"entrez\"><Year>2022</Year><Month>10</Month><Day>7</Day></PubMedPubDate>\n"
           "    </History>\n    <PublicationStatus>epublish</PublicationStatus>\n    <ArticleIdList>\n";
    xml_element(out, "      ", "ArticleId", id, " IdType=\"pubmed\"");
    if (!r.doi.empty()) xml_element(out, "      ", "ArticleId", r.doi, " IdType=\"doi\"");
    out += "    </ArticleIdList>\n";
    if (!r.references.empty()) {
      out += "    <ReferenceList>\n";
      for (const auto& ref : r.references) {
        out += "      <Reference>\n";
        std::string cit = !ref.raw.empty() ? ref.raw : ref.author + " " + ref.title + " " + ref.container + " " + ref.year;
        xml_element(out, "        ", "Citation", cit);
        if (!ref.doi.empty()) {
          out += "        <ArticleIdList>\n";
          xml_element(out, "          ", "ArticleId", ref.doi, " IdType=\"doi\"");
          out += "        </ArticleIdList>\n";
        }
        out += "      </Reference>\n";
      }
      out += "    </ReferenceList>\n";
    }
    out += "  </PubmedData>\n</PubmedArticle>\n";
  }
  out += "</PubmedArticleSet>\n";
  return out;
}

// The parse bench both formats share:
//   BENCH CORPUS [runs] [--write OUT]
// CORPUS is converted with `convert` unless `is_format` says it already is
// that format; `parse` is timed over the text, best of `runs`.
using Parser = ParseStats (*)(std::string_view, Diagnostics&, const RecordSink&);
inline int run_parse_bench(int argc, char** argv, const char* name, bool (*is_format)(const Detection&),
                           std::string (*convert)(const std::vector<Record>&), Parser parse) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s CORPUS [runs] [--keep] [--write OUT] [--dump OUT] [--dump-kept OUT]\n", argv[0]);
    return 2;
  }
  std::string write;
  for (int i = 2; i + 1 < argc; ++i)
    if (std::string(argv[i]) == "--write") write = argv[i + 1];
  const BenchArgs args(argc, argv);
  const int runs = args.runs;
  std::string text = decode_text(read_file(argv[1])).text;
  if (!is_format(detect_formats(text))) text = convert(load_corpus(argv[1]));
  if (!write.empty()) std::ofstream(write, std::ios::binary) << text;
  args.dumps(text, argv[1], parse);
  double mb = text.size() / 1e6, best = 1e30;
  std::size_t records = 0, rejected = 0, authors = 0;
  for (int i = 0; i < runs; ++i) {
    Diagnostics diags;
    diags.set_source(argv[1], text);
    authors = 0;
    std::vector<Record> kept;
    auto t0 = std::chrono::steady_clock::now();
    ParseStats s = parse(text, diags, [&](Record&& r) {
      authors += r.authors.size();
      if (args.keep) kept.push_back(std::move(r));
    });
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (secs < best) best = secs;
    records = s.records;
    rejected = s.rejected;
  }
  std::printf("%s (%s): %.1f MB, %zu records (%zu rejected, %zu authors), best of %d%s: %.3f s = %.0f MB/s, %.0f records/s\n",
              argv[1], name, mb, records, rejected, authors, runs, args.keep ? " (records kept)" : "", best, mb / best,
              records / best);
  return 0;
}

}  // namespace refnet::bench
