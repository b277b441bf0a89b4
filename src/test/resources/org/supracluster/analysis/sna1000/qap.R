# Independent figures for TradeCopatentQapRTest (issue 14): the correlation of cluster-pair
# densities with its exact QAP, and the firm-level correlation, from R's sna (gcor, symmetrize,
# qaptest) on this folder's fixture (firms.csv: id, region, group; links.csv: the merged links of
# the generated 1,000-firm network, see README.md), in the views of check_sna.R: "all" and
# "two_clusters" (capital region, Chungcheong-Daejeon and "other": two clusters in view, one cell,
# no density correlation). Writes expected_qap.csv. The build does not need R.
#
# Run (R with sna: apt-get install -y r-cran-sna; about two minutes), from the repository root:
#   Rscript src/test/resources/org/supracluster/analysis/sna1000/qap.R \
#       src/test/resources/org/supracluster/analysis/sna1000
# expected_qap.csv was made with R 4.2.2 and sna 2.7-1. The firm-level p-values of qaptest are
# random draws (200), a plausibility check only.
suppressPackageStartupMessages(library(sna))

args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 1) stop("usage: Rscript qap.R FIXTURE_DIR")
dir <- args[1]
firms <- read.csv(file.path(dir, "firms.csv"), encoding = "UTF-8", stringsAsFactors = FALSE)
links <- read.csv(file.path(dir, "links.csv"), encoding = "UTF-8", stringsAsFactors = FALSE)
clusters <- c("capital", "chungcheong", "daegu", "southeast", "honam")

all_permutations <- function(k) {
  if (k == 1) return(matrix(1, 1, 1))
  smaller <- all_permutations(k - 1)
  do.call(rbind, lapply(1:k, function(first) cbind(first, matrix(setdiff(1:k, first)[smaller], ncol = k - 1))))
}

out <- data.frame(view = character(), measure = character(), value = numeric(), stringsAsFactors = FALSE)
put <- function(view, measure, value) out[nrow(out) + 1, ] <<- list(view, measure, value)

for (view in c("all", "two_clusters")) {
  shown <- if (view == "all") firms else firms[firms$group %in% c("capital", "chungcheong", "other"), ]
  n <- nrow(shown)
  l <- links[links$source %in% shown$id & links$target %in% shown$id, ]
  index <- setNames(seq_len(n), shown$id)
  adjacency <- function(type) {
    m <- matrix(0, n, n)
    t <- l[l$type == type, ]
    m[cbind(index[t$source], index[t$target])] <- 1
    m
  }
  trade <- adjacency("trade")                  # row = supplier
  copatent <- symmetrize(adjacency("copatent"), rule = "weak")
  # Cluster-pair densities over the clusters with a shown firm:
  # D_T(c,d) = (T_cd + T_dc) / (2 n_c n_d), D_P(c,d) = P_cd / (n_c n_d).
  inview <- clusters[clusters %in% shown$group]
  k <- length(inview)
  size <- sapply(inview, function(c) sum(shown$group == c))
  block <- function(m, c, d) sum(m[shown$group == c, shown$group == d])
  dt <- matrix(0, k, k)
  dp <- matrix(0, k, k)
  for (a in 1:k) for (b in 1:k) if (a != b) {
    pairs <- size[a] * size[b]
    dt[a, b] <- (block(trade, inview[a], inview[b]) + block(trade, inview[b], inview[a])) / (2 * pairs)
    dp[a, b] <- block(copatent, inview[a], inview[b]) / pairs
  }
  put(view, "clusters_in_view", k)
  if (k >= 3) {
    r <- gcor(dt, dp, mode = "graph")
    # Exact QAP: every relabelling of the clusters (qaptest would draw them at random).
    perms <- all_permutations(k)
    dist <- apply(perms, 1, function(p) gcor(dt, dp[p, p], mode = "graph"))
    put(view, "density_correlation", r)
    put(view, "density_qap_p_at_least", mean(dist >= r - 1e-12))
    put(view, "density_qap_p_at_most", mean(dist <= r + 1e-12))
    put(view, "density_qap_permutations", nrow(perms))
  }
  # Firm level: trade symmetrised "weak" (a pair trading in either direction).
  tsym <- symmetrize(trade, rule = "weak")
  put(view, "firms", n)
  put(view, "firm_correlation", gcor(tsym, copatent, mode = "graph"))
  set.seed(1)
  q <- qaptest(list(tsym, copatent), gcor, g1 = 1, g2 = 2, mode = "graph", reps = 200)
  put(view, "firm_qap_p_at_least_sna", q$pgreq)
  put(view, "firm_qap_p_at_most_sna", q$pleeq)
}
out$value <- format(out$value, digits = 17, trim = TRUE)
write.csv(out, file.path(dir, "expected_qap.csv"), row.names = FALSE, quote = FALSE)
