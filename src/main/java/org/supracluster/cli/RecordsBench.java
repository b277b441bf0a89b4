package org.supracluster.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.supracluster.ingest.Importer;
import org.supracluster.store.Database;

/**
 * The benchmark of raw records ({@code bench --records N}): a synthetic firm list of 20,000 firms
 * and a patent file of N records whose applicants are written as analysts find them (legal
 * forms before or after, spaces moved, ㈜), with one applicant in fifty outside the list; times a
 * dry run and then the import of the patent file into a database holding the firms. Every name
 * is invented.
 */
final class RecordsBench {

    static final int FIRMS = 20_000;

    private static final String[] FIRST = {"가", "나", "다", "라", "마", "바", "사", "아", "자", "차", "카", "타", "파", "하",
        "한", "새", "온", "빛", "솔", "별"};
    private static final String[] SECOND = {"람", "래", "솜", "온", "루", "빛", "솔", "누리", "결", "봄", "샘", "들", "뫼",
        "벗", "슬", "찬", "해", "담", "윤", "린"};
    private static final String[] WORD = {"전자", "소재", "정밀", "테크", "반도체", "장비", "시스템", "이엔지"};
    private static final String[] FORM = {"(주)%s", "%s 주식회사", "주식회사 %s", "㈜%s", "%s(주)", "%s"};

    private RecordsBench() {
    }

    /** The firm's name as the firm list writes it. */
    private static String name(int i) {
        return FIRST[i % 20] + SECOND[(i / 20) % 20] + WORD[(i / 400) % 8] + " " + (i / 3200 + 1);
    }

    /** Writes firms.csv and patents.csv into {@code dir}. */
    static void write(Path dir, int records, long seed) throws IOException {
        Files.createDirectories(dir);
        SplittableRandom random = new SplittableRandom(seed);
        try (Writer w = Files.newBufferedWriter(dir.resolve("firms.csv"), StandardCharsets.UTF_8)) {
            w.write("id,name,region,lat,lon\n");
            for (int i = 0; i < FIRMS; i++) {
                w.write("r" + i + "," + name(i) + ",경기," + (37.0 + random.nextDouble(0.5)) + ","
                        + (127.0 + random.nextDouble(0.5)) + "\n");
            }
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve("patents.csv"), StandardCharsets.UTF_8)) {
            w.write("출원번호,출원일자,발명의명칭,출원인\n");
            for (int p = 0; p < records; p++) {
                int n = 2 + random.nextInt(3);
                StringBuilder applicants = new StringBuilder();
                for (int a = 0; a < n; a++) {
                    String written;
                    if (random.nextInt(50) == 0) {
                        written = "미등록연구소 " + random.nextInt(2000);
                    } else {
                        String base = name(random.nextInt(FIRMS));
                        if (random.nextBoolean()) {
                            base = base.replace(" ", "");
                        }
                        written = String.format(FORM[random.nextInt(FORM.length)], base);
                    }
                    applicants.append(a > 0 ? "; " : "").append(written);
                }
                w.write("10-" + (2015 + p % 8) + "-" + p + "," + (2015 + p % 8) + ".0" + (1 + p % 9) + ".15,합성 특허 "
                        + p + ",\"" + applicants + "\"\n");
            }
        }
    }

    /** {@code recordsDryRun} and {@code recordsImport} in milliseconds, and what the import found. */
    static Map<String, Double> measure(Path dir, Path dbFile) {
        try (Database db = Database.open(dbFile)) {
            Importer.Result firms = Importer.importFiles(db, List.of(dir.resolve("firms.csv")),
                    Importer.Options.defaults());
            if (!firms.stored()) {
                throw new UserError("the benchmark firms did not import:\n" + String.join("\n", firms.report().lines()));
            }
            List<Path> patents = List.of(dir.resolve("patents.csv"));
            long t0 = System.nanoTime();
            Importer.Result dry = Importer.importFiles(db, patents, Importer.Options.defaults().withDryRun(true));
            long t1 = System.nanoTime();
            Importer.Result done = Importer.importFiles(db, patents, Importer.Options.defaults());
            long t2 = System.nanoTime();
            if (!dry.valid() || !done.stored()) {
                throw new UserError("the benchmark records did not import:\n" + String.join("\n", done.report().lines()));
            }
            return Map.of("recordsDryRun", (t1 - t0) / 1e6, "recordsImport", (t2 - t1) / 1e6,
                    "recordsUnmatched", (double) done.unmatched().size(),
                    "recordsLinks", (double) done.counts().linksAdded());
        }
    }
}
