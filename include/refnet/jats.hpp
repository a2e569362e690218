// Markup as publishers deposit it with Crossref -> plain text.
//
// Crossref abstracts are JATS XML fragments (<jats:p>, <jats:sec>,
// <jats:title>, <jats:italic>, MathML...), and titles carry HTML-ish inline
// tags (<i>, <sup>, <sub>, <mml:math>).  refnet stores plain text: tags are
// dropped, entities decoded, white space collapsed.  The scanner is a single
// pass that never fails: a '<' that does not open a tag is kept as text.
#pragma once

#include <string>
#include <string_view>

namespace refnet {

// An abstract: each block (<p>, <sec>, <title>, <list-item>...) becomes a
// paragraph, paragraphs are separated by one blank line; a section title
// that says just "Abstract" is dropped.  Text without any block tags keeps
// its blank-line paragraph breaks.  Digits and + - = ( ) inside <sup>/<sub>
// become Unicode super/subscripts ("10<sup>-3</sup>" -> "10⁻³").
std::string jats_to_text(std::string_view markup);

// A title: the same, on one line (blocks are joined by a space).
std::string markup_to_text(std::string_view markup);

// Whether `s` holds markup escaped once more as text, a tag these functions
// read written with &lt; and &gt; ("&lt;italic&gt;T5&lt;/italic&gt;" in
// ACM's BibTeX, "<jats:p>&lt;b&gt;..." in Lens's and Crossref's abstracts):
// jats_to_text, markup_to_text and markup_to_rich_text then flatten it too.
bool has_escaped_markup(std::string_view s);

// Whether `s` is written in markup: an end tag these functions read
// ("</p>", "</sup>", "</jats:p>", Scopus's "</inf>"), a "<br>", or a JATS or
// MathML tag.  "Children <5 years", "a <b> c" are text.
bool has_markup(std::string_view s);

// The character references and entities of a text that has no tags
// ("M. In&#233;s", "R&amp;D"): decoded, nothing else changed; a '&' that
// opens none is kept.
std::string decode_entities(std::string_view s);
// The numeric character reference whose '#' is s[i] ("#38;", "#x2019;",
// after its '&'): its code point in `cp` (0 and surrogates as written) and
// in `end` the index after its ';'.  False when none is there: no digit, a
// character other than a digit before the ';', or beyond U+10FFFF.
bool numeric_reference(std::string_view s, std::size_t i, char32_t& cp, std::size_t& end);
// The code point of HTML's named character reference `name` ("amp",
// "quot", "ndash", without '&' and ';'), of the common ones; 0 when unknown.
char32_t named_reference(std::string_view name);
// The same, and once more where the text was escaped twice ("677C&amp;gt;T",
// Covidence's titles of a PsycINFO search: "677C>T"); `twice` says so.
std::string decode_entities(std::string_view s, bool& twice);

// A title for Record::title: as markup_to_text, but italic (<i>, <italic>,
// <em>), bold (<b>, <bold>, <strong>) and small caps (<scp>, <sc>) kept as
// CSL rich text (<i>, <b>, <span style="font-variant:small-caps;">).
std::string markup_to_rich_text(std::string_view markup);
// The same, saying whether MathML sub/superscripts (<msub>, <msup>,
// <msubsup>) were written in one line ("η_p²", "R_(ab)"), which a reader
// should warn about.
std::string markup_to_text(std::string_view markup, bool& math_simplified);
std::string markup_to_rich_text(std::string_view markup, bool& math_simplified);
std::string jats_to_text(std::string_view markup, bool& math_simplified);
// What a reader says when it did so in `what` (the title, the abstract):
// one wording for every reader of MathML (PubMed XML, Crossref).
std::string math_simplified_warning(std::string_view what);

// A note written as HTML, as Zotero writes every note ("<p>...</p>",
// "<div data-schema-version=...>"): it starts with a block tag, or holds a
// line break or a paragraph's end ("...Zotero field:<br/>accession-num: ...").
bool is_html_note(std::string_view note);
// Such a note as plain text: paragraphs apart by a blank line, <br> a line
// break, entities decoded (&nbsp; a space), a link's address kept after its
// text.  Any other note is given back as it is.
std::string html_note_to_text(std::string_view note);

// The '>' that ends the tag whose name starts at s[from] (just after its
// '<'): a '>' inside a quoted attribute value (<mfenced close=">">,
// Label="P > 0.05") does not.  npos when there is none.
std::size_t markup_tag_end(std::string_view s, std::size_t from);

}  // namespace refnet
