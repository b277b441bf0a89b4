package org.supracluster.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The name index is built on the first reference that is no id; firms added later keep it right. */
class FirmDirectoryTest {

    @Test
    void aFirmRenamedAfterANameWasLookedUpIsFoundByItsNewNameOnly() {
        FirmDirectory d = new FirmDirectory();
        d.add("F1", "한빛반도체 주식회사");
        d.add("F2", "Daon Materials Co., Ltd.");
        assertEquals("F1", d.resolve("(주)한빛반도체").id(), "by name, legal form ignored");
        d.add("F1", "새빛반도체");
        assertTrue(d.resolve("한빛반도체").unknown(), "the old name no longer resolves");
        assertEquals("F1", d.resolve("새빛 반도체").id());
        assertEquals("F2", d.resolve("daon materials").id());
        assertEquals("F1", d.resolveOnce("F1").id(), "by id");
    }

    @Test
    void aNameGivenToASecondFirmAfterTheIndexWasBuiltIsAmbiguous() {
        FirmDirectory d = new FirmDirectory();
        d.add("F1", "한빛반도체");
        assertEquals("F1", d.resolve("한빛 반도체").id());
        d.add("F2", "한빛반도체(주)");
        FirmDirectory.Resolution r = d.resolve("한빛반도체");
        assertNull(r.id());
        assertTrue(!r.unknown(), "ambiguous, not unknown");
    }

    @Test
    void namesAddedBeforeAnyLookUpAreFoundAsWhenIndexedOneByOne() {
        FirmDirectory d = new FirmDirectory();
        d.add("F1", "한빛반도체");
        d.add("F1", "새빛반도체");
        d.add("F2", "Daon Materials");
        assertTrue(d.resolveOnce("한빛반도체").unknown());
        assertEquals("F1", d.resolveOnce("새빛반도체").id());
        assertEquals("F2", d.resolveOnce("DAON MATERIALS INC.").id());
    }
}
