#!/usr/bin/env bash
# The dedup measurement table: every real labelled or checkable set, scored by
# bench/dedup_quality.py as labelled and relabelled (fixtures/dedup/relabel.tsv).
#
#   bench/dedup_sets.sh DATA [REFNET]        # REFNET defaults to build/refnet
#   SETS="bibdedupe caption" bench/dedup_sets.sh DATA   # only some groups
#   PAIRS=1 bench/dedup_sets.sh DATA         # every false, missed and unjudged pair printed
#   FIELDS=1 SETS=doi bench/dedup_sets.sh DATA   # the doi group's sets: which value each merged
#                                            # work shows where its sources disagree (bench/dedup_fields.py)
#   AGREE=1 SETS=doi bench/dedup_sets.sh DATA    # the doi group's sets: merge on import vs dedup
#                                            # (bench/dedup_agree.py)
#
# DATA is a directory of the labelled sets (not in the repository: their
# licences vary, and several are megabytes).  A missing part is written into it
# from the snapshots the `fetch` tool brings to $MIRROR (default /work/.mirror),
# at the commits named below; fetch these first:
#   CoLRev-Environment/bib-dedupe, camaradesuk/ASySD, IEBH/dedupe-sweep,
#   ESHackathon/CiteSource, datakind/permanent-colandr-back
# and for the doi group's bibliometrix sets (no licence: measured, not committed):
#   glauberbalthazar83/PoultryBibliometric, Helioszjr/Bibliometrix, bchaihuaque/merge-systematic-review,
#   Gennadii56/base, lucaswzorzetti/disciplina_metanalise, NPMoran/synthesis-review_mutualistism-antagonism,
#   danimelsz/resins, Abhikumar86/bibliometrics
# and for the new cross-database sets of session 34 (one search in several
# databases, labelled by DOI as the doi mode does; relabel.tsv corrects the
# labels checked by hand):
#   MaxenceOuafik/MSM-Syndemic-Scoping-Review (no licence: measured, not committed;
#     PsycINFO, MEDLINE, Scopus, ProQuest and Cochrane RIS of one scoping review's search),
#   Janchorizo/tfm-slr (GPL-3.0; Scopus and Web of Science RIS, two exports each),
#   ChannarongIntahchomphoo/Effects-of-AI-and-robotics-on-human-labour (no licence;
#     ABI/INFORM, Scopus and Web of Science RIS),
#   danillocelino/slr_churn_unlearning_uid (no licence; ACM, IEEE Xplore, Consensus
#     (named scopus.csv), SpringerLink and Web of Science CSV tables of one search)
#   NatallyCelestino/Revision_Plants_Recognition (no licence; Web of Science BibTeX
#     in two files and Scopus BibTeX of one search)
#   jpaulomd22/Bibliometrics-poverty-schooldropout, MARCIOBASILIO/poisonpills (no
#     licence; Web of Science and Scopus BibTeX of one search each)
# and those of session 44:
#   r-lehtonen/Reference-files (no licence; Web of Science, Scopus and
#     ScienceDirect BibTeX and PubMed's MEDLINE text of one search),
#   djonquadras/Integrated_Scheduling_RL, ggbarros/tccufrnteste (no licence; Web
#     of Science and Scopus BibTeX of one search each),
#   patel-disha/AI-and-Human-Creativity (no licence; ProQuest, Web of Science and
#     Scopus RIS of one search), PadoSensei/eco-bilge-dashboard (no licence; Scopus
#     and Web of Science RIS),
#   p1m-ortho/qm-replication-of-sr-searches (CC BY-SA 4.0; PubMed XML, Scopus and
#     Google Scholar BibTeX of one replicated search),
#   alfrossi/Meta_Analysis (no licence; ERIC, MEDLINE, Social Services Abstracts and
#     Sociological Abstracts RIS (ProQuest) and Web of Science plain text of one search),
#   cardozojr/Kenia, cardozojr/Mestrado (no licence; Web of Science, Scopus and
#     Dimensions BibTeX and PubMed's MEDLINE text of one search, exported twice)
# and that of session 45:
#   AlexTaiNguyen006/NMN-NR-systematic-review-meta-analysis (MIT; Cochrane CENTRAL,
#     Ovid MEDLINE/Embase, PubMed, Scopus and Web of Science RIS of one search)
# and those of session 46:
#   zelcofir/Bibliometrico_Hospitales (no licence; Embase RIS, PubMed MEDLINE text,
#     SciELO Citation Index plain text, Scopus and Web of Science BibTeX of one search),
#   tributetotobler/bibliotobler (GPL-3.0; one author's works in Google Scholar via
#     Publish or Perish CSV, Lens CSV, Scopus RIS and Web of Science plain text),
#   mjwestgate/revtools (GPL-3; examples/: Web of Science, PubMed and Scopus of one search),
#   BruceChen034020/EstrogenImmunomodulationSystematicReview (no licence; Cochrane
#     Reviews and Trials, Web of Science and Scopus RIS; its Embase and PubMed files are
#     over the snapshot limit), imrafaela/bibliography (no licence; MEDLINE text,
#     Scopus and Web of Science BibTeX), ShahKosha2000/Research-paper (no licence;
#     Web of Science and Scopus RIS; its EBSCO file is of another search: left out)
# and that of session 52:
#   tathianamb/conbrepro-analisys (no licence; Web of Science's export saved as
#     CSV, full column names, and Scopus CSV of one scientometric study)
# and those of session 53:
#   CKita/Bees (GPL-3.0; a meta-analysis' Scopus and Web of Science records cut
#     to author, title, year and DOI, a ';'-separated table each),
#   cccneto/PSA (no licence; Web of Science and Scopus BibTeX of one search)
# Parts whose repository is missing are skipped with a line saying so.
# and bib-dedupe's hand-made test cases (session 56; CoLRev-Environment/bib-dedupe @b7b5cf3,
#   MIT: tests/test_cases.json, 25 pairs of its users' records, duplicate or distinct).
# Looked for in session 59 and not measurable from snapshots (no set added):
#   globbestael/DedupEndNote: its validation sets (ASySD's five, McKeown 2021,
#     SRA2's four, BIG_SET; *_TRUTH.txt) are read from ~/dedupendnote_files,
#     not the repository; its missed-duplicates tests name files there too.
#   Deduklick (Borissov et al. 2022): proprietary, no data published on GitHub.
#   IEBH/dedupe-sweep (the SRA Deduplicator's sets): blue-light, diabetes(-jc),
#     uti(-jc), cytology-screening, haematology and stroke .xml are 4 MiB and
#     more (absent from snapshots); copper, tafenoquine and respiratory are here.
#   camaradesuk/ASySD: the validation sets are on OSF (2b8uq, c9evs), not in the
#     repository; vignettes' old/new_sr_search.csv and systematic_search.xml
#     are 4 MiB and more.  bib-dedupe's cardiac, depression (two parts),
#     diabetes, neuroimaging and srsr records likewise.
# and (session 64) bib-dedupe's lists of hard pairs of the sets above whose records are
#   absent (CoLRev-Environment/bib-dedupe, MIT: data/{cardiac,depression,diabetes,neuroimaging,srsr}/
#   matches_FN_list*.csv, matches_FP_list*.csv, every stored version; bench/bibdedupe_lists.py):
#   469 pairs labelled duplicate that bib-dedupe missed, 62 labelled distinct that it joined, in
#   bib-dedupe's prepared fields (stop words cut from titles, names run together, DOIs without
#   their dots): not a database's records, so its figures are read, not tuned to.
# Groups (SETS): bibdedupe cases caption flagged dedupeio doi lists.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
data=${1:?usage: bench/dedup_sets.sh DATA [REFNET]}
refnet=${2:-$root/build/refnet}
mirror=${MIRROR:-/work/.mirror}
sets=${SETS:-bibdedupe cases caption flagged dedupeio doi lists}
relabel=$root/fixtures/dedup/relabel.tsv
q() { python3 "$here/dedup_quality.py" --refnet "$refnet" "$@" ${PAIRS:+--pairs} --relabel "$relabel"; }
# The doi group's sets, scored (dedup_quality.py doi) or, with FIELDS=1, their
# merged works' field choices judged (dedup_fields.py), or with AGREE=1 the
# import merge compared with dedup (dedup_agree.py).
qd() {
    if [ -n "${FIELDS:-}" ]; then python3 "$here/dedup_fields.py" --refnet "$refnet" "${@:2}"
    elif [ -n "${AGREE:-}" ]; then python3 "$here/dedup_agree.py" --refnet "$refnet" ${PAIRS:+--pairs} "${@:2}"
    else q "$@"; fi
}
mkdir -p "$data"

