// LaTeX in BibTeX values to Unicode: what a reader of the title sees.
#include <catch2/catch.hpp>

#include "refnet/latex.hpp"

using refnet::latex_paragraphs_to_unicode;
using refnet::latex_to_unicode;
using refnet::Span;

TEST_CASE("accents decode in every spelling BibTeX files use", "[bibtex][latex]") {
  CHECK(latex_to_unicode("M{\\\"u}ller") == "Müller");
  CHECK(latex_to_unicode("M\\\"{u}ller") == "Müller");
  CHECK(latex_to_unicode("M\\\"uller") == "Müller");
  CHECK(latex_to_unicode("Caf\\'{e}") == "Café");
  CHECK(latex_to_unicode("\\v{S}imi\\'c") == "Šimić");
  CHECK(latex_to_unicode("{\\v{S}}imi{\\'c}") == "Šimić");
  CHECK(latex_to_unicode("Ba\\c{s}ar") == "Başar");
  CHECK(latex_to_unicode("Erd\\H{o}s") == "Erdős");
  CHECK(latex_to_unicode("\\k{a}") == "ą");
  CHECK(latex_to_unicode("\\={a}") == "ā");
  CHECK(latex_to_unicode("\\.{z}") == "ż");
  CHECK(latex_to_unicode("Do\\u{g}an") == "Doğan");
  CHECK(latex_to_unicode("\\r{a}") == "å");
  CHECK(latex_to_unicode("Espa\\~{n}a") == "España");
  CHECK(latex_to_unicode("H\\^{o}tel") == "Hôtel");
  CHECK(latex_to_unicode("\\v S") == "Š");
  CHECK(latex_to_unicode("Luc{\\'i}a") == "Lucía");
  CHECK(latex_to_unicode("\\'{\\i}") == "í");
}

TEST_CASE("letter commands and escaped specials", "[bibtex][latex]") {
  CHECK(latex_to_unicode("Stra{\\ss}e") == "Straße");
  CHECK(latex_to_unicode("\\o{} \\O{} \\l{} \\L{}") == "ø Ø ł Ł");
  CHECK(latex_to_unicode("Y{\\i}lmaz") == "Yılmaz");
  CHECK(latex_to_unicode("{\\ae} {\\AE} {\\oe} {\\aa} {\\AA}") == "æ Æ œ å Å");
  CHECK(latex_to_unicode("R\\&D, 50\\%, \\$5, \\#1, a\\_b") == "R&D, 50%, $5, #1, a_b");
  CHECK(latex_to_unicode("\\{x\\}") == "{x}");
}

TEST_CASE("dashes, ties and quotes", "[bibtex][latex]") {
  CHECK(latex_to_unicode("1990--2000") == "1990–2000");
  CHECK(latex_to_unicode("yes---no") == "yes—no");
  CHECK(latex_to_unicode("e-mail") == "e-mail");
  CHECK(latex_to_unicode("Fig.~1") == "Fig.\u00A01");
  CHECK(latex_to_unicode("``quoted''") == "“quoted”");
  CHECK(latex_to_unicode("O'Brien's") == "O'Brien's");
}

// biblatex's punctuation commands (carlostome/latex-biblio's dblp.bib:
// "Reduction\\hyphen{}Free", "abs\\addslash{}2102"): their character, not
// nothing ("ReductionFree").
TEST_CASE("biblatex punctuation commands are their characters", "[bibtex][latex]") {
  CHECK(latex_to_unicode("Reduction\\hyphen{}Free Normalisation") == "Reduction-Free Normalisation");
  CHECK(latex_to_unicode("abs\\addslash{}2102") == "abs/2102");
  CHECK(latex_to_unicode("a\\addcomma\\addspace b\\addcolon c\\addsemicolon d\\adddot") == "a, b:c;d.");
  CHECK(latex_to_unicode("p\\addnbspace 3") == "p\u00A03");
}

