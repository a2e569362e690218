// More maps reviewers expect (issue 17), on top of network_build.hpp: noun
// phrases for term maps, the thematic map (strategic diagram), keyword
// trends and Kleinberg bursts, the historiograph, and countries and
// institutions from affiliations.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "refnet/network.hpp"
#include "refnet/network_build.hpp"

namespace refnet {

// ---------------------------------------------------------------------------
// Term maps (src/network_terms.cpp)

// The noun phrases of a text, as written, in order, repeats kept: runs of
// words between stop words, verbs and punctuation (a stop list, a list of
// common verbs and suffix rules stand in for a part-of-speech tagger), cut
// back so that they end in a noun-like word and do not start with an adverb
// or a number; runs of more than `max_words` words are dropped.  A
// copyright line ("© 2019 Elsevier Ltd. All rights reserved.") ends the text.
std::vector<std::string> noun_phrases(std::string_view text, std::size_t max_words = 4);

// VOSviewer's relevance of each term (van Eck & Waltman 2011): terms are
// first clustered on their co-occurrences (`cluster_of`, in [0, clusters));
// a term's relevance is the Kullback-Leibler divergence of the distribution
// of its co-occurrences over the clusters from the distribution of all
// co-occurrences over them.  General terms ("method", "results") co-occur
// with every cluster alike and score low.  `docs` lists each document's
// distinct term indices in [0, cluster_of.size()); a term with no
// co-occurrence has relevance 0.
std::vector<double> term_relevance(const std::vector<std::vector<std::uint32_t>>& docs, const std::vector<int>& cluster_of);

// The minimum of occurrences of a term map over `works` works with text:
// VOSviewer's default of 10 documents, but one work in 30 (at least 2) in a
// set of fewer than 300.  A term of two or three abstracts co-occurs with a
// few dozen terms, which fall into few clusters by chance: its relevance is
// high for no reason, and such terms were most of a small set's map.
std::size_t term_min_occurrences(std::size_t works);

// A MeSH heading as a keyword map counts it: its descriptor, without the
// major-topic mark and the qualifiers Ovid, EBSCOhost and PubMed attach
// ("*Air Pollutants/ae [Adverse Effects]", "Antimalarials/*therapeutic use",
// "*Malaria/drug therapy/prevention & control" -> "Air Pollutants",
// "Antimalarials", "Malaria").  Only MeSH's qualifiers (their names, or
// Ovid's two lower-case letters) are cut: "HIV/AIDS" and "input/output" stay.
// A view into `keyword`.
std::string_view mesh_descriptor(std::string_view keyword);

// A check tag: a heading indexers add to every work of a kind, whatever its
// topic.  MeSH's (NLM's MEDLINE indexing: Humans, Animals, Male, Female, the
// age groups from Infant, Newborn to Aged, 80 and over, Pregnancy, the
// laboratory animals Mice, Rats, Cats, Cattle, Dogs, ..., the History, NNth
// Century tags) and Emtree's (Embase: human, nonhuman, animal, male, female,
// article, review, controlled study, the age groups newborn to very elderly,
// ...).  A descriptor as mesh_descriptor() gives it, compared whatever its
// case and number: "Humans", "HUMANS", "human"; "Dogs", "DOGS", "dog";
// "Mice", "mouse".  The tag it is, one for all its forms ("humans", "dogs",
// "mice"), empty for none.  The list is in src/network_terms.cpp.
std::string_view check_tag(std::string_view descriptor);
// A word of English prose, not an acronym, though short and written in
// capitals as Keywords Plus write every word: the term maps' stop words ("OF",
// "AND", "THE") and common words of three letters or fewer ("NEW", "SEA",
// "AGE").  `word` in lower case.
bool plain_short_word(std::string_view word);

// ---------------------------------------------------------------------------
// Thematic map (exporters/graph_thematic.cpp)

// One cluster of a clustered co-occurrence map, as bibliometrix's strategic
// diagram places it: Callon centrality (the sum of the weights of the links
// leaving the cluster, x10) and density (the sum of its internal link
// weights x100 / its number of nodes), and their ranks (1 = lowest, ties
// averaged) on which the diagram is drawn.
struct Theme {
  int cluster = 0;
  std::string label;           // its top terms, "; "-separated
  std::size_t nodes = 0;
  double occurrences = 0;      // summed over its nodes
  double centrality = 0;
  double density = 0;
  double centrality_rank = 0;
  double density_rank = 0;
  std::string quadrant;        // "motor", "niche", "emerging or declining", "basic"
};
// Needs n.clusters (analyse_network); `label_terms` top terms label a theme.
std::vector<Theme> thematic_map(const Network& n, std::size_t label_terms = 3);
void write_thematic_svg(std::ostream& out, const std::vector<Theme>& themes, const std::string& title);
void write_thematic_csv(std::ostream& out, const std::vector<Theme>& themes);

// ---------------------------------------------------------------------------
// Keyword trends and bursts (src/network_trends.cpp)

struct TermYear {
  std::uint32_t node = 0;
  int year = 0;
  std::size_t documents = 0;
};
// Documents per node and year, from the node -> document indices the
// builder gave (NetworkOptions::node_documents); documents without a year
// are not counted.
std::vector<TermYear> term_years(const Network& n, const std::vector<std::vector<std::uint32_t>>& node_documents,
                                 const std::vector<NetworkDoc>& docs);

struct Burst {
  std::uint32_t node = 0;
  int start = 0, end = 0;  // years, inclusive
  double weight = 0;       // the cost saved by the burst state over its years
};
// Kleinberg's two-state burst detection over years (his batched model):
// `r[t]` documents with the term among `d[t]` documents in year t; the
// burst state's rate is s times the base rate, entering it costs
// gamma ln(years).  Returns the maximal runs of the burst state.
std::vector<std::pair<std::size_t, std::size_t>> kleinberg_bursts(const std::vector<double>& r,
                                                                   const std::vector<double>& d, double s,
                                                                   double gamma, std::vector<double>* weights);
// Every node's bursts over the years of `docs`, by decreasing weight.
std::vector<Burst> keyword_bursts(const Network& n, const std::vector<std::vector<std::uint32_t>>& node_documents,
                                  const std::vector<NetworkDoc>& docs, double s = 2, double gamma = 1);
void write_trends_csv(std::ostream& out, const Network& n, const std::vector<TermYear>& ty);
void write_bursts_csv(std::ostream& out, const Network& n, const std::vector<Burst>& bursts);
// The `top` bursts of greatest weight as bars over the years.
void write_bursts_svg(std::ostream& out, const Network& n, const std::vector<Burst>& bursts, int first_year,
                      int last_year, std::size_t top = 30);

// ---------------------------------------------------------------------------
// Historiograph (exporters/graph_historiograph.cpp)

// The historiograph as SVG: one column per year (oldest left, years
// labelled), works as circles sized by local citations and labelled
// "First author (year)", an arrow from each citing work to the work it cites.
void write_historiograph_svg(std::ostream& out, const Network& n);

// ---------------------------------------------------------------------------
// Collaboration by country and institution (src/affiliations.cpp)

// The country an affiliation names (its last or last but one comma part,
// or their last one to three words: "Boston, MA 02115 USA", "Beijing
// 100084, Peoples R China"), as one name ("United States", "China",
// "United Kingdom" for "England"); "" when none is known.
std::string affiliation_country(std::string_view affiliation);
// The country a whole name is ("Switzerland", "United Kingdom", "Peoples R
// China"), as one name; "" when it is no country's name ("Basel", "New
// Mexico").
std::string country_name(std::string_view name);
// The first comma part that names a university ("Univ Lisbon", "University
// of Catania"), else the first that names an institute, college, hospital,
// academy, laboratory, centre, agency or company; "" when none does.
std::string affiliation_institution(std::string_view affiliation);
// What makes two spellings of an institution one node of the map: its words
// folded, "of", "the", "and", "de", ... left out, a full word written as Web
// of Science abbreviates it in addresses (`University of Minnesota` and `Univ
// Minnesota` are "univ minnesota"; `Swedish University of Agricultural
// Sciences` is "swedish univ agr sci"; `Universidad Nacional de Colombia` is
// "univ natl colombia"), a German transliteration undone (`Goettingen` =
// `Göttingen` = `Gottingen`).
std::string institution_key(std::string_view name);
// A folded word with `oe`, `ae`, `ue` for an umlaut read back (`goettingen`
// -> `gottingen`, `sjoegersten` -> `sjogersten`): only with a consonant or the
// word's start before and a consonant after (not `yue`, `doe`, `queens`).
std::string undo_transliteration(std::string_view word);
// A record's affiliations: its creators' (Scopus CSV, WoS C1, PubMed),
// else BibTeX's `affiliation` (Scopus: "A; B"; WoS: one line an author,
// without the corresponding author's repeated line).
std::vector<std::string> record_affiliations(const Record& r);

// Single- and multi-country publications per country (bibliometrix's SCP
// and MCP): a work counts for the first country its affiliations name; it
// is multi-country when they name more than one.
struct CountryCollaboration {
  std::string country;
  std::size_t works = 0, single = 0, multi = 0;
};
std::vector<CountryCollaboration> country_collaboration(const std::vector<NetworkDoc>& docs);
void write_country_collaboration_csv(std::ostream& out, const std::vector<CountryCollaboration>& rows);

}  // namespace refnet
