// Pages and plain text (importers/page_text.cpp): what import_text reads
// when a text holds no structured format, and how a text without records is
// described to the user.
#pragma once

#include <string>
#include <string_view>

#include "refnet/importer.hpp"

namespace refnet {

// A page or plain text with no structured format: the article the page shows
// (title, authors, abstract, publisher, pages, dates, DOI) with the
// references of its reference list, and the works of its "Cited by" list
// (each citing the article); without an article of its own, the entries of
// its reference lists.  import_text runs it when detect_formats finds
// nothing; provenance format "page".  A record missing authors, DOI or date
// carries the extra field `incomplete` saying which ("no authors, no DOI").
ParseStats parse_page_text(std::string_view text, Diagnostics& diags, const RecordSink& sink);

// What a page or plain text looks like, for messages: "an HTML page of
// 1,234 lines with no reference section and no BibTeX/RIS block" (or "a text
// page ...", "... with a reference heading but no reference under it").
std::string describe_page(std::string_view text);
// An HTML page: "<html" or "<!doctype html" in its first kilobytes; the page
// reader reads it as the text a browser shows of it.
bool is_html_page(std::string_view text);
// The text after its leading white space and HTML comments: "<!-- source: https://doi.org/... -->" above a page a
// crawler saved opens no XML document.
std::string_view after_leading_comments(std::string_view text);

// The message for an input that gave no record: what it looks like
// (describe_content), and when it holds DOIs, how to fetch them instead
// ("refnet fetch 10.1/a 10.2/b", or a file of them with --from).
std::string no_records_message(std::string_view text);

}  // namespace refnet
