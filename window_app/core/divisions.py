"""GB/T 2260 division codes the window issues under and accepts (Zhanjiang)."""

from __future__ import annotations

ZHANJIANG_AUTHORITIES: dict[str, str] = {
    "440800": "湛江市",
    "440802": "赤坎区",
    "440803": "霞山区",
    "440804": "坡头区",
    "440811": "麻章区",
    "440823": "遂溪县",
    "440825": "徐闻县",
    "440881": "廉江市",
    "440882": "雷州市",
    "440883": "吴川市",
}

# Province-level codes (first two digits) of GB/T 2260; a code never changes once issued,
# so validation accepts any historical county under these provinces.
PROVINCES = {
    "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
    "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
    "65", "71", "81", "82",
}  # fmt: skip


def plausible_region(code: str) -> bool:
    """A 6-digit code under a real province; '100000' is the national level used by central bodies."""
    if len(code) != 6 or not code.isdigit():
        return False
    return code == "100000" or code[:2] in PROVINCES
