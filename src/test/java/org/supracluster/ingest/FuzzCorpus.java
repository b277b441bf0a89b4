package org.supracluster.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.supracluster.export.GexfWriter;
import org.supracluster.export.GraphMLWriter;
import org.supracluster.model.Filter;
import org.supracluster.model.NetworkView;
import org.supracluster.model.Region;

/**
 * Writes the seed corpus that {@link ImporterFuzzTest} replays in every build: hand-made hostile
 * inputs for each importer (ragged rows, broken quotes, stray BOMs, NUL bytes, invalid UTF-8,
 * CP949 text, a 1 MB field, 100,000 columns, extreme numbers, wrong coordinates, blank ids, every
 * region misspelt, DTDs, entities, deep nesting). Deterministic: running it again gives the same
 * files. Entries Jazzer finds while fuzzing are saved beside these under their own names.
 *
 * <pre>mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.supracluster.ingest.FuzzCorpus</pre>
 * (README, "Hardening"). Found entries are named {@code found-…} and are not written here.
 */
public final class FuzzCorpus {

    static final String FIRMS_HEADER = "id,name,region,city,lat,lon,segment,employees\n";
    static final String FIRM_ROW = "n1,수원 장비 201,경기,수원,37.26,127.03,equipment,120\n";
    static final String LINKS_HEADER = "source,target,type,weight,year\n";
    static final String LINK_ROW = "f1,f2,trade,2,2021\n";
    static final String PATENTS_HEADER = "patent_id,year,applicants\n";
    static final String PATENT_ROW = "KR-1,2020,f1;f2\n";
    static final String TRADES_HEADER = "supplier,customer,amount,year\n";
    static final String TRADE_ROW = "f1,f2,1500,2021\n";

    private final Map<String, Map<String, byte[]>> targets = new LinkedHashMap<>();