TEST_CASE("text commands keep their argument", "[bibtex][latex]") {
  CHECK(latex_to_unicode("\\textit{in vivo} and \\emph{in vitro}") == "in vivo and in vitro");
  CHECK(latex_to_unicode("\\textbf{Bold}") == "Bold");
  CHECK(latex_to_unicode("see \\url{http://x.org/a_b%20c}") == "see http://x.org/a_b%20c");
  CHECK(latex_to_unicode("The {\\sc CONNIVER} Manual") == "The CONNIVER Manual");
  CHECK(latex_to_unicode("{\\noopsort{b}}Zeta") == "Zeta");
}

// Zotero's BibTeX cases 006, 018, 022: math that is only letters, digits,
// Greek, symbols and scripts is text, and is read as Unicode; markup goes as
// it does for JATS titles (refnet keeps plain text).
TEST_CASE("math that is text becomes Unicode; other math stays verbatim", "[bibtex][latex]") {
  CHECK(latex_to_unicode("The $\\alpha$-helix in $O(n^2)$") == "The α-helix in O(n²)");
  CHECK(latex_to_unicode("Production of $\\Sigma^{0}$ Hyperon") == "Production of Σ⁰ Hyperon");
  CHECK(latex_to_unicode("Mitochondrial DNA$_{\\textrm{2}}$ sequences") == "Mitochondrial DNA₂ sequences");
  CHECK(latex_to_unicode("$^{13}$C and $10^{-3}$ and CO$_2$ and $p < 0.05$") == "¹³C and 10⁻³ and CO₂ and p < 0.05");
  CHECK(latex_to_unicode("$\\mathrm{H}_{2}\\mathrm{O}$, $3\\times 10^{n}$, $\\Delta T \\geq 2$") == "H₂O, 3×10ⁿ, ΔT ≥ 2");
  // iridia-references biblio.bib, IRIDIA-2021-006 and BapHgu1997.
  CHECK(latex_to_unicode("Cuckoo Search $\\equiv (\\mu + \\lambda$)-Evolution") == "Cuckoo Search ≡ (μ + λ)-Evolution");
  CHECK(latex_to_unicode("the F$/$no_idle$/C_\\text{max}$") == "the F/no_idle/Cₘₐₓ");
  CHECK(latex_to_unicode("$k_\\text{clust}$") == "kclust");
  // A script with a character that has no super/subscript form is its text.
  CHECK(latex_to_unicode("Actes du $4^{\\textrm{\u00e8me}}$ Congr\u00e8s") == "Actes du 4\u00e8me Congr\u00e8s");
  CHECK(latex_to_unicode("Po$_{eee}$t") == "Po\u2091\u2091\u2091t");
  // What is not text stays as written, delimiters included.
  CHECK(latex_to_unicode("$\\frac{1}{2}$ and $\\sqrt{x}$") == "$\\frac{1}{2}$ and $\\sqrt{x}$");
  CHECK(latex_to_unicode("$$x^2$$") == "$$x^2$$");
  CHECK(latex_to_unicode("a $x") == "a $x");
  CHECK(latex_to_unicode("\\textit{Natrix cetti} and \\textbf{do not} support \\textsc{species status}") ==
        "Natrix cetti and do not support species status");
}

// Zotero's BibTeX case 005: "tilde operator: \~" lost its tilde.
TEST_CASE("an accent on nothing is the accent's character", "[bibtex][latex]") {
  CHECK(latex_to_unicode("tilde operator: \\~") == "tilde operator: ~");
  CHECK(latex_to_unicode("http://host/\\~{}user") == "http://host/~user");
  CHECK(latex_to_unicode("\\^{} and \\textasciitilde") == "^ and ~");
  CHECK(latex_to_unicode("{\\~n} and \\~{n}") == "\u00f1 and \u00f1");
}

