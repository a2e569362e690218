// Internal to the reference parser (refparse.cpp's parse_labels calls them after the model): rules for the book or
// journal a work stands "in", written in their own file (src/refparse_in_container.cpp, session 61).
#pragma once

#include <string_view>
#include <vector>

#include "refnet/refparse.hpp"

namespace refnet::refparse {

// "Weidenschilling, S. J., & Cuzzi, J. N. 1993, in Protostars and Planets III, ed. E. H. Levy & J. I. Lunine
// (Tucson, AZ: Univ. Arizona Press), 1031": astronomy's and physics' styles leave a chapter's own title out and
// write the book after "in" straight after the names and date.  A title span opening so ("in" and a capitalised word,
// right after the authors or the date; or "In" with the book's editors after it), with no other title, journal or
// container labelled and a book's parts after it (editors, publisher, place, pages, volume, series), is the container.
void book_after_in_without_title(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels);

// "Gottweis, Herbert (2001). Die unsichtbare Kommission, in: Der Standard, 13.12.2001.", "…, in: WSI-Mitteilungen
// 1/2008, S. 3", "In: Prokla 103, 26. Jg.: 165-195.": a journal opened by "In:" whose numbers the model left in a
// note after it.  The note's issue ("1/2008": issue 1; "Nr. 63", "No. 2352", "H. 4"), volume ("26. Jg.", a number
// right after the journal's name), pages ("S. 3", "S. 365–372", "1867-1872") and date ("13.12.2001") are labelled
// so; what the note holds besides stays the note.
void journal_numbers_in_note_after_in(std::string_view text, const std::vector<Token>& toks,
                                      std::vector<Label>& labels);

// "Trends in Intergenerational Mobility across Offspring's Earnings Distribution in Norway, Industrial Relations,
// 46(1), S. 112-129.", "„Die Arbeitsangebotseffekte der neuen Minijobs“. Mitteilungen aus der Arbeitsmarkt- und
// Berufsforschung, Jg. 36, H. 3.": a journal's name the model ran into the title, the journal's volume right after it
// and no journal or container labelled.  The title's last piece, after a closing quotation mark or a sentence's period
// (a period after a word of two letters or more, not an initial), or after a comma when the title already holds a
// sentence's end or a quotation, is the journal when it is one to eight words, capitalised ones and connectors, no
// digits, and the title keeps three words or more.
void journal_ending_title_before_volume(std::string_view text, const std::vector<Token>& toks,
                                        std::vector<Label>& labels);

// "L.D. Faddeev, in: A. Connes, et al. (Eds.), Book", "[10] B. Carter in Black Holes (Ed. C. DeWitt …)": the model
// read the opening names, the work's authors, with the book's editors as one editors' span and labelled no author.
// The names before a lowercase "in" (after a space, followed by ":" or a capitalised word) in an editors' span that
// opens the reference (after its number) are the authors when they are persons' (an initial, or names joined by "&",
// "and", "und", "et"; not "Arabische Liga, in: …", an entry's name); what follows stays the editors' span.
void authors_before_in_editors(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels);

// "In Middle Iranian Lexicography, eds. C.G. Cereti & M. Maggi.", "In: Handbuch der Wirtschaftswissenschaften (Hg.
// Karl Hax und Theodor Wessels)", "In: Labour Economics, hg. v. D. Carline et al.", "In: Rülcker, T. (Hrsg.) Modell
// Berlin.": an editors' span opening with "In" that holds the book too, where no container or journal is labelled.
// Before an editors' word followed by names ("eds. C.G. Cereti", "(Hg. Karl Hax", "hg. v. D. Carline", "edited by")
// the words from "In" on are the book when they carry no initial and no comma; after an editors' word that closes
// the names ("(Hrsg.)", "(eds),", "et al.,") the words left in the span are the book (one word only when no comma
// follows it: "(eds.) Women, | Culture and Society" is a book the span ends inside).
void container_in_editors(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels);

// "„Title“, in: Müller, Paul J. (Ed.) (1977): Die Analyse prozeß-produzierter Daten. Stuttgart: Klett-Cotta.",
// "Title. In: Petry, Christian/Pistor, Hans-Henning (2004): Der lange Weg der Bildungsreform. Weinheim: Beltz": a
// second title right after an editors' span opening with "In" (and the book's date) is the book, where no container
// or journal is labelled (before: a second title, dropped).
void book_title_after_in_editors(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels);

// "Henry James, The Europeans, in Novels, 1871–1880 (New York: Library of America, 1983), 886.", "Baldelli G., Fermo
// preromana, dans I beni culturali di Fermo/ Catani E. (éd.), Fermo, 1996, p. 15-38.": "in" or "dans" without a colon
// inside the title's span, after its comma, sentence's end or closing quote and before a capitalised word, where
// no container or journal is labelled and the book's editors or pages follow the title: the words from "in" on are
// the container ("In Arvid Brodersen (Ed.), Alfred Schutz: Collected Papers": the names up to the bracketed
// editors' word the editors, the words after them the container).  Not inside the title's open quotation, nor "in
// Honour of", "in Memory of".
void book_after_in_inside_title(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels);

}  // namespace refnet::refparse
