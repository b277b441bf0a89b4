# Writes the network of network.py with R igraph (Debian bookworm's r-cran-igraph), as a user
# would: two data frames, graph_from_data_frame(), write_graph(format = "graphml").
# Run from this folder: Rscript r_igraph_write.R   (in a UTF-8 locale, e.g. LANG=C.UTF-8).
# The build does not run this: the files it wrote are committed beside it (see README.md).
#
# An R igraph graph is directed or undirected: these are directed graphs and a co-patent link is
# one edge with its type. igraph writes node ids n0, n1, ... and the vertex names (the first
# column of `vertices`) as the value `name`. The unknown year and head count are NA.
#
# r_igraph.graphml: the firm table's columns are id, label (the firm name), region, ...
# r_igraph_named.graphml: the firm table calls the firm name `name`, as network.py does. R igraph
#   then overwrites the vertex names (the ids) with that column, so the file holds no firm id at
#   all: the firms can only be known by their names. The edges still join the right firms.
library(igraph)

firms <- data.frame(
  id = c("KS001", "KS002", "KS003", "KS004", "KS005", "KS006"),
  label = c("한빛반도체", "새솔테크", "누리소재", "다온장비", "별빛패키징", "가람연구소"),
  region = c("경기", "충북", "경북", "충남", "대전", "서울"),
  lat = c(37.2636, 36.6424, 36.1195, 36.8151, 36.3504, 37.5665),
  lon = c(127.0286, 127.4890, 128.3446, 127.1139, 127.3845, 126.9780),
  segment = c("design", "fab", "materials", "equipment", "packaging", "research"),
  employees = c(85, 1200, 340, 210, 95, NA)
)
links <- data.frame(
  source = c("KS003", "KS002", "KS004", "KS002", "KS001", "KS001", "KS002", "KS003"),
  target = c("KS002", "KS003", "KS002", "KS005", "KS002", "KS006", "KS005", "KS004"),
  type = c("trade", "trade", "trade", "trade", "trade", "copatent", "copatent", "copatent"),
  weight = c(12, 4, 2.5, 7, 3, 2, 1, 1),
  year = c(2021, 2022, 2022, 2021, NA, 2020, 2021, 2023)
)

g <- graph_from_data_frame(links, directed = TRUE, vertices = firms)
write_graph(g, "r_igraph.graphml", format = "graphml")

named <- firms
names(named)[names(named) == "label"] <- "name"
g <- graph_from_data_frame(links, directed = TRUE, vertices = named)
write_graph(g, "r_igraph_named.graphml", format = "graphml")

cat("R", R.version$major, ".", R.version$minor, " igraph ", as.character(packageVersion("igraph")), "\n", sep = "")
