#!/usr/bin/env bash
# Builds src/main/resources/yearbook/region/regions.tsv from the dist/ CSVs of
# modood/Administrative-divisions-of-China (provinces.csv, cities.csv, areas.csv).
#
# Usage: make-regions.sh <folder with the CSVs> [output file]
#   The output defaults to the bundled resource next to this script's project.
#
# Output: UTF-8, tab-separated, one header line, sorted by code:
#   code (6 digits)  name  level (province|prefecture|county)  parent code (6 digits, empty for provinces)
#
# Rules:
#   - codes pad to 6 digits: province 15 -> 150000, city 1506 -> 150600;
#   - placeholder cities (市辖区, 县, 省直辖县级行政区划, 自治区直辖县级行政区划) are not regions:
#     their counties get the province as parent;
#   - an area row named like its own city (东莞市, 中山市, 儋州市, 嘉峪关市) stands for that city,
#     which has no counties, and is dropped;
#   - anything unexpected (bad code, unknown parent, duplicate code, quote or tab in a name) aborts.
set -euo pipefail

if [[ $# -lt 1 || $# -gt 2 ]]; then
    echo "usage: $0 <divisions folder> [output file]" >&2
    exit 2
fi
src=$1
out=${2:-"$(cd "$(dirname "$0")/../resources/yearbook/region" && pwd)/regions.tsv"}
for f in provinces.csv cities.csv areas.csv; do
    [[ -r "$src/$f" ]] || { echo "missing $src/$f" >&2; exit 1; }
done

export LC_ALL=C
tmp=$(mktemp "$out.XXXXXX")
trap 'rm -f "$tmp" "$tmp.body"' EXIT

awk -F, '
function fail(msg) { printf "%s:%d: %s\n", FILENAME, FNR, msg > "/dev/stderr"; failed = 1; exit 1 }
function name(s) {
    if (s !~ /^".*"$/) fail("name not quoted: " s)
    s = substr(s, 2, length(s) - 2)
    if (s == "" || s ~ /["\t]/) fail("bad name: " s)
    return s
}
function emit(code, nm, level, parent) {
    if (code in seen) fail("duplicate code " code " (" nm ", " seen[code] ")")
    seen[code] = nm
    count[level]++
    printf "%s\t%s\t%s\t%s\n", code, nm, level, parent
}
BEGIN {
    placeholder["市辖区"]; placeholder["县"]
    placeholder["省直辖县级行政区划"]; placeholder["自治区直辖县级行政区划"]
    header[1] = "code,name"; header[2] = "code,name,provinceCode"; header[3] = "code,name,cityCode,provinceCode"
}
{ sub(/\r$/, "") }
FNR == 1 { if ($0 != header[++file]) fail("expected the header " header[file]); next }
/^$/ { next }
file == 1 {
    if (NF != 2 || $1 !~ /^[0-9][0-9]$/) fail("bad province row: " $0)
    prov[$1] = 1
    emit($1 "0000", name($2), "province", "")
    next
}
file == 2 {
    if (NF != 3 || $1 !~ /^[0-9][0-9][0-9][0-9]$/) fail("bad city row: " $0)
    if (!($3 in prov) || substr($1, 1, 2) != $3) fail("city " $1 " has bad province " $3)
    n = name($2)
    cityProv[$1] = $3
    cityName[$1] = n
    if (n in placeholder) { skippedPlaceholders++; next }
    emit($1 "00", n, "prefecture", $3 "0000")
    next
}
file == 3 {
    if (NF != 4 || $1 !~ /^[0-9][0-9][0-9][0-9][0-9][0-9]$/) fail("bad area row: " $0)
    if (!($3 in cityProv) || cityProv[$3] != $4 || substr($1, 1, 4) != $3)
        fail("area " $1 " has bad city " $3 " / province " $4)
    n = name($2)
    if (n == cityName[$3]) { skippedSelf++; next }
    emit($1, n, "county", (cityName[$3] in placeholder) ? $4 "0000" : $3 "00")
    next
}
END {
    if (failed) exit 1
    if (file != 3) { print "expected three CSV files" > "/dev/stderr"; exit 1 }
    printf "provinces %d, prefectures %d, counties %d; skipped %d placeholder cities, %d self-areas\n", \
        count["province"], count["prefecture"], count["county"], skippedPlaceholders, skippedSelf > "/dev/stderr"
}
' "$src/provinces.csv" "$src/cities.csv" "$src/areas.csv" > "$tmp.body"

{
    printf 'code\tname\tlevel\tparent\n'
    sort "$tmp.body"
} > "$tmp"
rm -f "$tmp.body"
chmod 644 "$tmp"
mv "$tmp" "$out"
trap - EXIT
echo "wrote $out" >&2
