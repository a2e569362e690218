// Building bibliometric networks from the library, and analysing them with
// igraph: the producer side of network.hpp's `Network`.
//
//   docs = load_network_docs(lib, query);        // the slice of each work networks need
//   Network n = build_network(docs, options, &report);
//   analyse_network(n, analysis);                // clusters, centralities, layout
//
// Every builder is deterministic: nodes come in a fixed order (works by id,
// terms by key), so that one seed gives one clustering and one layout.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "refnet/diagnostics.hpp"
#include "refnet/cited_works.hpp"
#include "refnet/network.hpp"
#include "refnet/record.hpp"
#include "refnet/store.hpp"
#include "refnet/work_identifier.hpp"

namespace refnet {

struct NetworkError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// What a network needs of one work, and nothing else (no abstract, no
// extras): 100k of these fit in a few tens of MB.
struct NetworkDoc {
  std::int64_t id = 0;
  int year = 0;
  std::string doi;
  std::string title;
  std::string label;          // "Kassen (2018)"
  std::string first_family;   // folded family name of the first author: "kassen"
  char first_initial = 0;     // folded first initial of the first author, 0 unknown
  std::string volume;
  std::string first_page;
  std::vector<std::string> containers;       // its journal's names: title, abbreviation (a reference a year apart)
  std::vector<std::string> authors;          // as author nodes: "Kassen M"
  // Every author's family and given names (works' parts): which word of a
  // cited name Web of Science writes in full is the family name (CitedWorks::know_author).
  std::vector<std::pair<std::string, std::string>> author_names;
  std::vector<std::string> author_keywords;  // as the source wrote them
  std::vector<std::string> index_keywords;   // Scopus `keywords`, WoS `Keywords-Plus`
  // A thesaurus' headings (MeSH, Emtree) hold its check tags (check_tag),
  // which a keyword map leaves out; an author's own keyword "Adolescent" is
  // a topic.  author_keywords_own: every author keyword is the authors' (Web
  // of Science DE, Scopus' author keywords); own_keywords: the ones a record
  // names as no heading among its MeSH (MEDLINE's OT, PubMed's
  // KeywordList); index_keywords_headings: the index keywords are a
  // thesaurus' (Scopus' hold Emtree and MeSH; WoS Keywords Plus are words of
  // cited titles).  A record that does not say is taken as headings.
  bool author_keywords_own = false;
  std::vector<std::string> own_keywords;
  bool index_keywords_headings = false;
  // EBSCOhost's subject terms are written with their first word in capitals
  // ("COMPULSIVE gambling", "NORTH America", "AUSTRALIA"): a record from
  // EBSCOhost (its DP, its permalink) says its keywords may be so written.
  bool ebsco_subject_terms = false;
  std::vector<std::string> terms;            // noun phrases of the title and abstract (term maps)
  std::vector<std::string> countries;        // of its affiliations, in author order ("United States")
  std::vector<std::string> institutions;     // of its affiliations, as written ("Univ Lisbon")
  std::vector<Reference> references;
  // The work's identifiers that references name instead of a DOI, as
  // work_identifier() writes them: "pmid:12345", "pmcid:PMC123",
  // "openalex:W2099326003", "lens:000-463-679-101-319".
  std::vector<std::string> identifiers;
  int global_citations = 0;  // WoS Times-Cited, Scopus "cited By N", Crossref is-referenced-by-count
};

// Author keywords are Record::keywords, except in Scopus BibTeX, whose
// `keywords` field holds the index keywords and `author_keywords` the
// author's (the BibTeX importer keeps the latter in extra).  Index keywords:
// Scopus BibTeX `keywords`, WoS BibTeX `keywords-plus`.  RIS from Scopus mixes
// both in KW: they count as author keywords.
// Which parts a network type reads: the others are not kept (a keyword map
// of 100k works need not hold their 370k references).
struct NetworkDocParts {
  bool references = true;
  bool keywords = true;
  bool authors = true;
  // The fields of a work node and of matching references to works: label,
  // DOI, title, first author, volume, first page, global citations.  Maps of
  // terms (keywords, co-authors) read only the id and year of a work.
  bool works = true;
  // Noun phrases of the title and abstract (term maps): the abstract is
  // read, and only its phrases kept.
  bool text = false;
  // Countries and institutions of the authors' affiliations.
  bool affiliations = false;
  static NetworkDocParts for_type(const std::string& type);
  // What of each stored record these parts need decoded (never the abstract).
  RecordParts record_parts() const;
};
NetworkDoc network_doc(std::int64_t id, const Record& r, const NetworkDocParts& parts = {});
std::vector<NetworkDoc> load_network_docs(Library& lib, const Query& q, const NetworkDocParts& parts = {});

// The identifiers a reference names instead of a DOI, as work_identifier
// writes them: its raw text when that is an OpenAlex work address or a Lens
// ID (what OpenAlex's referenced_works and Lens's References hold), and the
// "PMID: 123" / "PMCID: PMC123" PubMed prints after a citation.
std::vector<std::string> reference_identifiers(const Reference& r);

// The first page of a page range, lower case: "E123-E130" -> "e123",
// "508-513" -> "508", "341, 356" -> "341".
std::string first_page_of(std::string_view pages);

// An author as a node: folded family name and initials, "kassen m".
std::string author_key(const Creator& c);
// How keywords (and terms) are folded into one node (--fold):
//   none   as written (surrounding white space aside): "Network" != "network";
//   case   case only (Unicode case folding): "Network" == "network",
//          "Müller" != "Muller", "e-government" != "e government";
//   full   case, accents, punctuation and white space ("E-Government" ==
//          "e government", "Müller" == "Muller"; "+" and "#" after a word
//          stay: "C++" != "C#" != "C"), then simple English plurals merge
//          with their singular when both occur (networks, policies, processes,
//          approaches, viruses, analyses -> analysis; not status, bus, GIS,
//          series, nor an acronym in capitals: "AIDS" is not "aid").
enum class Fold { none, case_only, full };
Fold parse_fold(std::string_view name);  // "none", "case", "full"; throws NetworkError
// A keyword's identity under a folding (default full).  Plurals are merged
// later, when both forms occur (see build_keywords).
std::string keyword_key(std::string_view term, Fold fold = Fold::full);
// Fold::full's plurals: keys (keyword_key's) with the works each is in and
// whether every spelling of it ends in a word in capitals ("AIDS").  Returns,
// for each key, the key it joins ("networks" the more frequent "network",
// the singular on a tie) or its own index: the rule of the maps' nodes and
// of `refnet stats`' keywords.
struct PluralKey {
  std::string_view key;
  std::int64_t works = 0;
  bool capitals = false;
};
std::vector<std::uint32_t> plural_joins(const std::vector<PluralKey>& keys);
// The key `k` is joined to in `root` (plural_joins', then spelling_joins'
// parents): followed to a key that is its own parent, the path halved on
// the way.
std::uint32_t joined_key(std::vector<std::uint32_t>& root, std::uint32_t k);
// A keyword's spelling with what does not make it another keyword folded
// away: keyword_key's folding, a possessive 's ("Alzheimer's disease" =
// "Alzheimer Disease"), the words run together ("health care" =
// "healthcare", "meta-analysis" = "metaanalysis") and British spellings
// American ("behaviour", "organisation", "anaemia").
std::string spelling_variant(std::string_view spelling);
// Keys some spelling of which (the pairs: spelling, its key) has the
// spelling_variant of another's are one: root (a key's parent, as
// plural_joins gives it) joins them under the key of more works, the first
// in byte order on a tie.  558 real exports (dd45 data, corpora, fixtures;
// keyword maps of every keyword): 520 nodes fewer, 369 distinct pairs, all
// read, one concept each.
void spelling_joins(const std::vector<PluralKey>& keys,
                    const std::vector<std::pair<std::string_view, std::uint32_t>>& spellings,
                    std::vector<std::uint32_t>& root);
// The last word of a term is in capitals: two letters or more, none lower
// case ("AIDS", "HIV/AIDS", "COVID-19"; not "SMEs", "Aids").
bool ends_in_capitals(std::string_view term);

// VOSviewer's thesaurus file: a header line ("label<TAB>replace by"), then one
// term per line; an empty replacement drops the term.  Terms are compared by
// keyword_key.
class Thesaurus {
 public:
  // Lines "label<TAB>replace by" (a header line "label..." is skipped).  A
  // line without a label or with a control character is reported to
  // `diags` (when given) at its line and skipped; extra columns are a warning.
  static Thesaurus parse(std::string_view text, Diagnostics* diags = nullptr);
  // Reads and decodes the file like any input (read_input, decode_text:
  // a Latin-1 thesaurus becomes UTF-8), then parse().  Throws NetworkError
  // when it cannot be read.
  static Thesaurus load(const std::string& path, Diagnostics* diags = nullptr);
  // nullopt: not in the thesaurus; "": drop the term; else the replacement.
  std::optional<std::string> lookup(std::string_view term) const;
  std::size_t size() const { return map_.size(); }