// Zotero's BibTeX case 018: @String(Stefan = "Stefan Swe{\\i}g") was written
// by a program that escaped the backslash once too often.
TEST_CASE("a doubled backslash inside a word before an accent is one backslash", "[bibtex][latex]") {
  CHECK(latex_to_unicode("D\\\\'ecoret") == "D\u00e9coret");
  CHECK(latex_to_unicode("Swe{\\\\i}g") == "Swe\u0131g");
  CHECK(latex_to_unicode("D\\\\\"ead") == "D\u00ebad");
  // A line break between words stays a break (a space).
  CHECK(latex_to_unicode("first line\\\\second") == "first line second");
  CHECK(latex_to_unicode("end \\\\ 'quoted'") == "end 'quoted'");
}

TEST_CASE("protective braces are removed and their spans recorded", "[bibtex][latex]") {
  std::vector<Span> nocase;
  std::string s = latex_to_unicode("The {DNA} of {K}azakhstan", &nocase);
  CHECK(s == "The DNA of Kazakhstan");
  REQUIRE(nocase.size() == 2);
  CHECK(s.substr(nocase[0].begin, nocase[0].end - nocase[0].begin) == "DNA");
  CHECK(s.substr(nocase[1].begin, nocase[1].end - nocase[1].begin) == "K");

  // An accent group is not protection, and neither is a nested group.
  nocase.clear();
  CHECK(latex_to_unicode("{\\\"U}ber {a {B} c}", &nocase) == "Über a B c");
  REQUIRE(nocase.size() == 1);
  CHECK(nocase[0] == Span{6, 11});  // "Ü" is two bytes
}

TEST_CASE("white space is collapsed and trimmed", "[bibtex][latex]") {
  CHECK(latex_to_unicode("  a\n\t  b  ") == "a b");
  CHECK(latex_to_unicode("plain title") == "plain title");
  CHECK(latex_to_unicode("") == "");
}

TEST_CASE("broken LaTeX does not crash", "[bibtex][latex]") {
  for (const char* s : {"\\", "{", "}", "\\\"", "\\'{", "$", "$$x", "\\(x", "{{{", "}}}", "\\v", "\\c{", "\\\"\\&"})
    CHECK_NOTHROW(latex_to_unicode(s));
  CHECK(latex_to_unicode("a}b{c") == "abc");
}

// latex_to_unicode copies a value that needs no decoding and scans values
// sixteen bytes at a time: a special byte must be seen wherever it stands,
// including across the edge of a block.
TEST_CASE("a special byte is decoded at any position of a long value", "[bibtex][latex]") {
  for (std::size_t len = 1; len <= 40; ++len) {
    const std::string plain(len, 'a');
    CHECK(latex_to_unicode(plain) == plain);
    for (std::size_t at = 0; at < len; ++at) {
      INFO("length " << len << ", at " << at);
      const std::string head = plain.substr(0, at), tail = plain.substr(at);
      CHECK(latex_to_unicode(head + "--" + tail) == head + "–" + tail);
      CHECK(latex_to_unicode(head + "''" + tail) == head + "”" + tail);
      CHECK(latex_to_unicode(head + "~" + tail) == head + "\u00A0" + tail);
      CHECK(latex_to_unicode(head + "`" + tail) == head + "‘" + tail);
      CHECK(latex_to_unicode(head + "{" + tail) == head + tail);
      CHECK(latex_to_unicode(head + "}" + tail) == head + tail);
      CHECK(latex_to_unicode(head + "\\&" + tail) == head + "&" + tail);
      if (at > 0) {
        CHECK(latex_to_unicode(head + "  " + tail) == head + " " + tail);
        CHECK(latex_to_unicode(head + "\t" + tail) == head + " " + tail);
        CHECK(latex_to_unicode(head + "\n" + tail) == head + " " + tail);
        CHECK(latex_to_unicode(head + "\r" + tail) == head + " " + tail);
      }
      // A single dash, apostrophe or space is text as it is.
      CHECK(latex_to_unicode(head + "-" + tail) == head + "-" + tail);
      CHECK(latex_to_unicode(head + "'" + tail) == head + "'" + tail);
      if (at > 0) CHECK(latex_to_unicode(head + " " + tail) == head + " " + tail);
    }
    CHECK(latex_to_unicode(plain + " ") == plain);
    CHECK(latex_to_unicode(" " + plain) == plain);
    CHECK(latex_to_unicode(plain + "$\\frac{a}{b}$") == plain + "$\\frac{a}{b}$");
    CHECK(latex_to_unicode(plain + "\\" ) == plain + "\\");
  }
  // Bytes next to the special ones in ASCII and UTF-8 are not special.
  CHECK(latex_to_unicode("a|b a#b a,b a.b Müller Œuvre 1990-2000 l'été x_y ^ a-b-c") ==
        "a|b a#b a,b a.b Müller Œuvre 1990-2000 l'été x_y ^ a-b-c");
}

