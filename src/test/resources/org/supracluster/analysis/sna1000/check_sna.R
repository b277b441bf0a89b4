# Independent figures for SnaCrossCheckTest (issue 14): Gould–Fernandez brokerage from R's
# sna::brokerage, and Guimerà–Amaral z, P, role and the cluster-level I, E, E-I and shares written
# out here from their definitions (DESIGN.md, "Analysis definitions"), with "other" (firms in no
# cluster: Gangwon, Jeju) a group of its own.
#
# Run (needs R with sna: apt-get install -y r-cran-sna), from the repository root:
#   java -jar target/supracluster.jar sample --firms 1000 --out /tmp/sample1000
#   Rscript src/test/resources/org/supracluster/analysis/sna1000/check_sna.R /tmp/sample1000 \
#       src/test/resources/org/supracluster/analysis/sna1000
# It writes the fixture (firms.csv: id, region, group; links.csv: the merged links) and the
# expected values (expected_firms_VIEW.csv, expected_groups_VIEW.csv) for two views: "all" (every
# firm and link) and "two_clusters" (firms of the capital region, Chungcheong–Daejeon and "other").
suppressPackageStartupMessages(library(sna))

args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 2) stop("usage: Rscript check_sna.R SAMPLE_DIR OUT_DIR")
sample_dir <- args[1]
out_dir <- args[2]

firms <- read.csv(file.path(sample_dir, "firms.csv"), encoding = "UTF-8", stringsAsFactors = FALSE)
links <- read.csv(file.path(sample_dir, "links.csv"), encoding = "UTF-8", stringsAsFactors = FALSE)

# The default scheme "five super-regions" by the sample's short Korean province names.
cluster_of_region <- c(
  "서울" = "capital", "인천" = "capital", "경기" = "capital",
  "대전" = "chungcheong", "세종" = "chungcheong", "충북" = "chungcheong", "충남" = "chungcheong",
  "대구" = "daegu", "경북" = "daegu",
  "부산" = "southeast", "울산" = "southeast", "경남" = "southeast",
  "광주" = "honam", "전북" = "honam", "전남" = "honam",
  "강원" = "other", "제주" = "other")
clusters <- c("capital", "chungcheong", "daegu", "southeast", "honam")
groups <- c(clusters, "other")
firms$group <- unname(cluster_of_region[firms$region])
stopifnot(!any(is.na(firms$group)))

# Merged links: one trade link per (supplier, customer), one co-patent link per unordered pair;
# no self-loops.
links <- links[links$source != links$target, ]
cp <- links$type == "copatent"
a <- ifelse(cp, pmin(links$source, links$target), links$source)
b <- ifelse(cp, pmax(links$source, links$target), links$target)
merged <- unique(data.frame(source = a, target = b, type = links$type, stringsAsFactors = FALSE))
merged <- merged[order(merged$type, merged$source, merged$target), ]

write.csv(firms[, c("id", "region", "group")], file.path(out_dir, "firms.csv"), row.names = FALSE,
          quote = FALSE, fileEncoding = "UTF-8")
write.csv(merged, file.path(out_dir, "links.csv"), row.names = FALSE, quote = FALSE, fileEncoding = "UTF-8")

fmt <- function(x) sprintf("%.17g", x)

