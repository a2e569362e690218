// Labels of cited works absent from the library (`network citation
// --include-external`), from the seed pages' own reference lists
// (fixtures/seeds, issue 16; newuser37's finding 9): the labels were the
// references' raw text for Emerald's "Title;Journal,Year" lines (seed 001)
// and OECD's "Name (n.d.), ..." entries (seed 003), and "Gov.Uk (2021)",
// "Oecd (2024a)" rewrote the corporate names the page spells in capitals.
#include <catch2/catch.hpp>

#include <set>

#include "refnet/cited_works.hpp"
#include "refnet/network_build.hpp"
#include "refnet/reference_strings.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

// Every cited work's label, the references of every record of the seed.
std::set<std::string> labels_of(const std::string& seed) {
  Parsed p = parse_file(fixture(seed));
  CitedWorks cw;
  for (const Record& r : p.records)
    for (const Reference& ref : r.references) cw.add(ref);
  std::set<std::string> out;
  for (const CitedItem& item : cw.items()) out.insert(item.label);
  return out;
}

}  // namespace

TEST_CASE("Emerald's 'Title;Journal,Year' references are labelled by the title's first 40 bytes and the year, as works without authors are", "[cited_labels]") {
  // "1. What public servants really think of e-government;Public Management Review,2012"
  const std::set<std::string> labels = labels_of("seeds/001_32e6ab7cb331fef7.txt");
  CHECK(labels.count("What public servants really think of e-g (2012)") == 1);
  CHECK(labels.count("The myths of e-government: looking beyon (2007)") == 1);
  for (const std::string& l : labels) CHECK(l.find(';') == std::string::npos);
}

TEST_CASE("OECD's '(n.d.)' references are labelled 'Name (n.d.)'; corporate names keep their capitals",
          "[cited_labels]") {
  const std::set<std::string> labels = labels_of("seeds/003_b8ec5370962abd76.txt");
  // "[97] Academy of Public Administration (n.d.), Kazakhstan Project Management Awards 2022, https://..."
  // "[82] Academy of Public Administration (n.d.), Professional Development Programmes, https://..."
  CHECK(labels.count("Academy of Public Administration (n.d.)") == 1);
  // "[51] GOV.UK (n.d.), Service Manual, GOV.UK, https://www.gov.uk/service-manual ..."
  CHECK(labels.count("GOV.UK (n.d.)") == 1);
  // "[94] GOV.UK (2021), A Modern Civil Service, GOV.UK, https://www.civilserviceawards.com/ ..."
  CHECK(labels.count("GOV.UK (2021)") == 1);
  CHECK(labels.count("Gov.Uk (2021)") == 0);
  // "[32] UN (2020), E-Government Survey 2020, United Nations, ..."
  CHECK(labels.count("UN (2020)") == 1);
  CHECK(labels.count("Un (2020)") == 0);
  // "[5] OECD (2019), OECD Declaration on Public Sector Innovation, ..."
  CHECK(labels.count("OECD (2019)") == 1);
  for (const std::string& l : labels) CHECK(l.find("(n.d.),") == std::string::npos);
}

TEST_CASE("two works of one corporate author without a year are 'Name (n.d.-a)', 'Name (n.d.-b)' in a network",
          "[cited_labels]") {
  // `refnet network citation --include-external 1` on seed 003: "[97] Academy of Public Administration
  // (n.d.), Kazakhstan Project Management Awards 2022, ..." and "[82] Academy of Public Administration
  // (n.d.), Professional Development Programmes, ..."; "OECD (forthcoming), ..." twice.
  Parsed p = parse_file(fixture("seeds/003_b8ec5370962abd76.txt"));
  std::vector<NetworkDoc> docs;
  for (std::size_t i = 0; i < p.records.size(); ++i) docs.push_back(network_doc(std::int64_t(i) + 1, p.records[i]));
  NetworkOptions o;
  o.include_external = 1;
  std::set<std::string> labels;
  for (const NetworkNode& v : build_citation(docs, o).nodes) labels.insert(v.label);
  CHECK(labels.count("Academy of Public Administration (n.d.-a)") == 1);
  CHECK(labels.count("Academy of Public Administration (n.d.-b)") == 1);
  CHECK(labels.count("OECD (forthcoming-a)") == 1);
  CHECK(labels.count("OECD (2019a)") == 1);  // years keep their bare letters
  // A reference whose reading found neither author nor year keeps its text as label, not a name as title.
  CHECK(labels.count("President of the Republic of Kazakhstan") == 0);
}

TEST_CASE("a reference stored without its 'n.d.' (an older import) is labelled 'Name (n.d.)' too", "[cited_labels]") {
  // As refnet before this change stored seed 003's "[82]" entry (newuser37's library pa.sqlite).
  Reference r;
  r.raw = "Academy of Public Administration (n.d.), Professional Development Programmes, "
          "https://www.apa.kz/en/seminars-with-participation-of-foreign-experts-bp100/ (accessed on 22 July 2024).";
  r.author = "Academy of Public Administration";
  r.title = "Professional Development Programmes";
  CitedWorks cw;
  cw.add(r);
  REQUIRE(cw.items().size() == 1);
  CHECK(cw.items()[0].label == "Academy of Public Administration (n.d.)");
}

// abhikumar's and npmoran-included's WoS records write cited authors in
// capitals or without accents ("MCGILL WB", "Kummerli R"), their Scopus
// references as the authors do ("McGill, W.B.", "Kümmerli, R."): the label
// takes the best-cased form, whichever reference is the most complete.
TEST_CASE("a cited work's label takes its best-cased first author: McGill, Kümmerli", "[cited_labels]") {
  // A work in both databases holds WoS's list, each reference completed with
  // the title Scopus's gives it (one reference list per work): the most
  // complete reference is then WoS's, name in capitals.
  Reference mcgill = parse_wos_reference("MCGILL WB, 1981, GEODERMA, V26, P267, DOI 10.1016/0016-7061(81)90024-0.");
  mcgill.title = "Comparative aspects of cycling of organic C, N, S and P through soil organic matter";
  Reference kummerli = parse_wos_reference("Kummerli R, 2009, EVOLUTION, V63, P939, DOI 10.1111/j.1558-5646.2008.00548.x");
  kummerli.title = "Limited dispersal, budding dispersal, and cooperation: an experimental study";
  CitedWorks cw;
  auto a = cw.add(mcgill);
  auto b = cw.add(parse_scopus_reference("McGill, W., Cole, C., Comparative aspects of cycling of organic C, N, S and P "
                                         "through soil organic matter (1981) Geoderma, 26, pp. 267-286"));
  auto c = cw.add(kummerli);
  auto d = cw.add(parse_scopus_reference(
      "Kümmerli, R., Gardner, A., West, S.A., Griffin, A.S., Limited dispersal, budding dispersal, and cooperation: an "
      "experimental study (2009) Evolution, 63, pp. 939-949"));
  REQUIRE(a == b);
  REQUIRE(c == d);
  auto items = cw.items();
  CHECK(items[a].label == "McGill (1981)");
  CHECK(items[c].label == "Kümmerli (2009)");
  // Alone, a WoS name in capitals is recased as before.
  CitedWorks alone;
  auto e = alone.add(parse_wos_reference("MCGILL WB, 1981, GEODERMA, V26, P267, DOI 10.1016/0016-7061(81)90024-0."));
  CHECK(alone.items()[e].label == "Mcgill (1981)");
}
