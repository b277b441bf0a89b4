package org.supracluster.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.supracluster.analysis.CartographyRole;
import org.supracluster.analysis.ClusterRole;
import org.supracluster.model.Messages;

/**
 * The tables name roles in the window's words: lower-case mid-sentence in English, as the CSV
 * files have always had them, and the window's Korean as it stands.
 */
class RoleNamesTest {

    @Test
    void clusterRolesInEnglishAreTheTablesWords() {
        assertEquals("core hub", RoleNames.of(ClusterRole.CORE_HUB, Locale.ENGLISH));
        assertEquals("internally oriented", RoleNames.of(ClusterRole.INTERNALLY_ORIENTED, Locale.ENGLISH));
        assertEquals("externally oriented / gateway", RoleNames.of(ClusterRole.EXTERNALLY_ORIENTED, Locale.ENGLISH));
        assertEquals("peripheral", RoleNames.of(ClusterRole.PERIPHERAL, Locale.ENGLISH));
        assertEquals("not in view", RoleNames.of((ClusterRole) null, Locale.ENGLISH));
    }

    @Test
    void firmRolesCarryTheirCodeInBothLanguages() {
        assertEquals("R1 ultra-peripheral", RoleNames.of(CartographyRole.R1, Locale.ENGLISH));
        assertEquals("R4 non-hub kinless", RoleNames.of(CartographyRole.R4, Locale.ENGLISH));
        assertEquals("R7 kinless hub", RoleNames.of(CartographyRole.R7, Locale.ENGLISH));
        assertEquals("R5 지역 허브", RoleNames.of(CartographyRole.R5, Locale.KOREAN));
        assertEquals("—", RoleNames.of((CartographyRole) null, Locale.KOREAN));
    }

    @Test
    void koreanRoleNamesAreTheWindowsWords() {
        Messages ko = Messages.KOREAN;
        for (ClusterRole r : ClusterRole.values()) {
            assertEquals(ko.get("clusterRole." + r.name().toLowerCase(Locale.ROOT)), RoleNames.of(r, Locale.KOREAN));
        }
        for (CartographyRole r : CartographyRole.values()) {
            assertEquals(r.name() + " " + ko.get("cartographyRole." + r.name().toLowerCase(Locale.ROOT)),
                    RoleNames.of(r, Locale.KOREAN));
        }
        assertEquals(ko.get("roles.notInView"), RoleNames.notInView(Locale.KOREAN));
    }
}