# extract REPO COMMIT PATH OUT: one file of a fetched snapshot, once.
extract() {
    local git=$mirror/${1/\//+}/repo out=$4
    [ -d "$git/.git" ] && git=$git/.git   # a snapshot with a work tree
    [ -s "$out" ] && return 0
    if [ ! -d "$git" ]; then echo "skipped: $1 not fetched ($git)" >&2; return 1; fi
    mkdir -p "$(dirname "$out")"
    git --git-dir="$git" show "$2:$3" > "$out.tmp" 2>/dev/null && [ -s "$out.tmp" ] && mv "$out.tmp" "$out" \
        || { rm -f "$out.tmp"; echo "skipped: $1 @$2: $3 not in the snapshot" >&2; return 1; }
}

# bib-dedupe's sets, as last shipped with the package (13c2baf removed them);
# cardiac, depression, diabetes, neuroimaging and srsr have records files of
# 4 MiB and more, which snapshots lack.
BD=13c2baf^
bd_sets="cytology_screening digital_work haematology respiratory stroke special_cases"
BDC=b7b5cf3     # bib-dedupe's tests/test_cases.json
# dedupe-sweep's EndNote XML sets: file (as relabel.tsv names it) and commit.
ds_files="copper.xml:644062d copper-jc.xml:9d2b885 tafenoquine.xml:644062d tafenoquine-jc.xml:f10f8db
          respiratory.xml:644062d:test/data/old/respiratory.xml"
CS=ea6f159      # ESHackathon/CiteSource
CO=220a03b      # datakind/permanent-colandr-back
AS=df54be9      # camaradesuk/ASySD

for s in $sets; do case $s in
bibdedupe)
    echo "## bib-dedupe (CoLRev-Environment/bib-dedupe @$BD data/<set>/)"
    dirs=()
    for set in $bd_sets; do
        ok=1
        for f in records_pre_merged.csv merged_record_ids.csv; do
            extract CoLRev-Environment/bib-dedupe "$BD" "bib_dedupe/data/$set/$f" "$data/bib-dedupe/$set/$f" || ok=0
        done
        [ $ok = 1 ] && dirs+=("$data/bib-dedupe/$set")
    done
    [ ${#dirs[@]} -gt 0 ] && q bibdedupe "${dirs[@]}" ;;
cases)
    echo "## bib-dedupe's test cases (CoLRev-Environment/bib-dedupe @$BDC tests/test_cases.json)"
    extract CoLRev-Environment/bib-dedupe "$BDC" tests/test_cases.json "$data/bib-dedupe/test_cases.json" \
        && q cases "$data/bib-dedupe/test_cases.json" ;;
caption)
    echo "## dedupe-sweep (IEBH/dedupe-sweep test/data, caption \"Duplicate\")"
    files=()
    for spec in $ds_files; do
        IFS=: read -r name commit path <<< "$spec"
        extract IEBH/dedupe-sweep "$commit" "${path:-test/data/$name}" "$data/dedupe-sweep/$name" \
            && files+=("$data/dedupe-sweep/$name")
    done
    [ ${#files[@]} -gt 0 ] && q caption "${files[@]}" ;;
flagged)
    echo "## ASySD (camaradesuk/ASySD @$AS tests/testthat/labelled_test_set.csv)"
    extract camaradesuk/ASySD "$AS" tests/testthat/labelled_test_set.csv "$data/asysd/labelled_test_set.csv" \
        && q flagged "$data/asysd/labelled_test_set.csv" ;;
lists)
    echo "## bib-dedupe's hard-pair lists (CoLRev-Environment/bib-dedupe data/<set>/matches_F[NP]_list*.csv, prepared fields)"
    git=$mirror/CoLRev-Environment+bib-dedupe/repo
    [ -d "$git/.git" ] && git=$git/.git
    out=$data/bib-dedupe-lists/fnfp_cases.json
    if [ ! -s "$out" ] && [ -d "$git" ]; then mkdir -p "$(dirname "$out")"; python3 "$here/bibdedupe_lists.py" "$git" "$out"; fi
    if [ -s "$out" ]; then q cases "$out"; else echo "skipped: CoLRev-Environment/bib-dedupe not fetched ($git)" >&2; fi ;;
