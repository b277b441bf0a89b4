package org.supracluster.ui.map;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The map's drawing decisions stay testable without a window: no GraphStream, no JavaFX in them. */
class DrawPlanIsPlainJavaTest {

    @Test
    void theDrawPlanUsesNeitherGraphStreamNorJavaFx() {
        JavaClasses plan = new ClassFileImporter().importClasses(DrawPlan.class, DrawChanges.class,
                FirmLabels.class, LinkBudget.class, LinkBudget.Choice.class, LinkPlan.class, NamePlacement.class,
                NamePlacement.Screen.class, NamePlacement.Order.class, LabelPlacer.class, CircleSizes.class);
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.graphstream..", "javafx..")
                .because("what the map draws is decided in plain Java; NetworkGraph passes it on to GraphStream")
                .check(plan);
    }
}
