package org.supracluster.ui.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.supracluster.ui.Fonts;
import org.supracluster.ui.I18n;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The cluster roles table's headers say what each column is and its formula, in both languages. */
@ExtendWith(ApplicationExtension.class)
class ClusterTableTipsTest {

    private ClusterTable table;

    @Start
    void start(Stage stage) {
        I18n.setLocale(Locale.ENGLISH);
        table = new ClusterTable(FXCollections.observableArrayList());
        Scene scene = new Scene(table, 900, 300);
        scene.getStylesheets().add(Fonts.baseStylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void english() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> I18n.setLocale(Locale.ENGLISH)).get();
    }

    @Test
    void everyColumnHasADefinition() {
        for (String id : ClusterTable.COLUMN_IDS) {
            assertFalse(table.headerTip(id).isBlank(), id);
        }
        assertEquals("E-I index = (E − I) / (E + I): −1 when every link stays inside the cluster, +1 when every "
                + "link leaves it, — when it has no links (Krackhardt & Stern 1988).",
                table.headerTip(ClusterTable.EI_COLUMN_ID));
        assertTrue(table.headerTip(ClusterTable.EXTERNAL_SHARE_COLUMN_ID)
                .startsWith("External share = the cluster’s external links / all clusters’ external links"));
        assertTrue(table.headerTip(ClusterTable.ROLE_COLUMN_ID).contains("fair share 1/K"));
    }

    @Test
    void theDefinitionsFollowALanguageSwitch() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            I18n.setLocale(Locale.KOREAN);
            table.relabel();
        }).get();
        assertEquals("내부 비중", table.header(ClusterTable.INTERNAL_SHARE_COLUMN_ID));
        assertTrue(table.headerTip(ClusterTable.INTERNAL_SHARE_COLUMN_ID)
                .startsWith("내부 비중 = 이 클러스터의 내부 연결 / 모든 클러스터의 내부 연결 합"));
        assertTrue(table.headerTip(ClusterTable.EI_COLUMN_ID).startsWith("E-I 지수 = (E − I) / (E + I)"));
    }
}