TEST_CASE("free text keeps its paragraph breaks: a blank line or \\par", "[latex][paragraphs]") {
  CHECK(latex_paragraphs_to_unicode("One.\n\nTwo.") == "One.\n\nTwo.");
  CHECK(latex_paragraphs_to_unicode("One\nline.\n \t\n\n  Two.") == "One line.\n\nTwo.");
  CHECK(latex_paragraphs_to_unicode("One.\r\n\r\nTwo.") == "One.\n\nTwo.");
  CHECK(latex_paragraphs_to_unicode("One.\\par Two.\\par\n Three.") == "One.\n\nTwo.\n\nThree.");
  CHECK(latex_paragraphs_to_unicode("\n\nOne {\\em big}\n\n\\'etude.\n\n") == "One big\n\nétude.");
  // Everything else is decoded as latex_to_unicode decodes it, which folds
  // every run of white space into one space.
  CHECK(latex_to_unicode("One.\n\nTwo.\\par Three.") == "One. Two. Three.");
}

TEST_CASE("\\ensuremath{...} is math in text: decoded as $...$ is", "[latex]") {
  // '{\ensuremath{\leq}} 5' lost its '≤' without a word: the argument was read
  // as text, where \leq, a math symbol, is unknown.
  CHECK(refnet::latex_to_unicode("Values {\\ensuremath{\\leq}} 5, {\\ensuremath{\\alpha}}-helix") ==
        "Values ≤ 5, α-helix");
  CHECK(refnet::latex_to_unicode("\\ensuremath{x^{2}} and \\ensuremath{\\frac{a}{b}}") ==
        "x² and \\ensuremath{\\frac{a}{b}}");
  // A math symbol in text ("\\leq{} 7") was dropped too.
  CHECK(refnet::latex_to_unicode("a \\leq{} 7 and b \\times c") == "a ≤ 7 and b × c");
}

TEST_CASE("biblatex's \\mkbibquote and csquotes' \\enquote are quotation marks", "[latex]") {
  // export10's sweep: biber's examples.bib titles (\mkbibquote{Intention} und
  // \mkbibquote{Intentionalit{\"a}t}) were read without their quotes and
  // written back to BibTeX as the source had them, where \mkbibquote, a
  // biblatex command, stopped pdflatex ("Undefined control sequence").
  CHECK(latex_to_unicode("\\mkbibquote{Intention} und \\mkbibquote{Intentionalit{\\\"a}t}") ==
        "“Intention” und “Intentionalität”");
  CHECK(refnet::latex_title_to_rich("Aristotle's \\enquote{De Motu \\emph{Animalium}}") ==
        "Aristotle's “De Motu <i>Animalium</i>”");
  CHECK(refnet::latex_decodes_losslessly("\\mkbibquote{Intention} und \\enquote{x}"));
}

TEST_CASE("math's - is the minus sign, and {\\,} a thin space: how the BibTeX writers spell them", "[latex]") {
  // export10: − and U+2009 were written {\textminus} and {\thinspace}, which
  // pdflatex reads and pandoc drops; {\ensuremath{-}} and {\,} both read.
  CHECK(latex_to_unicode("T {\\ensuremath{-}} T$_0$, $-1$ and 10{\\,}000") == "T − T₀, −1 and 10\u2009000");
  CHECK(latex_to_unicode("10\\,000 and 10 000") == "10 000 and 10 000");  // \, alone stays a space
  CHECK(latex_to_unicode("$10^{-3}$") == "10⁻³");
}
