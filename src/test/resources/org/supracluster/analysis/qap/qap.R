# Independent check of TradeCopatentComparison with R's sna (Butts), on the fixture beside this
# script: firms.csv (firm index, cluster under the five super-regions, -1 = no cluster) and
# links.csv (the merged links of the view "all years, both types" of the generated 1,000-firm
# network: SampleGenerator's default seed, as `supracluster sample --firms 1000`; co-patent links
# stored with from < to). Writes expected.csv, which TradeCopatentQapRTest compares with the
# Java figures. The build never runs this script.
#
#   apt-get install -y r-cran-sna
#   cd src/test/resources/org/supracluster/analysis/qap && Rscript qap.R > expected.csv
#
# expected.csv was made with R 4.2.2 and sna 2.7-1 (Debian's r-cran-sna), in about two minutes.
# The firm-level p-values of sna's qaptest are random draws (200 here), only a plausibility check.
suppressPackageStartupMessages(library(sna))
firms <- read.csv("firms.csv")
links <- read.csv("links.csv")
n <- nrow(firms)

# Firm x firm adjacency of one type: trade directed (row = supplier), co-patent symmetric.
adjacency <- function(type, weighted) {
  l <- links[links$type == type, ]
  m <- matrix(0, n, n)
  m[cbind(l$from + 1, l$to + 1)] <- if (weighted) l$weight else 1
  if (type == "copatent") m <- m + t(m)
  m
}

out <- data.frame(measure = character(), value = numeric(), stringsAsFactors = FALSE)
put <- function(measure, value) out[nrow(out) + 1, ] <<- list(measure, value)

all_permutations <- function(k) {
  if (k == 1) return(matrix(1, 1, 1))
  smaller <- all_permutations(k - 1)
  do.call(rbind, lapply(1:k, function(first) cbind(first, matrix(setdiff(1:k, first)[smaller], ncol = k - 1))))
}

clusters <- sort(unique(firms$cluster[firms$cluster >= 0]))
for (weighted in c(FALSE, TRUE)) {
  tag <- if (weighted) "weighted_" else ""
  trade <- adjacency("trade", weighted)
  copatent <- adjacency("copatent", weighted)
  # Cluster-pair densities: D_T(c,d) = (T_cd + T_dc) / (2 n_c n_d), D_P(c,d) = P_cd / (n_c n_d).
  k <- length(clusters)
  size <- sapply(clusters, function(c) sum(firms$cluster == c))
  block <- function(m, c, d) sum(m[firms$cluster == c, firms$cluster == d])
  dt <- matrix(0, k, k)
  dp <- matrix(0, k, k)
  for (a in 1:k) for (b in 1:k) if (a != b) {
    pairs <- size[a] * size[b]
    dt[a, b] <- (block(trade, clusters[a], clusters[b]) + block(trade, clusters[b], clusters[a])) / (2 * pairs)
    dp[a, b] <- block(copatent, clusters[a], clusters[b]) / pairs
  }
  r <- gcor(dt, dp, mode = "graph")
  # Exact QAP: every relabelling of the K clusters (sna's qaptest would draw them at random).
  perms <- all_permutations(k)
  dist <- apply(perms, 1, function(p) gcor(dt, dp[p, p], mode = "graph"))
  put(paste0(tag, "density_correlation"), r)
  put(paste0(tag, "density_qap_p_at_least"), mean(dist >= r - 1e-12))
  put(paste0(tag, "density_qap_p_at_most"), mean(dist <= r + 1e-12))
  put(paste0(tag, "density_qap_permutations"), nrow(perms))
  # Firm level: trade symmetrised "weak" (either direction) for counts, summed both ways for weights.
  tsym <- if (weighted) trade + t(trade) else symmetrize(trade, rule = "weak")
  put(paste0(tag, "firm_correlation"), gcor(tsym, copatent, mode = "graph"))
  set.seed(1)
  q <- qaptest(list(tsym, copatent), gcor, g1 = 1, g2 = 2, mode = "graph", reps = 200)
  put(paste0(tag, "firm_qap_p_at_least_sna"), q$pgreq)
  put(paste0(tag, "firm_qap_p_at_most_sna"), q$pleeq)
}
put("firms", n)
write.csv(transform(out, value = format(value, digits = 17, trim = TRUE)), stdout(), row.names = FALSE,
          quote = FALSE)