    private FuzzCorpus() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0]
                : "src/test/resources/org/supracluster/ingest/ImporterFuzzTestInputs");
        FuzzCorpus c = new FuzzCorpus();
        c.build();
        int n = 0;
        long bytes = 0;
        for (var t : c.targets.entrySet()) {
            Path d = Files.createDirectories(out.resolve(t.getKey()));
            for (var e : t.getValue().entrySet()) {
                Files.write(d.resolve(e.getKey()), e.getValue());
                n++;
                bytes += e.getValue().length;
            }
        }
        System.out.printf("%d inputs, %d bytes, in %s%n", n, bytes, out);
    }

    private void put(String target, String name, byte[] content) {
        Map<String, byte[]> m = targets.computeIfAbsent(target, k -> new LinkedHashMap<>());
        if (m.put(name, content) != null) {
            throw new IllegalStateException("two entries named " + target + "/" + name);
        }
    }

    private void put(String target, String name, String content) {
        put(target, name, utf8(content));
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            b.writeBytes(p);
        }
        return b.toByteArray();
    }

    private void build() throws IOException {
        csv("firmsCsv", FIRMS_HEADER, FIRM_ROW);
        csv("linksCsv", LINKS_HEADER, LINK_ROW);
        csv("patentsCsv", PATENTS_HEADER, PATENT_ROW);
        csv("tradesCsv", TRADES_HEADER, TRADE_ROW);
        firms();
        links();
        patents();
        trades();
        anyCsv();
        xml("graphml", graphml());
        xml("gexf", gexf());
        graphmlOnly();
        gexfOnly();
    }

    /** Damage that any CSV file can suffer, applied to a good header and row of each kind. */
    private void csv(String t, String header, String row) {
        String good = header + row;
        String[] cols = header.strip().split(",");
        put(t, "good", good);
        put(t, "empty", "");
        put(t, "header-only", header);
        put(t, "bom-only", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        put(t, "bom-header-only", "\uFEFF" + header);
        put(t, "bom-twice", "\uFEFF\uFEFF" + good);
        put(t, "bom-in-the-middle", header + "\uFEFF" + row + row.replace(",", ",\uFEFF"));
        put(t, "ragged-short", header + row.substring(0, row.indexOf(',')) + "\n" + row);
        put(t, "ragged-long", header + row.strip() + ",extra,more,,\n");
        put(t, "unterminated-quote", header + "\"" + row);
        put(t, "unterminated-quote-at-end", good + "\"abc,def");
        put(t, "quote-in-the-middle", header + row.replaceFirst(",", ",ab\"c\","));
        put(t, "quoted-newlines", header + "\"" + row.strip().replace(",", "\n\",\"") + "\"\n");
        put(t, "nul-bytes", header + row.replace(",", "\u0000,"));
        put(t, "nul-in-header", header.replace(",", ",\u0000") + row);
        put(t, "only-nuls", new byte[64]);
        put(t, "invalid-utf8-ff", concat(utf8(header), new byte[] {(byte) 0xFF, (byte) 0xFE, ','}, utf8(row)));
        put(t, "invalid-utf8-lone-lead", concat(utf8(header + row.strip()), new byte[] {(byte) 0xC3}, utf8("\n")));
        put(t, "invalid-utf8-overlong", concat(utf8(header), new byte[] {(byte) 0xC0, (byte) 0xAF}, utf8(row)));
        put(t, "invalid-utf8-surrogate", concat(utf8(header), new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                utf8(row)));
        put(t, "cp949-as-utf8", (header + row + row.replace("1", "3")).getBytes(Charset.forName("MS949")));
        put(t, "cp949-and-utf8-mixed", concat(utf8(header + row), ("가나다," + row).getBytes(Charset.forName("MS949"))));
        put(t, "utf16le-bom", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, good.getBytes(StandardCharsets.UTF_16LE)));
        put(t, "utf16be-no-bom", good.getBytes(StandardCharsets.UTF_16BE));
        put(t, "cr-only", good.replace("\n", "\r"));
        put(t, "crlf-mixed", header.replace("\n", "\r\n") + row + row.replace("\n", "\r\n"));
        put(t, "semicolons", good.replace(",", ";"));
        put(t, "tabs", good.replace(",", "\t"));
        put(t, "excel-sep-line", "sep=,\n" + good);
        put(t, "duplicate-header", header.strip() + "," + cols[0] + "\n" + row.strip() + ",x\n");
        put(t, "blank-header-names", header.strip() + ",,\n" + row.strip() + ",a,b\n");
        put(t, "header-of-commas", ",,,,\n" + row);
        put(t, "upper-case-header", header.toUpperCase(java.util.Locale.ROOT) + row);
        put(t, "spaces-around", header.replace(",", " , ") + row.replace(",", " , "));
        put(t, "blank-lines", "\n\n" + header + "\n\n" + row + "\n \n");
        put(t, "formula-cells", header + row.replaceFirst("^[^,]*", "=cmd|' /C calc'!A0"));
        put(t, "control-and-bidi", header + row.replaceFirst(",", "\u202E\u0007\u001B,"));
        put(t, "emoji-and-ideographic-space", header + row.replaceFirst(",", "\u3000😀,"));
        put(t, "whitespace-ids", header + row.replaceFirst("^[^,]*", " ") + row.replaceFirst("^[^,]*", "\u00A0")
                + row.replaceFirst("^[^,]*", "\u3000") + row.replaceFirst("^[^,]*", "\"\t\""));
        put(t, "very-long-line-count", header + row.repeat(2000));
        put(t, "binary-garbage", randomBytes(t.hashCode(), 4096));
        put(t, "zip-header", concat(new byte[] {'P', 'K', 3, 4}, randomBytes(7, 512)));
    }

    private void firms() {
        String t = "firmsCsv";
        String h = FIRMS_HEADER;
        put(t, "numbers-1e309", h + "n1,A,경기,수원,1e309,-1e309,fab,1e309\n");
        put(t, "numbers-nan", h + "n1,A,경기,수원,NaN,NaN,fab,NaN\n");
        put(t, "numbers-infinity", h + "n1,A,경기,수원,Infinity,-Infinity,fab,Infinity\n");
        put(t, "numbers-negative-zero", h + "n1,A,경기,수원,-0,-0.0,fab,-0\n");
        put(t, "numbers-hex-and-comma", h + "n1,A,경기,수원,0x25,\"127,03\",fab,0x10\n");
        put(t, "numbers-tiny", h + "n1,A,경기,수원,1e-400,4.9e-324,fab,1\n");
        put(t, "employees-overflow", h + "n1,A,경기,수원,37.2,127.1,fab,99999999999999999999\n"
                + "n2,B,경기,수원,37.2,127.1,fab,-5\n" + "n3,C,경기,수원,37.2,127.1,fab,3.7\n");
        put(t, "southern-hemisphere", h + "n1,A,경기,수원,-37.26,127.03,fab,1\n");
        put(t, "western-hemisphere", h + "n1,A,경기,수원,37.26,-127.03,fab,1\n");
        put(t, "lat-lon-swapped", h + "n1,A,경기,수원,127.03,37.26,fab,1\n");
        put(t, "out-of-range", h + "n1,A,경기,수원,91,181,fab,1\nn2,B,경기,수원,-91,-181,fab,1\n");
        put(t, "far-from-region", h + "n1,A,제주,제주,38.5,128.5,fab,1\n");
        put(t, "lat-only", h + "n1,A,경기,수원,37.2,,fab,1\n");
        put(t, "unknown-segment", h + "n1,A,경기,수원,37.2,127.1,Fab!,1\nn2,B,경기,수원,37.2,127.1,,1\n");
        put(t, "duplicate-ids", h + FIRM_ROW + FIRM_ROW.replace("201", "202"));
        put(t, "seed-id-updated", h + "f1,바뀐 이름,서울,서울,37.5,126.9,design,3\n");
        put(t, "empty-name", h + "n1,,경기,수원,37.2,127.1,fab,1\n");
        put(t, "missing-region-column", "id,name,lat,lon\nn1,A,37.2,127.1\n");
        put(t, "region-codes", h + "a,A,KR-41,,,,,\nb,B,41,,,,,\nc,C,42,,,,,\nd,D,45,,,,,\ne,E,51,,,,,\n"
                + "f,F,52,,,,,\ng,G,36,,,,,\nh,H,50,,,,,\ni,I,KR-50,,,,,\nj,J,kr-49,,,,,\n");
        put(t, "region-old-names", h + "a,A,강원도,,,,,\nb,B,전라북도,,,,,\nc,C,Ｇｙｅｏｎｇｇｉ,,,,,\n");
        put(t, "many-attributes", h.strip() + ",대표,founded,note\n" + FIRM_ROW.strip() + ",김철수,1998,\"R&D <lab>\"\n");
        put(t, "field-1mb", h + "n1," + "가".repeat(350_000) + ",경기,수원,37.2,127.1,fab,1\n");
        StringBuilder wide = new StringBuilder(h.strip());
        for (int i = 0; i < 100_000; i++) {
            wide.append(",c").append(i);
        }
        put(t, "columns-100000", wide + "\n" + FIRM_ROW);
        Random rnd = new Random(8);
        for (Region r : Region.values()) {
            StringBuilder b = new StringBuilder(h);
            int i = 0;
            for (String spelling : List.of(r.englishName(), r.koreanShort(), r.koreanName(), r.iso())) {
                for (String typo : typos(spelling, rnd)) {
                    b.append('t').append(i++).append(",T,").append(csvQuote(typo)).append(",,,,,\n");
                }
            }
            put(t, "region-typos-" + r.iso(), b.toString());
        }
    }

    private void links() {
        String t = "linksCsv";
        String h = LINKS_HEADER;
        put(t, "weights-extreme", h + "f1,f2,trade,1e309,2021\nf2,f3,trade,NaN,2021\nf1,f3,trade,-0,2021\n"
                + "f3,f1,trade,-1,2021\nf2,f1,trade,0,2021\nf1,f2,copatent,Infinity,\n");
        put(t, "years-extreme", h + "f1,f2,trade,1,2147483648\nf2,f3,trade,1,-5\nf1,f3,trade,1,20.5\n"
                + "f3,f1,trade,1,0\nf2,f1,trade,1,99999\n");
        put(t, "self-links", h + "f1,f1,trade,1,2021\nf2,f2,copatent,1,\n");
        put(t, "unknown-firms", h + "f1,nobody,trade,1,2021\nghost,f2,copatent,1,2021\n");
        put(t, "firms-by-name", h + "수원 장비 001,청주 패키징 002,trade,1,2021\n");
        put(t, "type-spellings", h + "f1,f2,TRADE,1,\nf1,f3, trade ,1,\nf2,f3,co-patent,1,\nf2,f1,Trade!,1,\n"
                + "f3,f2,,1,\n");
        put(t, "same-link-twice", h + LINK_ROW + LINK_ROW.replace(",2,", ",5,"));
        put(t, "copatent-both-ways", h + "f1,f2,copatent,1,2020\nf2,f1,copatent,2,2020\n");
        put(t, "whitespace-ends", h + " ,f2,trade,1,\nf1,\u3000,trade,1,\n\"\",\"\",trade,1,\n");
        put(t, "weight-missing-column", "source,target,type\nf1,f2,trade\n");
        StringBuilder many = new StringBuilder(h);
        String[] ids = {"f1", "f2", "f3", "old-1", "old-2"};
        for (int i = 0; i < 5_000; i++) {
            many.append(ids[i % 5]).append(',').append(ids[(i / 5 + 1 + i) % 5]).append(i % 2 == 0 ? ",trade," : ",copatent,")
                    .append(1 + i % 7).append(',').append(1990 + i % 40).append('\n');
        }
        put(t, "many-rows-with-self-links", many.toString());
    }

    private void patents() {
        String t = "patentsCsv";
        String h = PATENTS_HEADER;
        put(t, "one-applicant", h + "KR-1,2020,f1\n");
        put(t, "empty-applicants", h + "KR-1,2020,;;;\nKR-2,2020,\nKR-3,2020, ; \n");
        put(t, "repeated-applicant", h + "KR-1,2020,f1;f1;f1\n");
        put(t, "unknown-applicants", h + "KR-1,2020,f1;nobody;ghost\n");
        put(t, "applicants-by-name", h + "KR-1,2020,수원 장비 001;대전 연구소 003\n");
        put(t, "year-extreme", h + "KR-1,1e309,f1;f2\nKR-2,NaN,f1;f3\nKR-3,-0,f2;f3\n");
        put(t, "duplicate-patent-ids", h + PATENT_ROW + PATENT_ROW + "KR-1,2021,f2;f3\n");
        put(t, "other-separators", h + "KR-1,2020,\"f1,f2\"\nKR-2,2020,f1|f3\nKR-3,2020,f1；f2\n");
        StringBuilder big = new StringBuilder(h + "KR-big,2020,");
        String[] ids = {"f1", "f2", "f3", "old-1", "old-2"};
        for (int i = 0; i < 5000; i++) {
            big.append(i > 0 ? ";" : "").append(ids[i % 5]);
        }
        put(t, "applicants-5000-repeats", big + "\n");
        StringBuilder unknown = new StringBuilder(h + "KR-wide,2020,");
        for (int i = 0; i < 3000; i++) {
            unknown.append(i > 0 ? ";" : "").append("x").append(i);
        }
        put(t, "applicants-3000-unknown", unknown + "\n");
    }

    private void trades() {
        String t = "tradesCsv";
        String h = TRADES_HEADER;
        put(t, "amounts-extreme", h + "f1,f2,1e309,2021\nf2,f3,NaN,2021\nf1,f3,-0,2021\nf3,f1,-100,2021\n"
                + "f2,f1,0,2021\nf1,f2,Infinity,2022\n");
        put(t, "amounts-sum-overflow", h + "f1,f2,1e308,2021\nf1,f2,1e308,2021\nf1,f2,1e308,2021\n");
        put(t, "amounts-with-units", h + "f1,f2,\"1,500\",2021\nf2,f3,₩1500,2021\nf1,f3,1500원,2021\n");
        put(t, "self-trade", h + "f1,f1,10,2021\n");
        put(t, "unknown-parties", h + "f1,nobody,10,2021\nghost,f2,10,2021\n");
        put(t, "year-missing", h + "f1,f2,10,\nf1,f2,5,\n");
    }

    /** CSV files without a kind given: the header must tell, or the report must say it cannot. */
    private void anyCsv() {
        String t = "anyCsv";
        put(t, "firms", FIRMS_HEADER + FIRM_ROW);
        put(t, "links", LINKS_HEADER + LINK_ROW);
        put(t, "patents", PATENTS_HEADER + PATENT_ROW);
        put(t, "trades", TRADES_HEADER + TRADE_ROW);
        put(t, "unknown-header", "a,b,c\n1,2,3\n");
        put(t, "two-kinds-in-header", "id,name,region,source,target,type\nn1,A,경기,f1,f2,trade\n");
        put(t, "empty", "");
        put(t, "bom-only", "\uFEFF");
        put(t, "newlines-only", "\n\n\n");
        put(t, "graphml-content", "<?xml version=\"1.0\"?><graphml><graph/></graphml>");
        put(t, "cp949-firms", (FIRMS_HEADER + FIRM_ROW).getBytes(Charset.forName("MS949")));
        put(t, "header-with-nul", "id\u0000,name,region\nn1,A,경기\n");
        put(t, "utf16-firms", concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                (FIRMS_HEADER + FIRM_ROW).getBytes(StandardCharsets.UTF_16BE)));
        put(t, "binary-garbage", randomBytes(99, 2048));
    }

    private static String graphml() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        new GraphMLWriter().write(NetworkView.of(GraphFileFixtures.sampleNetwork(), Filter.all()), b);
        return b.toString(StandardCharsets.UTF_8);
    }

    private static String gexf() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        new GexfWriter().write(NetworkView.of(GraphFileFixtures.sampleNetwork(), Filter.all()), b);
        return b.toString(StandardCharsets.UTF_8);
    }

    /** Damage any XML file can suffer, applied to a good export. */
    private void xml(String t, String good) {
        int rootStart = good.indexOf('<', good.indexOf("?>") + 2);
        String prolog = good.substring(0, rootStart);
        String body = good.substring(rootStart);
        String root = body.substring(1, body.indexOf(' ') > 0 && body.indexOf(' ') < body.indexOf('>')
                ? body.indexOf(' ') : body.indexOf('>'));
        put(t, "good", good);
        put(t, "empty", "");
        put(t, "not-xml", "id,name,region\nn1,A,경기\n");
        put(t, "prolog-only", prolog);
        for (int cut : new int[] {10, 100, good.length() / 3, good.length() / 2, good.length() - 20}) {
            put(t, "truncated-at-" + cut, good.substring(0, Math.min(cut, good.length())));
        }
        put(t, "doctype-internal-entity", prolog + "<!DOCTYPE " + root + " [<!ENTITY x \"firm\">]>" + body
                .replaceFirst("수원", "&x;"));
        put(t, "doctype-billion-laughs", prolog + "<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
                + "<!ENTITY lol9 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">]>"
                + body.replaceFirst("수원", "&lol9;"));
        put(t, "doctype-external-file", prolog + "<!DOCTYPE " + root + " [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + body.replaceFirst("수원", "&xxe;"));
        put(t, "doctype-external-http", prolog + "<!DOCTYPE " + root + " SYSTEM \"http://127.0.0.1:9/evil.dtd\">"
                + body);
        put(t, "parameter-entity", prolog + "<!DOCTYPE " + root + " [<!ENTITY % p SYSTEM \"http://127.0.0.1:9/p\"> %p;]>"
                + body);
        put(t, "undeclared-entity", body.replaceFirst("수원", "&nope;"));
        put(t, "xinclude", body.replaceFirst(">", " xmlns:xi=\"http://www.w3.org/2001/XInclude\">"
                + "<xi:include href=\"file:///etc/passwd\" parse=\"text\"/>"));
        put(t, "deep-nesting", body.replaceFirst("</" + root + ">", "<x>".repeat(20_000) + "</x>".repeat(20_000)
                + "</" + root + ">"));
        put(t, "deep-nesting-unclosed", prolog + "<" + root + ">" + "<a>".repeat(20_000));
        put(t, "nul-bytes", good.replace("수원", "수\u0000원"));
        put(t, "char-ref-nul", good.replace("수원", "&#0;&#x1;"));
        put(t, "invalid-utf8", concat(utf8(good.substring(0, good.length() / 2)), new byte[] {(byte) 0xFF, (byte) 0xC0},
                utf8(good.substring(good.length() / 2))));
        put(t, "encoding-lie-euc-kr", good.replaceFirst("(?i)encoding=\"UTF-8\"", "encoding=\"EUC-KR\""));
        put(t, "encoding-unknown", good.replaceFirst("(?i)encoding=\"UTF-8\"", "encoding=\"x-nothing\""));
        put(t, "encoding-cp949-declared-utf8", good.getBytes(Charset.forName("MS949")));
        put(t, "utf16-bom", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, good.replaceFirst("(?i)UTF-8", "UTF-16")
                .getBytes(StandardCharsets.UTF_16LE)));
        put(t, "bom-then-xml", "\uFEFF" + good);
        put(t, "two-roots", good + body);
        put(t, "text-after-root", good + "trailing text");
        put(t, "wrong-root", prolog + "<html><body>not a graph</body></html>");
        put(t, "no-namespace", body.replaceAll("xmlns(:\\w+)?=\"[^\"]*\"", ""));
        put(t, "processing-instructions-and-cdata", body.replaceFirst("수원", "<![CDATA[수원<>&]]><?pi x?><!-- c -->"));
        put(t, "ids-blank", good.replaceAll("id=\"f1\"", "id=\" \"").replaceAll("\"f1\"", "\"\u3000\""));
        put(t, "ids-duplicate", good.replaceAll("\"f2\"", "\"f1\""));
        put(t, "edge-to-nowhere", good.replaceAll("target=\"f2\"", "target=\"nowhere\""));
        put(t, "edge-without-ends", good.replaceAll("source=\"f\\d\"", ""));
        put(t, "numbers-1e309", good.replaceAll(">37\\.263<", ">1e309<").replaceAll("\"37\\.263\"", "\"1e309\"")
                .replaceAll(">4\\.1<", ">NaN<").replaceAll("\"4\\.1\"", "\"NaN\""));
        put(t, "southern-hemisphere", good.replaceAll("37\\.263", "-37.263").replaceAll("127\\.029", "-127.029"));
        put(t, "huge-attribute", good.replaceFirst("수원 장비 017", "가".repeat(20_000)));
        StringBuilder attrs = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            attrs.append(" a").append(i).append("=\"").append(i).append('"');
        }
        put(t, "ten-thousand-attributes", body.replaceFirst("<" + root, "<" + root + attrs));
        put(t, "region-typo", good.replaceAll("KR-41", "KR-4l").replaceAll("경기", "겅기"));
        put(t, "binary-garbage", randomBytes(t.hashCode() + 1, 4096));
    }

    private void graphmlOnly() {
        String t = "graphml";
        String ns = "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">";
        put(t, "no-keys", ns + "<graph edgedefault=\"directed\"><node id=\"a\"/><node id=\"b\"/>"
                + "<edge source=\"a\" target=\"b\"/></graph></graphml>");
        put(t, "key-type-mismatch", ns + "<key id=\"k\" for=\"node\" attr.name=\"lat\" attr.type=\"boolean\"/>"
                + "<graph edgedefault=\"undirected\"><node id=\"a\"><data key=\"k\">yes</data></node></graph></graphml>");
        put(t, "data-with-unknown-key", ns + "<graph edgedefault=\"directed\"><node id=\"a\"><data key=\"zz\">1</data>"
                + "</node></graph></graphml>");
        put(t, "nested-graph", ns + "<graph edgedefault=\"directed\"><node id=\"a\"><graph id=\"g2\"><node id=\"b\"/>"
                + "</graph></node></graph></graphml>");
        put(t, "hyperedge", ns + "<graph edgedefault=\"directed\"><node id=\"a\"/><node id=\"b\"/><hyperedge>"
                + "<endpoint node=\"a\"/><endpoint node=\"b\"/></hyperedge></graph></graphml>");
        put(t, "two-graphs", ns + "<graph edgedefault=\"directed\"><node id=\"a\"/></graph>"
                + "<graph edgedefault=\"directed\"><node id=\"a\"/></graph></graphml>");
        put(t, "edgedefault-bogus", ns + "<graph edgedefault=\"sideways\"><node id=\"a\"/><node id=\"b\"/>"
                + "<edge source=\"a\" target=\"b\"/></graph></graphml>");
        put(t, "ports", ns + "<graph edgedefault=\"directed\"><node id=\"a\"><port name=\"p\"/></node><node id=\"b\"/>"
                + "<edge source=\"a\" target=\"b\" sourceport=\"p\"/></graph></graphml>");
    }

    private void gexfOnly() {
        String t = "gexf";
        String ns = "<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">";
        put(t, "dynamic-mode", ns + "<graph mode=\"dynamic\" defaultedgetype=\"directed\"><nodes>"
                + "<node id=\"a\" label=\"A\" start=\"2000\"><spells><spell start=\"1\" end=\"2\"/></spells></node>"
                + "</nodes><edges/></graph></gexf>");
        put(t, "viz-wrong-hemisphere", ns.replace(">", " xmlns:viz=\"http://gexf.net/1.3/viz\">")
                + "<graph defaultedgetype=\"undirected\"><nodes><node id=\"a\" label=\"A\">"
                + "<viz:position x=\"-127\" y=\"-37\" z=\"0\"/></node></nodes><edges/></graph></gexf>");
        put(t, "attvalue-unknown-for", ns + "<graph><attributes class=\"node\"><attribute id=\"0\" title=\"lat\" "
                + "type=\"double\"/></attributes><nodes><node id=\"a\" label=\"A\"><attvalues>"
                + "<attvalue for=\"9\" value=\"x\"/><attvalue for=\"0\" value=\"north\"/></attvalues></node></nodes>"
                + "</graph></gexf>");
        put(t, "edge-weight-text", ns + "<graph defaultedgetype=\"directed\"><nodes><node id=\"a\" label=\"A\"/>"
                + "<node id=\"b\" label=\"B\"/></nodes><edges><edge id=\"e\" source=\"a\" target=\"b\" weight=\"heavy\"/>"
                + "<edge id=\"e\" source=\"b\" target=\"a\" type=\"mutual\"/></edges></graph></gexf>");
        put(t, "gexf-1.1-namespace", "<gexf xmlns=\"http://www.gexf.net/1.1draft\" version=\"1.1\"><graph><nodes>"
                + "<node id=\"a\" label=\"A\"/></nodes></graph></gexf>");
        put(t, "nodes-without-graph", ns + "<nodes><node id=\"a\"/></nodes></gexf>");
    }

    /** One-letter misspellings of {@code s}: a letter changed, dropped, doubled and two swapped. */
    static List<String> typos(String s, Random rnd) {
        List<String> out = new ArrayList<>();
        int i = rnd.nextInt(s.length());
        char c = s.charAt(i);
        char other = Character.isLetter(c) && c < 128 ? (char) ('a' + (Character.toLowerCase(c) - 'a' + 1 + rnd.nextInt(24)) % 26)
                : c >= 0xAC00 && c <= 0xD7A3 ? (char) (c + 28) : (char) (c + 1);
        out.add(s.substring(0, i) + other + s.substring(i + 1));
        out.add(s.substring(0, i) + s.substring(i + 1));
        out.add(s.substring(0, i) + c + s.substring(i));
        if (s.length() > 1) {
            int j = Math.min(i, s.length() - 2);
            out.add(s.substring(0, j) + s.charAt(j + 1) + s.charAt(j) + s.substring(j + 2));
        }
        return out;
    }

    private static String csvQuote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static byte[] randomBytes(long seed, int n) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }
}
