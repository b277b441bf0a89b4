package org.supracluster.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.supracluster.model.Message;
import org.supracluster.model.Messages;

/**
 * The importer's sentences as the bundles put them together: counts that choose singular or
 * plural in English, a sentence nested in another, the ASCII apostrophe the English has always
 * had, and the Korean of each.
 */
class ImportMessagesTest {

    @Test
    void errorCellsAreCountedInTheSingularAndThePlural() {
        assertEquals("1 cell holds an Excel error value such as #N/A (the first is B7); it reads as empty.",
                Message.of("ingest.xlsx.errorValues", 1L, "B7").in(Messages.ENGLISH));
        assertEquals("1200 cells hold an Excel error value such as #N/A (the first is B7); they read as empty.",
                Message.of("ingest.xlsx.errorValues", 1200L, "B7").in(Messages.ENGLISH));
        assertEquals("#N/A 같은 Excel 오류 값이 든 셀 3개를 빈 셀로 읽었습니다(첫 셀: B7).",
                Message.of("ingest.xlsx.errorValues", 3L, "B7").in(Messages.KOREAN));
    }

    @Test
    void aNestedPartNameKeepsTheEnglishApostropheAndReadsAsKorean() {
        Message m = XlsxSheet.unusualCompression(XlsxSheet.thePart("xl/styles.xml"));
        assertEquals("the workbook's part xl/styles.xml is packed with a compression method Excel never uses "
                + "(only deflate and none are read); the file is refused.", m.in(Messages.ENGLISH));
        assertEquals("통합 문서의 xl/styles.xml 부분에 Excel이 쓰지 않는 압축 방식이 쓰였습니다(deflate와 무압축만 "
                + "읽습니다). 이 파일은 읽지 않습니다.", m.in(Messages.KOREAN));
    }

    @Test
    void aPatentWithTwoYearsNamesBothInEitherLanguage() {
        Message m = Message.of("ingest.patent.twoYears", Message.quoted("10-2020-0001234"),
                Message.of("ingest.patent.year", "2020"), "4", Message.of("ingest.patent.noYear"));
        assertEquals("the patent '10-2020-0001234' has the year 2020 on line 4 but no year here; a patent has one "
                + "year.", m.in(Messages.ENGLISH));
        assertEquals("특허 '10-2020-0001234'의 연도가 4행과 이 행에서 다릅니다(4행: 2020년, 이 행: 연도 없음). 특허 하나에는 "
                + "연도가 하나뿐입니다.", m.in(Messages.KOREAN));
    }

    @Test
    void theCp949HintFollowsTheSentenceOnlyWhenGiven() {
        assertEquals("the bytes on this line are not valid UTF-8 text. Check the file's encoding (auto, utf-8 or "
                + "cp949). The file looks like CP949 (EUC-KR): import it with encoding auto or cp949.",
                Message.of("ingest.encoding.invalid", "UTF-8", Message.of("ingest.encoding.looksCp949"))
                        .in(Messages.ENGLISH));
        assertEquals("이 행의 바이트는 올바른 UTF-8 텍스트가 아닙니다. 파일의 인코딩(auto, utf-8, cp949)을 확인하십시오.",
                Message.of("ingest.encoding.invalid", "UTF-8", "").in(Messages.KOREAN));
    }
}