 private:
  std::unordered_map<std::string, std::string> map_;
};

enum class KeywordField { author, index, both };
enum class Normalization { none, association, cosine, jaccard, inclusion, equivalence };
Normalization parse_normalization(std::string_view name);  // throws NetworkError

struct NetworkOptions {
  std::string type = "keywords";  // citation, cocitation, coupling, coauthor, keywords, terms, historiograph, countries, institutions
  bool fractional = false;        // a document with k items adds 1/(k-1) to each of its links
  std::size_t min_occurrences = 1;  // nodes: documents (keywords, authors) or citations (references)
  std::size_t top = 0;            // keep the N nodes of greatest total link strength (0: all)
  // Keywords and co-authors: when > 0, min_occurrences is raised to the
  // smallest value that leaves at most max_nodes nodes (VOSviewer's default
  // threshold, for real vocabularies of 10k terms); Network::min_occurrences
  // says the value used.
  std::size_t max_nodes = 0;
  Normalization normalization = Normalization::none;
  KeywordField field = KeywordField::author;
  const Thesaurus* thesaurus = nullptr;
  Fold fold = Fold::full;         // keywords and terms: how spellings fold into one node
  // Keywords: map MeSH's and Emtree's check tags (check_tag()) too; by
  // default they are left out and listed in Network::check_tags.
  bool keep_check_tags = false;
  std::size_t include_external = 0;  // citation: cited works absent from the library, >= N citations (0: none)
  bool over_references = false;      // cocitation: nodes are cited references, not library works
  bool link_documents = true;        // keep the documents behind each link (--links-csv)
  // Keywords and co-authors: a work with k items makes k(k-1)/2 links, so
  // one work with 40,000 keywords would make 800 million.  A work with more
  // pairs than this contributes no links (its items still count as
  // occurrences) and is listed in Network::capped_works.  0: no cap.
  std::size_t max_pairs_per_work = 1000000;
  // Terms: the share of the terms over the minimum of occurrences kept, the
  // most relevant first (VOSviewer's relevance score; 1: all).
  double relevance_share = 0.6;
  // Terms and keywords: when set (the command line's default: no
  // --min-occurrences nor --top), min_occurrences is raised to
  // term_min_occurrences() of the works that have a title or abstract (the
  // keywords of the field counted), and the description says what that cut.
  bool scaled_min_occurrences = false;
  // Keywords and terms: when set, filled with each node's documents (indices
  // into the docs given), for trends and bursts.
  std::vector<std::vector<std::uint32_t>>* node_documents = nullptr;
};

// How the references of a citation network were matched (--report).
struct CitationReport {
  std::size_t references = 0;
  std::size_t by_doi = 0;
  std::size_t by_key = 0;    // first author + initial, year, volume, first page
  std::size_t by_title = 0;  // year + normalized title
  std::size_t by_identifier = 0;  // PMID, PMCID, OpenAlex or Lens ID named by the reference
  std::size_t self = 0;      // a work citing itself (dropped)
  std::size_t unmatched = 0;
  std::vector<std::string> unmatched_sample;  // up to 20, as the source wrote them
};

// The references of `docs` resolved: each to a work of `docs` (by DOI, an
// identifier, first author + initial, year, volume and first page, or year
// and title), else, when `want_external`, to a cited work outside them
// (cited_works.hpp), else to nothing.
struct ResolvedRefs {
  // Per doc: distinct cited items, library works as doc indices [0, docs.size()),
  // external items as docs.size() + index into `external`.
  std::vector<std::vector<std::uint32_t>> cited;
  std::vector<CitedItem> external;
  CitationReport report;
};
ResolvedRefs resolve_references(const std::vector<NetworkDoc>& docs, bool want_external);

Network build_citation(const std::vector<NetworkDoc>& docs, const NetworkOptions& o, CitationReport* report = nullptr);
Network build_cocitation(const std::vector<NetworkDoc>& docs, const NetworkOptions& o);
// Historiograph (Garfield, HistCite; bibliometrix's histNetwork): the
// citation network among the o.top (default 30) works most cited by the
// others (local citations >= min_occurrences), each at x = its year, works
// of one year stacked by local citations (y = 0, 1, ...).
Network build_historiograph(const std::vector<NetworkDoc>& docs, const NetworkOptions& o,
                            CitationReport* report = nullptr);
Network build_coupling(const std::vector<NetworkDoc>& docs, const NetworkOptions& o);
Network build_coauthor(const std::vector<NetworkDoc>& docs, const NetworkOptions& o);
Network build_keywords(const std::vector<NetworkDoc>& docs, const NetworkOptions& o);
// The check tag (check_tag) each of r's keywords (Record::keywords) is where
// a keyword map leaves it out, a heading of MeSH or Emtree; empty for the
// keywords it maps.  stats' top keywords leave them out too.
std::vector<std::string_view> check_tag_keywords(const Record& r);
// The check tags a keyword map left out, as its description and the CLI say
// them: "3 check tags left out (Humans 19 works; Female 12; Aged 1)".
std::string check_tags_left_out(const std::vector<CheckTagCount>& tags);
// The same and what keeps them, as a map's description and pictures say
// it: "... (Humans 19 works): --keep-check-tags maps them"; empty for none.
std::string check_tags_note(const std::vector<CheckTagCount>& tags);
// Term map: the noun phrases of titles and abstracts (NetworkDoc::terms),
// counted once per document, folded like keywords (--fold), the terms over
// the minimum of occurrences filtered by relevance (relevance_share), then
// the keyword map's co-occurrence pipeline.  Nodes "t:neural network".
Network build_terms(const std::vector<NetworkDoc>& docs, const NetworkOptions& o);
// Collaboration maps: countries ("c:united states") or institutions
// ("i:univ lisbon") of the works' affiliations, co-occurring in a work
// (full or fractional counting, as keywords).
Network build_countries(const std::vector<NetworkDoc>& docs, const NetworkOptions& o);
Network build_institutions(const std::vector<NetworkDoc>& docs, const NetworkOptions& o);
// Dispatches on o.type; throws NetworkError for an unknown type.
Network build_network(const std::vector<NetworkDoc>& docs, const NetworkOptions& o, CitationReport* report = nullptr);

// Sets link.weight from link.raw_weight: association strength
// a_ij / (s_i s_j / 2m) with s the nodes' total raw link strength and m the
// sum of all link weights (VOSviewer); cosine a/sqrt(c_i c_j), Jaccard
// a/(c_i + c_j - a), inclusion a/min(c_i, c_j), equivalence a^2/(c_i c_j)
// with c the nodes' occurrences.
void normalize_links(Network& n, Normalization how);

struct AnalysisOptions {
  std::string cluster = "leiden";  // leiden, louvain, none
  std::string quality = "";        // leiden: cpm or modularity; "" = cpm on normalized weights, else modularity
  double resolution = 1.0;
  std::uint64_t seed = 0;
  // auto: VOS mapping for co-occurrence maps (keywords, terms, coauthor, countries,
  // institutions, cocitation, coupling) up to layout_vos_max nodes (18,703
  // nodes: 17 s of CPU, where python-igraph's DrL takes 38 s); otherwise Fruchterman-Reingold, DrL
  // above layout_drl_above nodes.  Or vos, fr, drl, none.
  std::string layout = "auto";
  std::size_t layout_vos_max = 25000;
  std::size_t layout_drl_above = 5000;
  std::size_t layout_auto_max = 50000;  // auto: no layout above (DrL takes ~3 min and 650 MB at 100k nodes)
  // Betweenness is O(V·E) (minutes on an 11k-keyword map): computed only on
  // request (--centrality betweenness), and skipped above betweenness_max_nodes.
  bool betweenness = false;
  std::size_t betweenness_max_nodes = 20000;  // above: betweenness is skipped (left 0) and said in description
  bool normalized_weights = false;  // set by the caller when links were normalized (chooses CPM by default)
};

// Clusters (renumbered by decreasing size, labelled by their member of most
// occurrences), degree, strength, PageRank, betweenness, local citations and
// layout.  Same seed, same result.  Throws NetworkError on an igraph failure.
void analyse_network(Network& n, const AnalysisOptions& a);

// Normalized mutual information between two partitions of the same items.
double normalized_mutual_information(const std::vector<int>& a, const std::vector<int>& b);

}  // namespace refnet
