package org.supracluster.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BrnTest {

    /**
     * Worked by hand for 123-45-6789?: weights 1,3,7,1,3,7,1,3,5 on 1..9 give
     * 1+6+21+4+15+42+7+24+45 = 165; plus ⌊5·9/10⌋ = 4 gives 169; (10 − 9) mod 10 = 1.
     */
    @Test
    void checkDigitWorkedByHand() {
        assertEquals(1, Brn.checkDigit("123456789"));
        assertTrue(Brn.valid("1234567891"));
        assertFalse(Brn.valid("1234567890"));
    }

    /**
     * 220-81-62517: 2·1+2·3+0·7+8·1+1·3+6·7+2·1+5·3+1·5 = 2+6+0+8+3+42+2+15+5 = 83, ⌊5·1/10⌋ = 0,
     * (10 − 3) mod 10 = 7. 101-01-0000?: 1·1+1·7+1·3 = 11, ⌊0⌋ = 0, (10 − 1) mod 10 = 9. And the
     * ⌊5·d₉/10⌋ term with a sum ending in 0: 100-00-0009?: 1·1+9·5 = 46, ⌊45/10⌋ = 4, 50, check 0.
     */
    @Test
    void moreCheckDigitsWorkedByHand() {
        assertEquals(7, Brn.checkDigit("220816251"));
        assertEquals(9, Brn.checkDigit("101010000"));
        assertEquals(0, Brn.checkDigit("100000009"));
        assertTrue(Brn.valid("1000000090"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"123-45-67891", "1234567891", " 123 45 67891 ", "123.45.67891", "123‐45‐67891"})
    void hyphensSpacesAndDotsBetweenDigitsAreIgnored(String written) {
        assertEquals(Optional.of("1234567891"), Brn.digits(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"123-45-6789", "12345678912", "123-45-6789O", "", "KR1234567891"})
    void anythingButTenDigitsIsNotANumber(String written) {
        assertTrue(Brn.digits(written).isEmpty());
    }

    @Test
    void aWrongCheckDigitIsAnErrorNamingTheLineAndTheRightDigit() {
        ImportReport report = new ImportReport();
        assertTrue(Brn.read("123-45-67890", "firms.xlsx", 7, "brn", report).isEmpty());
        ImportFixture.assertOneError(report, "firms.xlsx", 7, "brn", "wrong check digit (the last digit should be 1)");
    }

    @Test
    void formattedAsUsuallyShown() {
        assertEquals("123-45-67891", Brn.formatted("1234567891"));
    }
}
