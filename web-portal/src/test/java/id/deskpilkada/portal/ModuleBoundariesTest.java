package id.deskpilkada.portal;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.conditions.ArchConditions.dependOnClassesThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The dependency rule of ARCHITECTURE.md: platform ← each module ← web-portal, modules never depend on each
 * other, the portal sees only a module's {@code application} package, domain code knows no UI, REST or JMS.
 */
class ModuleBoundariesTest {

    private static final String BASE = "id.deskpilkada";
    private static final String PLATFORM = BASE + ".platform..";
    private static final String PORTAL = BASE + ".portal..";
    private static final List<String> MODULES = List.of("meeting", "logistics", "security", "desk");

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE);
    }

    private static String module(String name) {
        return BASE + "." + name + "..";
    }

    private static long countIn(String packageIdentifier) {
        return classes.stream().filter(resideInAPackage(packageIdentifier)::test).count();
    }

    @Test
    void theImportSeesTheWholeApplication() {
        assertThat(classes.size()).isGreaterThan(30);
        assertThat(countIn(PLATFORM)).as("platform classes").isGreaterThan(10);
        assertThat(countIn(PORTAL)).as("portal classes").isGreaterThan(5);
        for (String m : MODULES) {
            assertThat(countIn(module(m))).as(m + " classes").isGreaterThan(3);
            assertThat(countIn(BASE + "." + m + ".application..")).as(m + " application classes").isPositive();
            assertThat(countIn(BASE + "." + m + ".domain..")).as(m + " domain classes").isPositive();
        }
        assertThat(classes.stream().map(JavaClass::getName))
                .as("test classes are not imported")
                .doesNotContain(ModuleBoundariesTest.class.getName(), ItEnvironment.class.getName());
    }

    /**
     * ArchUnit's dependencies do not include the types of catch clauses, so {@code catch (JMSException e)}
     * alone would slip through {@code dependOnClassesThat}; this condition covers both.
     */
    private static ArchCondition<JavaClass> useClassesThat(DescribedPredicate<? super JavaClass> target) {
        return dependOnClassesThat(target).or(catchThrowablesThat(target));
    }

    private static ArchCondition<JavaClass> catchThrowablesThat(DescribedPredicate<? super JavaClass> target) {
        return new ArchCondition<>("catch throwables that " + target.getDescription()) {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                boolean catches = false;
                for (var unit : javaClass.getCodeUnits()) {
                    for (var block : unit.getTryCatchBlocks()) {
                        for (JavaClass caught : block.getCaughtThrowables()) {
                            if (target.test(caught)) {
                                catches = true;
                                events.add(SimpleConditionEvent.satisfied(block, unit.getFullName() + " catches "
                                        + caught.getName() + " in " + block.getSourceCodeLocation()));
                            }
                        }
                    }
                }
                if (!catches) {
                    events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName()
                            + " does not catch throwables that " + target.getDescription()));
                }
            }
        };
    }

    /** Canaries: the same conditions do see real dependencies in the imported jars, so a green rule means something. */
    @Test
    void theConditionsDetectDependenciesThatDoExist() {
        assertThatThrownBy(() -> noClasses().that().resideInAPackage(PORTAL)
                .should(useClassesThat(resideInAPackage(module("meeting")))).check(classes))
                .as("the portal does use meeting.application")
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("id.deskpilkada.meeting.application");
        assertThatThrownBy(() -> noClasses().that().resideInAPackage(module("logistics"))
                .should(useClassesThat(resideInAPackage(PLATFORM))).check(classes))
                .as("logistics does use the platform's event contracts")
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> noClasses().that().resideInAPackage("..domain..")
                .should(useClassesThat(resideInAPackage("jakarta.persistence.."))).check(classes))
                .as("domain classes do carry JPA annotations")
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> noClasses().that().resideInAPackage(BASE + ".platform.messaging..")
                .should(useClassesThat(resideInAPackage("jakarta.jms.."))).check(classes))
                .as("the event backbone does use JMS")
                .isInstanceOf(AssertionError.class);
    }

    static Stream<Arguments> modulePairs() {
        return MODULES.stream().flatMap(from -> MODULES.stream().filter(to -> !to.equals(from))
                .map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} does not depend on {1}")
    @MethodSource("modulePairs")
    void modulesDoNotDependOnEachOther(String from, String to) {
        noClasses().that().resideInAPackage(module(from))
                .should(useClassesThat(resideInAPackage(module(to))))
                .because("modules talk to each other only through events on JMS")
                .check(classes);
    }

    @Test
    void platformDependsOnNoModuleNorThePortal() {
        noClasses().that().resideInAPackage(PLATFORM)
                .should(useClassesThat(resideInAnyPackage(
                        module("meeting"), module("logistics"), module("security"), module("desk"), PORTAL)))
                .because("platform is the shared kernel below every module")
                .check(classes);
    }

    @Test
    void domainKnowsNoUiRestOrMessaging() {
        noClasses().that().resideInAPackage("..domain..")
                .should(useClassesThat(resideInAnyPackage(
                        "jakarta.faces..", "jakarta.ws.rs..", "jakarta.jms..", "org.primefaces..",
                        "jakarta.servlet..")))
                .because("domain code holds rules only (JPA annotations are the one Jakarta import allowed)")
                .check(classes);
    }

    @ParameterizedTest(name = "portal sees only {0}.application and its domain's values")
    @ValueSource(strings = {"meeting", "logistics", "security", "desk"})
    void portalUsesAModuleOnlyThroughItsApplicationPackage(String name) {
        noClasses().that().resideInAPackage(PORTAL)
                .should(useClassesThat(resideInAPackage(module(name))
                        .and(not(resideInAPackage(BASE + "." + name + ".application..")))
                        .and(not(resideInAPackage(BASE + "." + name + ".domain..").and(VALUE_TYPE)))
                        .as("reside in " + name + " outside " + name + ".application, other than domain values")))
                .because("the portal calls a module's application services; of its domain it may name only the"
                        + " values those services take and give (enums, records, rule violations), never an entity")
                .check(classes);
    }

    /** Enums, records and exceptions: what a module's services take and give, never its entities. */
    private static final DescribedPredicate<JavaClass> VALUE_TYPE = DescribedPredicate.describe(
            "enums, records or exceptions", c -> c.isEnum() || c.isRecord() || c.isAssignableTo(Throwable.class));

    @Test
    void modulesAndPortalDoNotUseJmsDirectly() {
        noClasses().that().resideInAnyPackage(module("meeting"), module("logistics"), module("security"),
                        module("desk"), PORTAL)
                .should(useClassesThat(resideInAPackage("jakarta.jms..")))
                .because("only the platform's event backbone (platform.messaging) talks to the broker")
                .check(classes);
    }
    @Test
    void insideThePlatformOnlyMessagingUsesJms() {
        noClasses().that().resideInAPackage(PLATFORM)
                .and().resideOutsideOfPackage(BASE + ".platform.messaging..")
                .should(useClassesThat(resideInAPackage("jakarta.jms..")))
                .because("application code publishes through EventPublisher and never touches JMS")
                .check(classes);
    }
}