run_view <- function(name, keep_groups) {
  f <- firms[firms$group %in% keep_groups, ]
  n <- nrow(f)
  idx <- setNames(seq_len(n), f$id)
  m <- merged[merged$source %in% f$id & merged$target %in% f$id, ]
  g <- match(f$group, groups)  # group number per firm, "other" = 6

  # Brokerage: sna on the directed trade links, every firm in a group.
  tr <- m[m$type == "trade", ]
  trade <- matrix(0, n, n)
  trade[cbind(idx[tr$source], idx[tr$target])] <- 1
  br <- brokerage(trade, f$group)$raw.nli
  roles <- cbind(coordinator = br[, "w_I"], itinerant = br[, "w_O"], representative = br[, "b_IO"],
                 gatekeeper = br[, "b_OI"], liaison = br[, "b_O"])

  # Guimerà–Amaral on the neighbour view: neighbours once if any link joins them.
  adj <- matrix(0, n, n)
  adj[cbind(idx[m$source], idx[m$target])] <- 1
  adj <- pmax(adj, t(adj))
  diag(adj) <- 0
  member <- outer(g, seq_along(groups), "==") * 1
  kit <- adj %*% member                      # neighbours of i in each group
  k <- rowSums(adj)
  kappa <- kit[cbind(seq_len(n), g)]
  ns <- tabulate(g, length(groups))[g]
  sum_k <- tapply(kappa, factor(g, levels = seq_along(groups)), sum)[g]
  sum_k2 <- tapply(kappa^2, factor(g, levels = seq_along(groups)), sum)[g]
  zn <- ns * kappa - sum_k                   # z = zn / sqrt(zv), the population σ
  zv <- ns * sum_k2 - sum_k^2
  z <- ifelse(zv > 0, zn / sqrt(zv), 0)
  pn <- k^2 - rowSums(kit^2)                 # P = pn / pd
  pd <- ifelse(k > 0, k^2, 1)
  p <- pn / pd
  hub <- zv > 0 & zn >= 0 & 4 * zn^2 >= 25 * zv
  at_most <- function(h) 100 * pn <= h * pd  # exact: the integers are far below 2^53
  role <- ifelse(hub, ifelse(at_most(30), "R5", ifelse(at_most(75), "R6", "R7")),
                 ifelse(at_most(5), "R1", ifelse(at_most(62), "R2", ifelse(at_most(80), "R3", "R4"))))
  out <- data.frame(id = f$id, roles, z = fmt(z), participation = fmt(p), role = role)
  write.csv(out, file.path(out_dir, paste0("expected_firms_", name, ".csv")), row.names = FALSE,
            quote = FALSE, fileEncoding = "UTF-8")

  # Cluster figures on the merged links (a trade and a co-patent link between two firms are two).
  ga <- g[idx[m$source]]
  gb <- g[idx[m$target]]
  internal <- sapply(seq_along(groups), function(c) sum(ga == c & gb == c))
  external <- sapply(seq_along(groups), function(c) sum((ga == c) != (gb == c)))
  nfirms <- tabulate(g, length(groups))
  cl <- seq_along(clusters)
  kview <- sum(nfirms[cl] > 0)
  sum_i <- sum(internal[cl])
  sum_e <- sum(external[cl])   # = 2 × inter-cluster + cluster–other links
  in_view <- c(nfirms[cl] > 0, FALSE)
  ishare <- ifelse(in_view, internal / sum_i, NA)
  eshare <- ifelse(in_view, external / sum_e, NA)
  ei <- ifelse(internal + external > 0, (external - internal) / (external + internal), NA)
  quadrant <- ifelse(!in_view, "", ifelse(internal * kview >= sum_i & sum_i > 0,
      ifelse(external * kview >= sum_e & sum_e > 0, "CORE_HUB", "INTERNALLY_ORIENTED"),
      ifelse(external * kview >= sum_e & sum_e > 0, "EXTERNALLY_ORIENTED", "PERIPHERAL")))
  by_group <- apply(roles, 2, function(col) tapply(col, factor(g, levels = seq_along(groups)), sum))
  by_group[is.na(by_group)] <- 0
  gout <- data.frame(group = groups, firms = nfirms, internal = internal, external = external,
                     ei_index = ifelse(is.na(ei), "", fmt(ei)),
                     internal_share = ifelse(is.na(ishare), "", fmt(ishare)),
                     external_share = ifelse(is.na(eshare), "", fmt(eshare)),
                     role = quadrant, by_group, clusters_in_view = kview)
  write.csv(gout, file.path(out_dir, paste0("expected_groups_", name, ".csv")), row.names = FALSE,
            quote = FALSE, fileEncoding = "UTF-8")
  cat(sprintf("%s: %d firms, %d merged links (%d trade), K = %d, %d open two-paths (%d through an \"other\" firm)\n",
              name, n, nrow(m), nrow(tr), kview, sum(roles), sum(roles[g == 6, ])))
}

run_view("all", groups)
run_view("two_clusters", c("capital", "chungcheong", "other"))
