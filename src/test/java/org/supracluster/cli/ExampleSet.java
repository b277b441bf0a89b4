package org.supracluster.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The example set of README's "Bringing your own data" and issue 13's study set, in the shapes
 * analysts hold (SYNTHETIC: every firm is invented, the streets too (가상로, "virtual road");
 * the municipalities are real). {@link StudySetImportTest} imports it as README says and checks
 * the network worked out by hand; {@code main} writes it into {@code data/example}:
 *
 * <pre>mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.supracluster.cli.ExampleSet data/example</pre>
 */
public final class ExampleSet {

    static final String MEMBERS = "회원사 명단.xlsx";
    static final String ALIASES = "aliases.csv";
    static final String PATENTS = "patents.csv";
    static final String TRADES = "거래내역.csv";

    /** One member: name, registration number (text, or a Long for a number cell, or null), address. */
    record Member(String name, Object brn, String address, String segment) { }

    static final List<Member> FIRMS = List.of(
        new Member("한빛반도체(주)", "123-45-67891", "경기도 용인시 기흥구 가상로 10", "설계"),
        new Member("주식회사 새솔소재", 2208162517L, "경기도 광주시 오포읍 가상길 5", "소재"),
        new Member("다온정밀", "1000000090", "광주광역시 북구 첨단가상로 7", "장비"),
        new Member("라온테크 유한회사", null, "강원특별자치도 고성군 토성면 가상리 1", "부품"),
        new Member("마루이엔지(주)", "101-01-00009", "경상남도 고성군 고성읍 가상로 2", "기타"),
        new Member("바다시스템", null, "서울특별시 중구 가상대로 110", "연구"),
        new Member("사랑반도체", null, "부산광역시 중구 중앙가상로 1", "패키징"),
        new Member("아름전자", null, "충북 청주시 흥덕구 가상로 3", "제조"),
        new Member("자람소재", null, "충청남도 천안시 서북구 가상로 4", "소재"),
        new Member("차오름테크", null, "대전 유성구 가상로 5", "연구"));

    private ExampleSet() {
    }

    public static void main(String[] args) throws IOException {
        write(Path.of(args.length > 0 ? args[0] : "data/example"));
    }

    /** Writes the four files into {@code dir}. */
    static void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        members(dir.resolve(MEMBERS));
        write(dir.resolve(ALIASES), """
                별칭,기업
                "HANBIT SEMICONDUCTOR CO., LTD.",1234567891
                Saesol Materials Inc.,새솔소재
                """, StandardCharsets.UTF_8);
        write(dir.resolve(PATENTS), """
                출원번호,출원일자,발명의명칭,출원인,국제특허분류
                10-2019-0000101,2019.04.02,가상 설계 방법,"한빛반도체 주식회사; (주)새솔소재",H01L 21/00
                10-2020-0000102,20200515,가상 장비,"Hanbit Semiconductor Co., Ltd. | 다온 정밀",
                10-2020-0000103,2020-11-30,가상 소재,"㈜한빛반도체;Saesol Materials Inc.;가상연구원",
                10-2021-0000104,2021.02.01,가상 패키지,바다시스템,
                10-2021-0000104,2021.02.01,,사랑 반도체,
                10-2021-0000104,2021.02.01,,미래대학교 산학협력단,
                10-2021-0000105,2021.06.30,가상 공정,"아름전자;자람 소재;한빛반도체",
                10-2022-0000106,2022.01.10,가상 검사,"한빛반도채; 차오름테크",
                """, StandardCharsets.UTF_8);
        write(dir.resolve(TRADES), """
                판매처,구입처,공급가액(백만원),기준연도
                123-45-67891,2208162517,100,2021
                1234567891,220-81-62517,50,2021
                1000000090,1234567891,30,2022
                1010100009,9999999999,70,2022
                """, Charset.forName("x-windows-949"));
    }

    private static void write(Path file, String text, Charset cs) throws IOException {
        Files.write(file, text.getBytes(cs));
    }

    private static void members(Path p) throws IOException {
        try (OutputStream os = Files.newOutputStream(p)) {
            Workbook wb = new Workbook(os, "invented", "1.0");
            Worksheet ws = wb.newWorksheet("회원사");
            String[] header = {"업체명", "사업자등록번호", "주소", "업종", "종업원수(명)"};
            for (int c = 0; c < header.length; c++) {
                ws.value(0, c, header[c]);
            }
            for (int r = 0; r < FIRMS.size(); r++) {
                Member m = FIRMS.get(r);
                ws.value(r + 1, 0, m.name());
                if (m.brn() instanceof Long number) {
                    ws.value(r + 1, 1, number);
                } else if (m.brn() != null) {
                    ws.value(r + 1, 1, (String) m.brn());
                }
                ws.value(r + 1, 2, m.address());
                ws.value(r + 1, 3, m.segment());
                ws.value(r + 1, 4, 10 + r);
            }
            wb.finish();
        }
    }

}
