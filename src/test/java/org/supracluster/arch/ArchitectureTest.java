package org.supracluster.arch;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.conditions.ArchConditions.have;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noCodeUnits;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import org.supracluster.analysis.GeographySummary;
import org.supracluster.analysis.LinkGeography;
import org.supracluster.ui.UiTasks;
import org.supracluster.ui.explorer.Shortcuts;

/**
 * The package table of DESIGN.md as rules: which package may depend on which. Each rule says
 * why. One analysis module serves the UI, the command line and the exporters, so it must stay
 * free of JavaFX, SQL and everything above it. The window's own rules follow: one way to run
 * background work, view models without scene graph, features that do not reach back into the
 * composition.
 */
@AnalyzeClasses(packages = "org.supracluster", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String MODEL = "org.supracluster.model..";
    private static final String ANALYSIS = "org.supracluster.analysis..";
    private static final String STORE = "org.supracluster.store..";
    private static final String INGEST = "org.supracluster.ingest..";
    private static final String EXPORT = "org.supracluster.export..";
    private static final String CLI = "org.supracluster.cli..";
    private static final String UI = "org.supracluster.ui..";
    private static final String APP = "org.supracluster.app..";
    private static final String EXPLORER = "org.supracluster.ui.explorer..";

    @ArchTest
    static final ArchRule modelDependsOnNothingOfOurs = noClasses().that().resideInAPackage(MODEL)
            .should().dependOnClassesThat().resideInAnyPackage(ANALYSIS, STORE, INGEST, EXPORT, CLI, UI, APP)
            .because("the model is the base every other package builds on")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule modelUsesNoFrameworks = noClasses().that().resideInAPackage(MODEL)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.graphstream..",
                    "picocli..", "de.siegmar..", "org.sqlite..")
            .because("the model is plain Java data");

    @ArchTest
    static final ArchRule analysisDependsOnModelOnly = noClasses().that().resideInAPackage(ANALYSIS)
            .should().dependOnClassesThat().resideInAnyPackage(STORE, INGEST, EXPORT, CLI, UI, APP)
            .because("one analysis module serves UI, command line and exporters with the same numbers")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule analysisIsPureJava = noClasses().that().resideInAPackage(ANALYSIS)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.sqlite..",
                    "org.graphstream..", "picocli..")
            .because("analysis must run headless, without a database, from any caller")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule geographySummaryDoesNotKnowLinkGeography = noClasses()
            .that().belongToAnyOf(GeographySummary.class)
            .should().dependOnClassesThat().belongToAnyOf(LinkGeography.class)
            .because("LinkGeography builds GeographySummary values; a summary that reached back into its "
                    + "builder (for the Scope enum) made the two one class in two files, changed together");

    @ArchTest
    static final ArchRule storeDependsOnModelOnly = noClasses().that().resideInAPackage(STORE)
            .should().dependOnClassesThat().resideInAnyPackage(ANALYSIS, INGEST, EXPORT, CLI, UI, APP, "javafx..")
            .because("the store keeps data; it neither analyses, reads users' files nor shows anything");

    @ArchTest
    static final ArchRule ingestDependsOnModelAndStoreOnly = noClasses().that().resideInAPackage(INGEST)
            .should().dependOnClassesThat().resideInAnyPackage(ANALYSIS, EXPORT, CLI, UI, APP, "javafx..")
            .because("importers validate and store; they never depend on how results are shown");

    @ArchTest
    static final ArchRule exportDependsOnModelAndAnalysisOnly = noClasses().that().resideInAPackage(EXPORT)
            .should().dependOnClassesThat().resideInAnyPackage(STORE, INGEST, CLI, UI, APP, "java.sql..")
            .because("writers turn views and results into files, whoever calls them");

    @ArchTest
    static final ArchRule cliDoesNotUseTheUi = noClasses().that().resideInAPackage(CLI)
            .should().dependOnClassesThat().resideInAnyPackage(UI, APP, "javafx.scene..", "javafx.stage..")
            .because("the command line must run on a machine without a display");

    @ArchTest
    static final ArchRule uiDoesNotUseTheCli = noClasses().that().resideInAPackage(UI)
            .should().dependOnClassesThat().resideInAnyPackage(CLI, APP)
            .because("the UI and the command line are siblings that share the layers below")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule javafxConcurrencyOnlyInUiTasks = noClasses().that().doNotBelongToAnyOf(UiTasks.class)
            .should().dependOnClassesThat().resideInAPackage("javafx.concurrent..")
            .because("background work has one way to run (UiTasks: progress and cancel through the model's "
                    + "Progress, failures told through Notices, an executor tests make synchronous); a Task "
                    + "elsewhere brings back its own adapter, thread and error dialog");

    @ArchTest
    static final ArchRule uiMakesNoThreadsOutsideUiTasks = noClasses().that().resideInAPackage(UI)
            .and().doNotBelongToAnyOf(UiTasks.class)
            .should().callConstructorWhere(target(owner(assignableTo(Thread.class))))
            .orShould().callMethodWhere(target(owner(type(Executors.class))))
            .because("a thread or pool of the window's own escapes the status bar's Cancel, the failure "
                    + "dialog and the tests' synchronous executor; UiTasks owns the program's threads");

    @ArchTest
    static final ArchRule viewModelsSeeNoSceneGraph = noClasses().that().haveNameMatching(".*ViewModel(\\$.*)?")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("a view model owns properties and commands and never a Node, Stage or Window, so it is "
                    + "tested without a window; dialogs and pictures come through interfaces it is given");

    @ArchTest
    static final ArchRule featuresDoNotReachBackIntoTheComposition = noClasses().that().resideInAPackage(UI)
            .and().resideOutsideOfPackage(EXPLORER)
            .should().dependOnClassesThat().resideInAPackage(EXPLORER)
            .because("the window is wired from the top: a feature given what it needs (a view model, a "
                    + "Screen, a Workspace) can be built and tested alone, and no import circle forms");

    @ArchTest
    static final ArchRule theKernelKnowsNoFeature = noClasses().that().resideInAPackage("org.supracluster.ui")
            .should().dependOnClassesThat(resideInAPackage(UI).and(not(resideInAPackage("org.supracluster.ui"))))
            .because("the ui package is the kernel every feature uses (I18n, UiTasks, Notices, the explorer's "
                    + "and the filter's view models); a kernel class that imports a feature closes a circle "
                    + "through every other feature");

    @ArchTest
    static final ArchRule featuresFormNoCircle = slices().matching("org.supracluster.ui.(*)..")
            .should().beFreeOfCycles()
            .because("a feature package that needs another's class and is needed back cannot be changed, "
                    + "tested or moved alone; shared pieces belong in the kernel");

    @ArchTest
    static final ArchRule cancellationHasOneVocabulary = noCodeUnits()
            // A shortcut's "when" is whether a key acts now (a guard), not cancellation.
            .that().areDeclaredInClassesThat().doNotBelongToAnyOf(Shortcuts.class)
            .should(have(DescribedPredicate.describe("a BooleanSupplier parameter", (JavaCodeUnit u) ->
                    u.getRawParameterTypes().stream().anyMatch(t -> t.isEquivalentTo(BooleanSupplier.class)))))
            .because("long work hears of cancel through the model's Progress, which analysis, import and export "
                    + "all take; a BooleanSupplier stop is a second vocabulary with its own stopIf");
}
