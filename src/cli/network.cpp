// refnet network TYPE [options] -o OUT: a citation, co-citation, coupling,
// co-authorship or keyword network of the selected works, analysed and
// written for Gephi, VOSviewer, Pajek, a browser or a spreadsheet.
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <sstream>

#include "cli.hpp"
#include "refnet/network_build.hpp"
#include "refnet/network_figures.hpp"
#include "refnet/network_maps.hpp"
#include "refnet/output.hpp"
#include "refnet/text.hpp"

namespace refnet::cli {
namespace {

CommandSpec make_spec() {
  CommandSpec spec{
      "network", "refnet network TYPE [options] [ID|DOI|KEY...] -o OUT",
      "build a citation, co-citation, coupling, co-authorship or keyword network",
      "TYPE: citation (directed, works cite works), cocitation, coupling (works sharing\n"
      "references), coauthor, keywords, terms (noun phrases of titles and abstracts: a stop\n"
      "list, verbs and suffix rules find phrases of adjectives and nouns ending in a noun;\n"
      "counted once per work, in at least 1 in 30 works with text (2 to VOSviewer's 10); the most\n"
      "relevant 60 % kept, VOSviewer's relevance score).\n"
      "Keywords and terms fold with --fold: full (default) merges case, accents, punctuation\n"
      "and white space, keeps '+' and '#' after a word (C++, C#), and merges an English plural\n"
      "with its singular when both occur (networks, policies, processes, approaches, viruses,\n"
      "analyses -> analysis; not status, bus, GIS, series, species, nor capitals: AIDS),\n"
      "and spellings of one word when both occur: a possessive (Alzheimer's disease,\n"
      "Alzheimer Disease), a compound closed, hyphenated or open (healthcare, health-care,\n"
      "health care) and British spellings (behaviour, organisation, anaemia);\n"
      "case merges case only; none compares terms as written.\n"
      "historiograph: the citation network of the --top N (default 30) works most cited by\n"
      "the selected works, placed by year (the SVG: one column per year, arrows from citing\n"
      "to cited work, labels first author and year).\n"
      "countries, institutions: collaboration maps from the authors' affiliations (Scopus,\n"
      "WoS C1, PubMed AD, BibTeX affiliation): the country an address ends with ('USA',\n"
      "'Peoples R China', 'England' -> United Kingdom), the first comma part naming a\n"
      "university (else an institute, hospital, ...); --country-table FILE.csv lists single-\n"
      "and multi-country works per country (of the first country named).\n"
      "--thematic FILE.svg (keywords, terms): bibliometrix's strategic diagram of the clusters,\n"
      "Callon centrality (external link weight x10) against density (internal x100 / nodes),\n"
      "drawn on their ranks, quadrants motor, niche, emerging or declining, basic themes; the\n"
      "numbers in FILE's stem + '.csv'.\n"
      "--trends FILE.csv (keywords, terms): documents per term and year in FILE; Kleinberg's\n"
      "two-state burst detection over the years (burst rate s times the base rate, entering a\n"
      "burst costs gamma ln(years)) in FILE's stem + '_bursts.csv' (term, start, end, weight)\n"
      "and the 30 strongest bursts as bars in FILE's stem + '_bursts.svg'.  A reference is matched to a work by DOI, else by\n"
      "first author + initial, year, volume and first page, else by year and title.\n"
      "The format follows -o's extension unless --format is given: .graphml, .gml, .gexf,\n"
      ".net (Pajek, + .clu), .txt (VOSviewer: OUT is the map file, OUT's stem +\n"
      "'_network.txt' the network file), .json (VOSviewer Online), .csv (nodes; links in\n"
      "OUT's stem + '_links.csv'), .svg, .html, .png (the SVG rendered by headless Chromium).\n"
      "The links CSV (--links-csv FILE, or a .csv OUT's '_links.csv'), one row a link:\n"
      "source: and target: the two nodes' ids (the nodes CSV's id column; a citation runs\n"
      "from the citing work to the cited one); weight: the raw count (works where both\n"
      "occur, works citing both, references both cite; 1 for a citation; fractional with\n"
      "--counting fractional); normalized_weight: the weight after --normalization, which\n"
      "clustering and layout use; documents: the library work IDs behind the link\n"
      "('refnet show ID'), ';' between them (the works where both occur, the citing works;\n"
      "empty for coupling, whose links are references, not works).\n"
      "Index keywords are Scopus BibTeX 'keywords' (its author keywords are\n"
      "'author_keywords'), WoS 'Keywords-Plus' (ID in WoS tagged files) and Scopus\n"
      "CSV 'Index Keywords'.\n"
      "Example: refnet network keywords --min-occurrences 5 --thesaurus thes.txt -o map.html\n",
      {
          {"output", "OUT", "the network file; its extension names the format"},
          {"force", nullptr, "write -o OUT even when the selection is empty and OUT is not"},
          {"format", "F", "graphml, gml, gexf, net (pajek), vos (vosviewer), json, csv, svg, html or png", false,
           "graphml gml gexf net vos json csv svg html png"},
          {"view", "V", "svg, png, html: cluster (default), overlay (colour by --overlay) or density (heat map)", false,
           "cluster overlay density"},
          {"overlay", "S", "the overlay's score: year (average publication year, default) or citations (average)", false,
           "year citations"},
          {"links-csv", "FILE", "also write every link as CSV: source, target, weight, normalized_weight, documents (below)"},
          {"summary", nullptr, "print the top nodes of each cluster as a table"},
          {"report", nullptr, "citation networks: how references were matched, and a sample of unmatched ones"},
          {"field", "F", "keywords: author (default), index or both"},
          {"counting", "C", "full (default) or fractional (a document with k items adds 1/(k-1) to each link)"},
          {"min-occurrences", "N",
           "keep nodes with at least N documents (references: N citations); co-authors: default the smallest N "
           "leaving <= 1000 nodes; keywords, terms: 1 work in 30 of those with keywords (text), 2 to 10 (VOSviewer's 10 "
           "from 300 works), lowered to keep 50 nodes, raised to leave <= 1000"},
          {"top", "N", "keep the N nodes of greatest total link strength"},
          {"max-pairs-per-work", "N",
           "keywords, co-authors: a work whose items make more than N pairs adds no links, said on stderr (default 1000000; 0: no cap)"},
          {"normalization", "N",
           "none, association (default for co-occurrence maps), cosine, jaccard, inclusion, equivalence", false,
           "none association cosine jaccard inclusion equivalence"},
          {"thesaurus", "FILE", "VOSviewer thesaurus: label<TAB>replace by (empty: drop the term)"},
          {"relevance", "P", "terms: keep the P % most relevant terms (default 60; 100: all)"},
          {"thematic", "FILE", "keywords, terms: the thematic map (strategic diagram) as SVG, its numbers as FILE's stem + .csv"},
          {"trends", "FILE", "keywords, terms: documents per term and year (CSV), bursts in FILE's stem + _bursts.csv/.svg"},
          {"burst-s", "S", "--trends: the burst state's rate over the base rate (default 2)"},
          {"burst-gamma", "G", "--trends: the cost of entering a burst, x ln(years) (default 1)"},
          {"country-table", "FILE", "countries: single- and multi-country works per country, as CSV"},
          {"keep-check-tags", nullptr,
           "keywords: map MeSH's and Emtree's check tags too (Humans, Female, Aged, Mice; human, nonhuman, article), "
           "which are left out by default and named on stderr"},
          {"fold", "F",
           "keywords, terms: how spellings merge: full (default: case, accents, punctuation, plurals, spellings), case (case "
           "only) or none (as written)"},
          {"include-external", "MIN", "citation: add works absent from the library cited at least MIN times"},
          {"over", "WHAT", "cocitation: works (default) or references (cited references, external ones included)"},
          {"cluster", "ALG", "leiden (default), louvain or none", false, "leiden louvain none"},
          {"quality", "Q", "leiden: cpm or modularity (default: cpm on normalized weights, else modularity)", false,
           "cpm modularity"},
          {"resolution", "R", "clustering resolution (default 1)"},
          {"seed", "S", "random seed: the same seed gives the same clusters and layout (default 0)"},
          {"centrality", "C", "also compute betweenness (O(nodes x links): minutes on 10k nodes); degree, strength and PageRank always"},
          {"layout", "L",
           "auto (default: VOS mapping for co-occurrence maps up to 25000 nodes, else Fruchterman-Reingold, DrL above 5000 nodes, none above 50000), vos, fr, drl or none",
           false, "auto vos fr drl none"},
      }};
  spec.options.insert(spec.options.end(), kSelectionOptions.begin(), kSelectionOptions.end());
  spec.examples =
      "refnet network cocitation -o cocit.graphml\nrefnet network keywords --year 2015- -o keywords.html\n";
  return spec;
}
const CommandSpec kSpec = make_spec();

const std::size_t kDefaultMaxNodes = 1000;

const char* const kTypes[] = {"citation", "cocitation", "coupling", "coauthor", "keywords", "terms", "historiograph", "countries", "institutions"};

// The TYPE as users write it: case, '-' and '_' aside ("Co-Authorship"),
// and the names VOSviewer and bibliometrix give ("co-authorship",
// "bibliographic coupling"); else a usage error with a "did you mean".
std::string network_type(const std::string& written) {
  std::string t;
  for (char c : written)
    if (c != '-' && c != '_' && c != ' ') t += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (t == "coauthorship" || t == "coauthors") t = "coauthor";
  else if (t == "bibliographiccoupling") t = "coupling";
  else if (t == "keyword") t = "keywords";
  else if (t == "term") t = "terms";
  std::vector<std::string> types(std::begin(kTypes), std::end(kTypes));
  if (std::find(types.begin(), types.end(), t) != types.end()) return t;
  std::string near = did_you_mean(t, types);
  throw UsageError("unknown network TYPE '" + written + "'" + (near.empty() ? "" : "; did you mean '" + near + "'?") +
                   " (citation, cocitation, coupling, coauthor, keywords, terms, historiograph, countries, institutions)");
}

std::size_t to_count(const Args& args, const std::string& name, std::size_t fallback) {
  if (!args.has(name)) return fallback;
  std::string v = args.get(name);
  char* end = nullptr;
  long long n = std::strtoll(v.c_str(), &end, 10);
  if (v.empty() || *end || n < 0) throw UsageError("--" + name + " wants a whole number, not '" + v + "'");
  return static_cast<std::size_t>(n);
}

double to_real(const Args& args, const std::string& name, double fallback) {
  if (!args.has(name)) return fallback;
  std::string v = args.get(name);
  char* end = nullptr;
  double d = std::strtod(v.c_str(), &end);
  if (v.empty() || *end || !(d >= 0)) throw UsageError("--" + name + " wants a number >= 0, not '" + v + "'");
  return d;
}

// selection_from_args reads the positionals as IDs; TYPE is not one.  The
// arguments are given back to the parser without it.
Query selection_without_type(const Args& args, Library& lib) {
  std::vector<std::string> argv;
  for (const auto& o : kSpec.options) {
    if (!args.has(o.name)) continue;
    if (!o.metavar) argv.push_back(std::string("--") + o.name);
    else
      for (const auto& v : args.all(o.name)) argv.push_back(std::string("--") + o.name + "=" + v);
  }
  argv.push_back("--");
  for (std::size_t i = 1; i < args.positionals().size(); ++i) argv.push_back(args.positionals()[i]);
  return selection_from_args(parse_args(kSpec, argv), lib);
}

std::string sibling(const std::string& out, const std::string& suffix);

std::string format_of(const Args& args, const std::string& out) {
  if (args.has("format")) {
    std::string f = ascii_lower(args.get("format"));
    // README's names of two formats, as a user types them (user67).
    if (f == "pajek") return "net";
    if (f == "vosviewer") return "vos";
    for (const char* ok : {"graphml", "gml", "gexf", "net", "vos", "json", "csv", "svg", "html", "png"})
      if (f == ok) return f;
    throw UsageError("unknown format '" + f +
                     "' (graphml, gml, gexf, net or pajek, vos or vosviewer, json, csv, svg, html, png)");
  }
  std::string ext = ascii_lower(std::filesystem::path(out).extension().string());
  if (ext == ".graphml" || ext == ".gml" || ext == ".gexf" || ext == ".net" || ext == ".json" || ext == ".csv" ||
      ext == ".svg" || ext == ".html" || ext == ".png")
    return ext.substr(1);
  if (ext == ".htm") return "html";
  if (ext == ".txt") return "vos";
  // VOSviewer's map and network files are text (user68: -o map.vos was
  // refused with a list that named neither VOSviewer nor .png).
  const std::string txt = sibling(out, ".txt");
  if (ext == ".vos" || ext == ".vosviewer")
    throw UsageError("VOSviewer's files are text: -o " + txt + " writes its map there and its network in " +
                     sibling(out, "_network.txt") + " (or --format vos with any name)");
  throw UsageError("cannot tell the format from '" + out + "': give --format or an extension (.graphml, .gml, .gexf, "
                   ".net for Pajek, .txt for VOSviewer's map and network, .json for VOSviewer's JSON, .csv, .svg, "
                   ".html, .png)");
}

std::string sibling(const std::string& out, const std::string& suffix) {
  std::filesystem::path p(out);
  return (p.parent_path() / (p.stem().string() + suffix)).string();
}

// Every file of a network (and its siblings) is written all-or-none.
std::vector<std::string> write_outputs(OutputFiles& files, const Network& n, const std::string& format,
                                       const std::string& out, const PictureOptions& picture) {
  std::vector<std::string> written{out};
  auto one = [&](void (*w)(std::ostream&, const Network&)) { w(files.open(out), n); };
  auto also = [&](const std::string& path, void (*w)(std::ostream&, const Network&)) {
    w(files.open(path), n);
    written.push_back(path);
  };
  if (format == "graphml") one(write_graphml);
  else if (format == "gml") one(write_gml);
  else if (format == "gexf") one(write_gexf);
  else if (format == "json") one(write_vosviewer_json);
  else if (format == "svg" && n.type == "historiograph") one(write_historiograph_svg);
  else if (format == "svg") write_svg(files.open(out), n, picture);
  else if (format == "html") write_html(files.open(out), n, picture);
  else if (format == "png") write_png(files.open(out), n, picture);
  else if (format == "net") {
    one(write_pajek);
    if (!n.clusters.empty()) also(sibling(out, ".clu"), write_pajek_clusters);
  } else if (format == "vos") {
    one(write_vosviewer_map);
    also(sibling(out, "_network.txt"), write_vosviewer_network);
  } else if (format == "csv") {
    one(write_nodes_csv);
    also(sibling(out, "_links.csv"), write_links_csv);
  }
  return written;
}

std::string fixed(double v, int digits) {
  std::ostringstream s;
  s << std::fixed << std::setprecision(digits) << v;
  return s.str();
}

std::string cut(const std::string& s, std::size_t width) {
  if (utf8_length(s) <= width) return s + std::string(width - utf8_length(s), ' ');
  std::size_t i = 0, n = 0;
  while (i < s.size() && n + 1 < width) next_utf8(s, i), ++n;
  return s.substr(0, i) + "…";
}

void print_summary(std::ostream& out, const Network& n) {
  if (n.clusters.empty()) {
    out << (n.nodes.empty() ? "(no nodes: no clusters)\n" : "(no clusters: --cluster none)\n");
    return;
  }
  // strength: the raw counts of a node's links summed (VOSviewer's Total link
  // strength, as the files give it), not the normalised weights the clustering used.
  const std::vector<double> strength = graph::node_figures(n).raw_strength;
  out << "cluster  size  node                                        occurrences  links  strength  pagerank\n";
  for (const auto& c : n.clusters) {
    bool first = true;
    for (std::uint32_t i : c.top_nodes) {
      const auto& node = n.nodes[i];
      out << (first ? cut(std::to_string(c.id + 1), 7) + "  " + cut(std::to_string(c.size), 4) : std::string(13, ' '))
          << "  " << cut(node.label, 42) << "  " << std::setw(11) << fixed(node.occurrences, node.occurrences == int(node.occurrences) ? 0 : 2)
          << "  " << std::setw(5) << int(node.degree) << "  " << std::setw(8) << fixed(strength[i], strength[i] == int(strength[i]) ? 0 : 2) << "  "
          << std::setw(8) << fixed(node.pagerank, 5) << "\n";
      first = false;
    }
  }
}

void print_report(std::ostream& out, const CitationReport& r) {
  std::size_t matched = r.by_doi + r.by_identifier + r.by_key + r.by_title;
  out << "references:               " << r.references << "\n"
      << "matched by DOI:           " << r.by_doi << "\n"
      << "matched by identifier (PMID, PMCID, OpenAlex, Lens): " << r.by_identifier << "\n"
      << "matched by author/year/volume/page: " << r.by_key << "\n"
      << "matched by year/title:    " << r.by_title << "\n"
      << "citing the work itself:   " << r.self << "\n"
      << "unmatched:                " << r.unmatched << "\n"
      << "matched:                  " << matched << "\n";
  if (!r.unmatched_sample.empty()) {
    out << "unmatched, a sample:\n";
    for (const auto& s : r.unmatched_sample) out << "  " << s << "\n";
  }
}

void print_json(std::ostream& out, const Network& n, const CitationReport* r, const std::vector<std::string>& files) {
  out << "{\"type\":" << json_quote(n.type) << ",\"directed\":" << (n.directed ? "true" : "false")
      << ",\"nodes\":" << n.nodes.size() << ",\"links\":" << n.links.size()
      << ",\"description\":" << json_quote(n.description) << ",\"files\":" << json_string_array(files)
      << ",\"clusters\":[";
  const std::vector<double> strength = graph::node_figures(n).raw_strength;  // as --summary and the files
  for (std::size_t c = 0; c < n.clusters.size(); ++c) {
    const auto& cl = n.clusters[c];
    out << (c ? "," : "") << "{\"id\":" << cl.id << ",\"label\":" << json_quote(cl.label) << ",\"size\":" << cl.size
        << ",\"top\":[";
    for (std::size_t k = 0; k < cl.top_nodes.size(); ++k) {
      const auto& node = n.nodes[cl.top_nodes[k]];
      out << (k ? "," : "") << "{\"id\":" << json_quote(node.id) << ",\"label\":" << json_quote(node.label)
          << ",\"occurrences\":" << node.occurrences << ",\"degree\":" << node.degree
          << ",\"strength\":" << strength[cl.top_nodes[k]] << ",\"normalized_strength\":" << node.strength
          << ",\"pagerank\":" << node.pagerank << "}";
    }
    out << "]}";
  }
  out << "]";
  if (r) {
    out << ",\"report\":{\"references\":" << r->references << ",\"doi\":" << r->by_doi
        << ",\"identifier\":" << r->by_identifier << ",\"key\":" << r->by_key
        << ",\"title\":" << r->by_title << ",\"self\":" << r->self << ",\"unmatched\":" << r->unmatched
        << ",\"unmatched_sample\":" << json_string_array(r->unmatched_sample) << "}";
  }
  out << "}\n";
}

int run(const Args& args) {
  TerminalSafeOutput safe_output(std::cout);  // imported text never drives the terminal
  if (args.positionals().empty())
    throw UsageError("no network TYPE (citation, cocitation, coupling, coauthor, keywords, terms, historiograph, countries, institutions)");
  NetworkOptions o;
  o.type = network_type(args.positionals().front());
  const bool term_map = o.type == "keywords" || o.type == "terms";

  std::string output = args.get("output");
  std::string format;
  if (!output.empty()) format = format_of(args, output);
  else if (!args.has("summary") && !args.has("report") && !args.json() && !args.has("links-csv") &&
           !args.has("thematic") && !args.has("trends") && !args.has("country-table"))
    throw UsageError("no output: give -o OUT (or --summary, --report, --json)");

  std::string counting = args.get("counting", "full");
  if (counting != "full" && counting != "fractional") throw UsageError("--counting is full or fractional, not '" + counting + "'");
  o.fractional = counting == "fractional";
  o.min_occurrences = to_count(args, "min-occurrences", 1);
  o.top = to_count(args, "top", 0);
  // Like VOSviewer: a big vocabulary is a hairball; unless told, keep the
  // ~1,000 most frequent terms (said on stderr).
  bool terms = term_map || o.type == "coauthor" || o.type == "countries" || o.type == "institutions";
  if (terms && !args.has("min-occurrences") && !args.has("top")) o.max_nodes = kDefaultMaxNodes;
  // Term maps: a minimum scaled to the set (term_min_occurrences), VOSviewer's 10 from 300 works.
  // Keyword maps too: a keyword of one work only links that work's own
  // keywords (VOSviewer's default minimum for keywords is 5).
  o.scaled_min_occurrences =
      (o.type == "terms" || o.type == "keywords") && !args.has("min-occurrences") && !args.has("top");
  o.max_pairs_per_work = to_count(args, "max-pairs-per-work", o.max_pairs_per_work);
  std::string field = args.get("field", "author");
  if (field == "author") o.field = KeywordField::author;
  else if (field == "index") o.field = KeywordField::index;
  else if (field == "both") o.field = KeywordField::both;
  else throw UsageError("--field is author, index or both, not '" + field + "'");
  bool cooccurrence = o.type != "citation" && o.type != "historiograph";
  try {
    o.normalization = parse_normalization(args.get("normalization", cooccurrence ? "association" : "none"));
  } catch (const NetworkError& e) {
    throw UsageError(e.what());
  }
  if ((o.type == "citation" || o.type == "historiograph") && o.normalization != Normalization::none)
    throw UsageError("--normalization applies to co-occurrence networks, not citation");
  o.include_external = to_count(args, "include-external", 0);
  if (o.include_external && o.type != "citation") throw UsageError("--include-external applies to citation networks");
  std::string over = args.get("over", "works");
  if (over != "works" && over != "references") throw UsageError("--over is works or references, not '" + over + "'");
  o.over_references = over == "references";
  if (o.over_references && o.type != "cocitation") throw UsageError("--over references applies to cocitation networks");
  if (args.has("thesaurus") && !term_map) throw UsageError("--thesaurus applies to keyword and term maps");
  if (args.has("relevance")) {
    if (o.type != "terms") throw UsageError("--relevance applies to term maps");
    double p = to_real(args, "relevance", 60);
    if (p <= 0 || p > 100) throw UsageError("--relevance wants a percentage in (0, 100]");
    o.relevance_share = p / 100;
  }
  if (args.has("thematic")) {
    if (!term_map) throw UsageError("--thematic applies to keyword and term maps");
    if (ascii_lower(std::filesystem::path(args.get("thematic")).extension().string()) != ".svg")
      throw UsageError("--thematic writes an SVG: give a FILE ending in .svg");
    if (args.get("cluster", "leiden") == "none") throw UsageError("--thematic needs clusters, not --cluster none");
  }
  if (args.has("country-table") && o.type != "countries") throw UsageError("--country-table applies to country maps");
  if (args.has("trends")) {
    if (!term_map) throw UsageError("--trends applies to keyword and term maps");
    if (ascii_lower(std::filesystem::path(args.get("trends")).extension().string()) != ".csv")
      throw UsageError("--trends writes a CSV: give a FILE ending in .csv");
  }
  {
    // Each file written once: "--thematic t.svg" writes t.csv, which --trends t.csv would overwrite.
    std::vector<std::string> paths;
    if (!output.empty()) paths.push_back(output);
    if (args.has("links-csv")) paths.push_back(args.get("links-csv"));
    if (args.has("thematic")) paths.insert(paths.end(), {args.get("thematic"), sibling(args.get("thematic"), ".csv")});
    if (args.has("trends"))
      paths.insert(paths.end(), {args.get("trends"), sibling(args.get("trends"), "_bursts.csv"),
                                 sibling(args.get("trends"), "_bursts.svg")});
    if (args.has("country-table")) paths.push_back(args.get("country-table"));
    for (std::size_t i = 0; i < paths.size(); ++i)
      for (std::size_t j = i + 1; j < paths.size(); ++j)
        if (paths[i] == paths[j] && paths[i] != "-")
          throw UsageError("two outputs would be written to " + paths[i] + ": give them different names");
  }
  double burst_s = to_real(args, "burst-s", 2), burst_gamma = to_real(args, "burst-gamma", 1);
  if (burst_s <= 1) throw UsageError("--burst-s wants a number > 1");
  std::vector<std::vector<std::uint32_t>> node_documents;
  if (args.has("trends")) o.node_documents = &node_documents;
  if (args.has("keep-check-tags")) {
    if (o.type != "keywords") throw UsageError("--keep-check-tags applies to keyword maps");
    o.keep_check_tags = true;
  }
  if (args.has("fold")) {
    if (!term_map) throw UsageError("--fold applies to keyword and term maps");
    try {
      o.fold = parse_fold(args.get("fold"));
    } catch (const NetworkError& e) {
      throw UsageError(e.what());
    }
  }
  o.link_documents = args.has("links-csv") || format == "csv" || format == "html";

  AnalysisOptions a;
  a.cluster = args.get("cluster", "leiden");
  if (a.cluster != "leiden" && a.cluster != "louvain" && a.cluster != "none")
    throw UsageError("--cluster is leiden, louvain or none, not '" + a.cluster + "'");
  a.quality = args.get("quality");
  if (!a.quality.empty() && a.quality != "cpm" && a.quality != "modularity")
    throw UsageError("--quality is cpm or modularity, not '" + a.quality + "'");
  a.resolution = to_real(args, "resolution", 1.0);
  a.seed = to_count(args, "seed", 0);
  a.layout = args.get("layout", "auto");
  if (a.layout != "auto" && a.layout != "vos" && a.layout != "fr" && a.layout != "drl" && a.layout != "none")
    throw UsageError("--layout is auto, vos, fr, drl or none, not '" + a.layout + "'");
  PictureOptions picture;
  picture.view = args.get("view", "cluster");
  picture.overlay = args.get("overlay", "year");
  if (picture.view != "cluster" && picture.view != "overlay" && picture.view != "density")
    throw UsageError("--view is cluster, overlay or density, not '" + picture.view + "'");
  if (picture.overlay != "year" && picture.overlay != "citations")
    throw UsageError("--overlay is year or citations, not '" + picture.overlay + "'");
  if (args.has("overlay") && !args.has("view")) picture.view = "overlay";
  // Positions only matter to the pictures and the map files.
  if (args.get("layout", "").empty() && (format.empty() || format == "net" || format == "csv")) a.layout = "none";
  if (o.type == "historiograph") {
    if (args.has("layout") && a.layout != "none") throw UsageError("a historiograph is laid out by year: no --layout");
    a.layout = "none";  // the builder placed the works by year
  }
  a.normalized_weights = o.normalization != Normalization::none;
  for (const auto& c : args.all("centrality")) {
    if (c != "betweenness") throw UsageError("--centrality is betweenness, not '" + c + "'");
    a.betweenness = true;
  }

  Thesaurus thesaurus;
  if (args.has("thesaurus")) {
    Diagnostics diags;
    thesaurus = Thesaurus::load(args.get("thesaurus"), &diags);
    for (const auto& d : diags.items()) std::cerr << d.format();
    o.thesaurus = &thesaurus;
  }

  Library lib = open_library(args, false, Library::Access::read_only);
  Query q = selection_without_type(args, lib);
  std::vector<NetworkDoc> docs = load_network_docs(lib, q, NetworkDocParts::for_type(o.type));
  if (docs.empty() && !output.empty() && output != "-" && !args.has("force") && non_empty_file(output)) {
    std::cerr << "refnet network: error: the selection is empty: " << output
              << " is not overwritten (--force to write an empty network)\n";
    return kFailure;
  }
  // Networks of references from works none of which has any: links cannot be,
  // and an empty map says nothing of why (a search exported without its cited
  // references: Scopus's and Web of Science's RIS, PubMed's MEDLINE, IEEE's).
  if (NetworkDocParts::for_type(o.type).references && !docs.empty() &&
      std::all_of(docs.begin(), docs.end(), [](const NetworkDoc& d) { return d.references.empty(); }))
    std::cerr << "refnet network: note: none of the " << docs.size()
              << (docs.size() == 1 ? " work holds" : " works holds")
              << " a list of cited references, so the " << o.type
              << " network has no links: export the records with their cited references (Web of Science: Full "
                 "Record and Cited References; Scopus: References), or 'refnet enrich' fetches them from Crossref "
                 "for the works with a DOI\n";
  CitationReport report;
  Network n = build_network(docs, o, &report);
  if (o.max_nodes && n.min_occurrences > 1) {
    // What happened, with its numbers, as the description says it: "(the
    // minimum: 1 in 30 of the 29 works with keywords, from 2 to VOSviewer's
    // 10, lowered from 10 to keep 50 keywords)"; else the cap raised it.
    const std::string items = o.type == "coauthor" ? "authors" : o.type;
    std::string why;
    if (std::size_t at = n.description.find("(the minimum: "); at != std::string::npos)
      why = n.description.substr(at, n.description.find(')', at) + 1 - at);
    else
      why = "(the smallest that leaves at most " + std::to_string(o.max_nodes) + " " + items + ")";
    std::cerr << "refnet network: " << n.candidates << " " << items << "; kept the " << n.nodes.size()
              << (o.type == "terms" ? " most relevant of those" : "") << " found in at least " << n.min_occurrences
              << " works " << why << "; --min-occurrences N or --top N to choose\n";
  }
  if (!n.check_tags.empty()) {
    std::cerr << "refnet network: " << check_tags_left_out(n.check_tags)
              << ", which say whom a study is of, not its topic: --keep-check-tags maps them\n";
  }
  for (const auto& c : n.capped_works)
    std::cerr << "refnet network: warning: work " << c.work_id << ": " << c.items
              << " " << (o.type == "coauthor" ? "authors" : o.type) << " make " << c.pairs
              << " pairs, more than --max-pairs-per-work " << o.max_pairs_per_work
              << "; its links were left out (its " << (o.type == "coauthor" ? "authors" : o.type)
              << " still count as occurrences)\n";
  analyse_network(n, a);

  std::vector<std::string> files;
  OutputFiles outputs;
  if (!output.empty()) {
    try {
      files = write_outputs(outputs, n, format, output, picture);
    } catch (const std::runtime_error& e) {
      if (format != "png") throw;
      std::cerr << "refnet network: error: " << e.what() << "\n";
      return kFailure;
    }
  }
  if (args.has("links-csv")) {
    std::string path = args.get("links-csv");
    write_links_csv(outputs.open(path), n);
    files.push_back(path);
  }
  if (args.has("thematic")) {
    std::string path = args.get("thematic");
    std::vector<Theme> themes = thematic_map(n);
    write_thematic_svg(outputs.open(path), themes, "Thematic map: " + n.description);
    std::string csv = sibling(path, ".csv");
    write_thematic_csv(outputs.open(csv), themes);
    files.push_back(path);
    files.push_back(csv);
  }
  if (args.has("trends")) {
    std::string path = args.get("trends");
    write_trends_csv(outputs.open(path), n, term_years(n, node_documents, docs));
    std::vector<Burst> bursts = keyword_bursts(n, node_documents, docs, burst_s, burst_gamma);
    int first = 0, last = 0;
    for (const auto& d : docs)
      if (d.year) first = first ? std::min(first, d.year) : d.year, last = std::max(last, d.year);
    std::string bursts_csv = sibling(path, "_bursts.csv"), bursts_svg = sibling(path, "_bursts.svg");
    write_bursts_csv(outputs.open(bursts_csv), n, bursts);
    write_bursts_svg(outputs.open(bursts_svg), n, bursts, first, last);
    files.insert(files.end(), {path, bursts_csv, bursts_svg});
  }
  if (args.has("country-table")) {
    std::string path = args.get("country-table");
    write_country_collaboration_csv(outputs.open(path), country_collaboration(docs));
    files.push_back(path);
  }
  outputs.commit();

  const CitationReport* rep = o.type == "citation" || o.type == "historiograph" ? &report : nullptr;
  if (args.json()) {
    print_json(std::cout, n, rep, files);
  } else {
    if (args.has("report")) {
      if (!rep) std::cerr << "refnet network: --report describes citation networks only\n";
      else print_report(std::cout, *rep);
    }
    if (args.has("summary")) print_summary(std::cout, n);
  }
  std::cerr << n.type << " network: " << n.nodes.size() << " nodes, " << n.links.size() << " links, "
            << n.clusters.size() << (n.clusters.size() == 1 ? " cluster from " : " clusters from ") << docs.size() << (docs.size() == 1 ? " work" : " works");
  for (const auto& f : files) std::cerr << (f == files.front() ? " -> " : ", ") << f;
  std::cerr << "\n";
  return kOk;
}

const Registration reg{kSpec, run};

}  // namespace
}  // namespace refnet::cli
