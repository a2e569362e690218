// LaTeX in BibTeX values, to Unicode and back.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "refnet/record.hpp"

namespace refnet {

// Decodes a BibTeX field value (the text between the outer delimiters) to
// Unicode: accents in all their spellings ({\"u}, \"{u}, \"u, \H{o}, \c{c},
// \v{S}), \ss \o \O \l \L \i \j \ae \aa, \& \% \$ \# \_ \{ \}, -- and --- to
// en and em dashes, ~ to a no-break space, `` '' to quotes, \textit{..}-like
// commands to their argument; math ($...$, \(...\)) is kept verbatim.
// Protective braces are removed; when `nocase` is given, the ranges of the
// output that stood in protective braces at depth 1 (not accent groups) are
// appended to it.  White space is collapsed.
std::string latex_to_unicode(std::string_view value, std::vector<Span>* nocase = nullptr);

// As latex_to_unicode for a title, whose formatting is kept as the rich
// text a Record's title holds (text.hpp): \emph{x}, \textit{x}, {\em x},
// {\it x}, \mkbibemph{x} -> <i>x</i>; \textbf, {\bf} -> <b>; \textsc, {\sc}
// -> small caps; \textsuperscript, \textsubscript -> <sup>, <sub>; math
// scripts without a Unicode form ($4^{\textrm{ème}}$) -> <sup>ème</sup>
// (those with one stay Unicode: CO$_2$ is CO₂).
std::string latex_title_to_rich(std::string_view value, std::vector<Span>* nocase = nullptr);

// As latex_to_unicode for free text (abstracts): a blank line or \par keeps
// its meaning, a paragraph break, written "\n\n"; other white space is
// collapsed.
std::string latex_paragraphs_to_unicode(std::string_view value);

// A control word latex_to_unicode does not know ("\foo" from a document's
// own macros): it stands for nothing in the text, or, followed by a braced
// argument, is left out and its argument kept ("\rpackage{irace}" is
// "irace").  `offset` is where its backslash stands in the value.
struct LatexUnknownCommand {
  std::string name;  // without the backslash
  std::size_t offset = 0;
  bool argument_kept = false;
};

// The control words of `value` that latex_to_unicode (and the title and
// paragraph readers, which know the same ones) does not know, in order:
// what an importer says so that nothing is dropped without a word.
std::vector<LatexUnknownCommand> latex_unknown_commands(std::string_view value);

// Whether latex_to_unicode keeps all the value says: every control word in
// it is an accent or a character (\"u, \ss, \ldots, \alpha).  False when a
// command is dropped or its formatting lost (\noopsort{a}, \emph{x}, \mbox,
// \url, \em, a command refnet does not know): then the BibTeX writers keep
// the source's own text.
bool latex_decodes_losslessly(std::string_view value);

// Encodes Unicode text for a BibTeX value: escapes & % $ # _ { } ~ ^ \ and
// spells what pdflatex cannot read (H₂O as H{\ensuremath{_{2}}}O, ≤ as
// {\ensuremath{\leq}}, − as {\ensuremath{-}}), in a way latex_to_unicode reads
// back as the same characters; with `ascii`, every non-ASCII character that
// has a spelling (letters as accents: {\"u}).  Math spans ($...$) pass
// through unchanged.  What has no spelling (CJK, Cyrillic) stays UTF-8.
std::string unicode_to_latex(std::string_view text, bool ascii);

// Whether pdflatex's utf8 input encoding, as a document without packages
// has it (LaTeX 2018 and later: the OT1, T1 and TS1 characters), sets up
// `cp`: "Unicode character ≤ (U+2264) not set up for use with LaTeX"
// otherwise.  Measured on TeX Live 2022, one character at a time.
bool pdflatex_reads(char32_t cp);

// The math command LaTeX without packages has for `cp` (≤: "leq", α:
// "alpha"), from the table latex_to_unicode reads; "" when there is none.
std::string_view latex_math_command(char32_t cp);

}  // namespace refnet