dedupeio)
    echo "## colandr dedupe.io training pairs (fixtures/dedup/colandr)"
    q dedupeio "$root"/fixtures/dedup/colandr/*.json ;;
doi)
    echo "## doi mode: one search exported from several databases, DOIs hidden"
    c=$root/fixtures/corpora
    qd doi "$c/umbrella-review__savedrecs.txt" "$c/umbrella-review__scopus.csv"
    qd doi "$c/pybibx__wos.bib" "$c/pybibx__scopus.bib"
    qd doi "$c/synthesisr__WoS_txt_example.txt" "$c/synthesisr__Scopus_ris_example.ris"
    qd doi "$c"/litsearchr__scopus_201[89].csv "$c"/litsearchr__wos_tab_*.txt
    # Web of Science plain text + Scopus CSV of one search, from bibliometrix users' repositories
    for spec in glauberbalthazar83/PoultryBibliometric:f62ecc7:poultry:savedrecs.txt \
                Helioszjr/Bibliometrix:4b1515f:helios:savedrecs.txt \
                bchaihuaque/merge-systematic-review:d74b32c:merge-sr:wos.txt; do
        IFS=: read -r repo commit name wos <<< "$spec"
        extract "$repo" "$commit" "$wos" "$data/bibliometrix/${name}__$wos" \
            && extract "$repo" "$commit" scopus.csv "$data/bibliometrix/${name}__scopus.csv" \
            && { echo "# $repo @$commit"; qd doi "$data/bibliometrix/${name}__$wos" "$data/bibliometrix/${name}__scopus.csv"; }
    done
    # One search exported from Web of Science and Scopus (BibTeX, plain text,
    # tab-delimited, CSV), from bibliometrix users' and a systematic review's
    # repositories (no licence: measured, not committed); "|" separates the
    # repository, commit, set name and files (a file's name may hold spaces).
    while IFS='|' read -r repo commit name files; do
        [ -n "$repo" ] || continue
        paths=()
        IFS=';' read -ra fl <<< "$files"
        for f in "${fl[@]}"; do
            extract "$repo" "$commit" "$f" "$data/crossdb/${name}__$(basename "$f" | tr ' ' _)" \
                && paths+=("$data/crossdb/${name}__$(basename "$f" | tr ' ' _)")
        done
        [ ${#paths[@]} = ${#fl[@]} ] && { echo "# $repo @$commit"; qd doi "${paths[@]}"; }
    done <<'SETS'
Gennadii56/base|29f8009|gennadii|savedrecs.txt;savedrecs (1).txt;scopus.bib
lucaswzorzetti/disciplina_metanalise|db818bc|zorzetti|savedrecs_definitivo.txt;scopus_definitivo.bib
NPMoran/synthesis-review_mutualistism-antagonism|b01d787|npmoran|wos.bib;scopus.bib
NPMoran/synthesis-review_mutualistism-antagonism|b01d787|npmoran-included|Bibliometrics/wos.included.txt;Bibliometrics/scopus.included.csv
danimelsz/resins|93d14c5|resins|data/naive_search/wos_naive.bib;data/naive_search/scopus_naive.bib
Abhikumar86/bibliometrics|01033df|abhikumar|wos.bib;scopus.bib
MaxenceOuafik/MSM-Syndemic-Scoping-Review|0f5df1a|msm|Files/electronic_search/cochrane.ris;Files/electronic_search/medline.ris;Files/electronic_search/proquest.ris;Files/electronic_search/psycinfo.ris;Files/electronic_search/scopus.ris
Janchorizo/tfm-slr|c1886a8|tfm|scopus_1.ris;scopus_2.ris;wos_1.ris;wos_2.ris
ChannarongIntahchomphoo/Effects-of-AI-and-robotics-on-human-labour|e5a867d|ai-labour|ABI:INFORM.ris;Web of Science.ris;scopus.ris
danillocelino/slr_churn_unlearning_uid|9f76a59|unlearning|acm.csv;ieee.csv;scopus.csv;springer.csv;webofscience.csv
NatallyCelestino/Revision_Plants_Recognition|ccc3477|plants|savedrecs.bib;savedrecs (1).bib;scopus.bib
jpaulomd22/Bibliometrics-poverty-schooldropout|d9365f3|poverty|savedrecs.bib;scopus.bib
MARCIOBASILIO/poisonpills|63f270b|poison|savedrecs.bib;scopus.bib
r-lehtonen/Reference-files|abb034c|butyrylcho|savedrecs.bib;scopus.bib;ScienceDirect.bib;pubmed-butyrylcho-set.txt
djonquadras/Integrated_Scheduling_RL|e9979f4|scheduling|savedrecs.bib;scopus.bib
ggbarros/tccufrnteste|fe452f3|windturbine|savedrecs-all.bib;scopus-all.bib
patel-disha/AI-and-Human-Creativity|b279ebf|creativity|ProQuestDocuments-2024-05-04.ris;savedrecs.ris;savedrecs (1).ris;savedrecs (2).ris;savedrecs (3).ris;savedrecs (4).ris;savedrecs (5).ris;savedrecs (6).ris;savedrecs (7).ris;scopus.ris;scopus (1).ris
PadoSensei/eco-bilge-dashboard|d5e83ca|bilge|scopus.ris;world_of_science.ris
p1m-ortho/qm-replication-of-sr-searches|bac1791|p1m|pubmed_result.xml;scopus.bib;scholar.bib
alfrossi/Meta_Analysis|ed7518d|meta|eric.ris;medline.ris;social_services_abstracts.ris;sociology_abstract.ris;web_of_science.txt
cardozojr/Kenia|c259985|kenia|wos.bib;scopus.bib;Dimensions.bib;pubmed.txt
cardozojr/Mestrado|14c9064|mestrado|wos.bib;scopus.bib;pubmed.txt
AlexTaiNguyen006/NMN-NR-systematic-review-meta-analysis|0f7fcc7|nmn|data/screening/central.ris;data/screening/embase.ris;data/screening/pubmed.ris;data/screening/scopus.ris;data/screening/wos.ris
zelcofir/Bibliometrico_Hospitales|e0e4702|zel|data/EMBASE_21032026_571.ris;data/PUBMED_21032026_240.txt;data/SCIELO_21032026_214.txt;data/SCOPUS_21032026_612.bib;data/WOS_21032026_653.bib
tributetotobler/bibliotobler|d280288|tob|data/PoPCites.csv;data/lens-export.csv;data/scopus.ris;data/wos/savedrecs.txt
mjwestgate/revtools|d9bf7fe|rev|examples/restoration_WoS.ciw;examples/restoration_pubmed.nbib;examples/restoration_scopus.ris
BruceChen034020/EstrogenImmunomodulationSystematicReview|31bca4b|bru|citation-export (Cochrane Review).ris;citation-exports(CochraneTrials).ris;savedrecs (Web of Science).ris;scopus.ris
imrafaela/bibliography|3267746|raf|medline.txt;scopus.bib;wos.bib
ShahKosha2000/Research-paper|92ff9d9|shah|savedrecs.ris;scopus.ris
tathianamb/conbrepro-analisys|c0bf518|conbrepro|webofscience.csv;scopus.csv
CKita/Bees|c66b16a|bees|Papers/Data/records_scopus.csv;Papers/Data/records_wos.csv
cccneto/PSA|054fa0c|psa|data/savedrecs_web.bib;data/scopus_full.bib
SETS
    # colandr's Ovid export (2001_to_3000 is over the snapshot limit)
    files=()
    for f in 0_Ovid_search_results_1_to_1000.ris 0_Ovid_search_results_1001_to_2000.ris \
             0_Ovid_search_results_3001_to_3130.ris; do
        extract datakind/permanent-colandr-back "$CO" "colandr_data/dedupe-v2/data/$f" "$data/colandr-ovid/$f" \
            && files+=("$data/colandr-ovid/$f")
    done
    [ ${#files[@]} -gt 0 ] && qd doi "${files[@]}"
    # CiteSource's searches, one library each
    declare -A cs=(
        [working_example]="working_example_data: AGRIS CAB EconLit GreenFile RM WoS_early WoS_later"
        [gambling_harms]="topic_data: 20221207_gambling-harms_crimjust_41 20221207_gambling-harms_lens_49
                          20221207_gambling-harms_psycinfo_124 20221207_gambling-harms_pubmed_176
                          20221207_gambling-harms_scopus_255"
        [six_databases]="new_stage_data: Dimensions_246 econlit_3 envindex_100 lens_343 medline_84 wos_278"
        [valid_data]="valid_data: WoS_79 psycinfo_64 pubmed_46"
        [benchmark]="benchmark_data: Search1_1 Search2_1 Search2_2 Search2_3 Search2_4 Search3_1 Search3_2 Search3_3
                     Search3_4 Search3_5 Search4_1 Search4_2 Search4_3 Search5_1 Search5_2 Search5_3 Search5_4
                     Search5_5 Search5_6 Search5_7 Search5_8 Search6_1 Search6_2 Search6_3 Search6_4")
    for k in working_example gambling_harms six_databases valid_data benchmark; do
        read -r dir names <<< "${cs[$k]//$'\n'/ }"
        dir=${dir%:}
        files=()
        for n in $names; do
            extract ESHackathon/CiteSource "$CS" "vignettes/$dir/$n.ris" "$data/citesource/$k/$n.ris" \
                && files+=("$data/citesource/$k/$n.ris")
        done
        echo "# CiteSource $k"
        [ ${#files[@]} -gt 0 ] && qd doi "${files[@]}"
    done ;;
*) echo "unknown group: $s" >&2 ;;
esac; done
