// What ISO 4's word rules (journal_abbrev.cpp) cannot tell: acronyms used as
// journal names, abbreviations that drop or reorder words, and words ISO 4
// abbreviates otherwise than by cutting or contracting them.  Written by
// hand for refnet (same licence as refnet) from the journals' own title
// pages and common usage; nothing here is copied from an abbreviation list.
//
// Lines: "Full title<TAB>variant|variant" (whole names, compared after
// folding and dropping stop words), or "=word<TAB>abbreviation|..." (one
// word).  A name the rules already match needs no line.
namespace refnet {

extern const char* const kJournalAbbreviationTable;
const char* const kJournalAbbreviationTable = R"TABLE(
# words (a single letter ending a name is a section, "Phys Rev A", unless listed here)
=quarterly	q
=journal	j
=zeitschrift	z|zs|ztschr
=japanese	jpn|jap
=japan	jpn
=chinese	chin|chn
# acronyms and abbreviations that drop words
Proceedings of the National Academy of Sciences of the United States of America	PNAS|Proc Natl Acad Sci
Journal of the American Medical Association	JAMA
British Medical Journal	BMJ|BMJ-BRIT MED J
New England Journal of Medicine	NEJM
Management Information Systems Quarterly	MIS Quarterly|MIS Q|MIS QUART
Journal of Public Administration Research and Theory	JPART
Public Administration Review	PAR
Administrative Science Quarterly	ASQ
Academy of Management Journal	AMJ
Academy of Management Review	AMR
Strategic Management Journal	SMJ
Quarterly Journal of Economics	QJE
American Economic Review	AER
Journal of Political Economy	JPE
American Political Science Review	APSR
American Journal of Political Science	AJPS
Journal of Biological Chemistry	JBC
Journal of the American Chemical Society	JACS
Lecture Notes in Computer Science	LNCS
Lecture Notes in Artificial Intelligence	LNAI
European Journal of Operational Research	EJOR
Government Information Quarterly	GIQ
Journal of Medical Internet Research	JMIR
Physical Review Letters	PRL
Communications of the ACM	CACM
# Web of Science's J9 idioms and Scopus's added words, as the cited references of real exports write them (session 54:
# 15 of the 182 works still split in seven Scopus and WoS exports of ../shared/corpora)
Procedia Social and Behavioral Sciences	PROCD SOC BEHV
Transportmetrica A: Transport Science	TRANSPORTMETRICA A|Transportmetrica, Transport Sci.
Applied Soft Computing	Applied Soft Computing Journal|Appl. Soft Comput. J
# one journal under its former and present titles ("~present<TAB>former|former"):
# any name the rules give one of the titles is the journal (Web of Science cites
# it by its present title's J9, Scopus's references by the title of the year;
# MEDLINE and JSTOR name the Royal Society's B journals by their section alone:
# "Proc Biol Sci", "Proceedings: Biological Sciences"; written here without the
# colon, lest "Proceedings" alone be the journal)
~Proceedings of the Royal Society B: Biological Sciences	Proceedings of the Royal Society of London. Series B: Biological Sciences|Proceedings Biological Sciences
~Philosophical Transactions of the Royal Society B: Biological Sciences	Philosophical Transactions of the Royal Society of London. Series B: Biological Sciences|Philosophical Transactions Biological Sciences
~Proceedings of the Royal Society A: Mathematical, Physical and Engineering Sciences	Proceedings of the Royal Society of London. Series A: Mathematical, Physical and Engineering Sciences|Proceedings of the Royal Society of London. Series A: Mathematical and Physical Sciences
~Philosophical Transactions of the Royal Society A: Mathematical, Physical and Engineering Sciences	Philosophical Transactions of the Royal Society of London. Series A: Mathematical, Physical and Engineering Sciences
~Biological Reviews	Biological Reviews of the Cambridge Philosophical Society
~Proceedings of the National Academy of Sciences of the United States of America	Proceedings of the National Academy of Sciences
)TABLE";

}  // namespace refnet
