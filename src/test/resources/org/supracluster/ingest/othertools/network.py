"""The one invented network every fixture in this folder holds (shared by the Python scripts).

Six firms (invented, not real companies) and eight links: five trade links (directed, supplier
-> customer) and three co-patent links (undirected). KS002 and KS005 have both a trade and a
co-patent link; KS002 and KS003 trade both ways; one trade weighs 2.5; one trade has no year;
KS006 has no head count. OtherToolsImportTest checks each imported file against these values.
"""

# id, name, region, lat, lon, segment, employees (None: unknown)
FIRMS = [
    ("KS001", "한빛반도체", "경기", 37.2636, 127.0286, "design", 85),
    ("KS002", "새솔테크", "충북", 36.6424, 127.4890, "fab", 1200),
    ("KS003", "누리소재", "경북", 36.1195, 128.3446, "materials", 340),
    ("KS004", "다온장비", "충남", 36.8151, 127.1139, "equipment", 210),
    ("KS005", "별빛패키징", "대전", 36.3504, 127.3845, "packaging", 95),
    ("KS006", "가람연구소", "서울", 37.5665, 126.9780, "research", None),
]

# source, target, kind, weight, year (None: unknown)
LINKS = [
    ("KS003", "KS002", "trade", 12.0, 2021),
    ("KS002", "KS003", "trade", 4.0, 2022),
    ("KS004", "KS002", "trade", 2.5, 2022),
    ("KS002", "KS005", "trade", 7.0, 2021),
    ("KS001", "KS002", "trade", 3.0, None),
    ("KS001", "KS006", "copatent", 2.0, 2020),
    ("KS002", "KS005", "copatent", 1.0, 2021),
    ("KS003", "KS004", "copatent", 1.0, 2023),
]
