package cymru.cylch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import cymru.cylch.platform.events.OrganisationEvent;
import cymru.cylch.platform.events.OrganisationEventListener;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Rules of the code that module boundaries alone do not catch. Each rule fails when it finds nothing to check
 * ({@code allowEmptyShould(false)}), so a rule whose selection goes stale is noticed rather than passing silently.
 */
class ArchitectureTest {

    private static final JavaClasses CYLCH = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cymru.cylch");

    private static final Set<String> FLOATING_POINT = Set.of("double", "float", Double.class.getName(),
            Float.class.getName());

    private static final Pattern MONEY_WORDS = Pattern.compile(
            "(?i).*(cost|budget|price|amount|rate|fee|pay|money|pound|pence|penny|total|balance|charge|spend).*");

    private static final DescribedPredicate<JavaClass> FLOATING = DescribedPredicate.describe("floating point",
            type -> FLOATING_POINT.contains(type.getName()));

    @Test
    void moduleRootsNeverUseTheirOrAnyonesWebPackages() {
        noClasses().that().resideInAnyPackage("cymru.cylch.organisations", "cymru.cylch.people", "cymru.cylch.outcomes",
                        "cymru.cylch.measurement", "cymru.cylch.demo")
                .should().dependOnClassesThat().resideInAPackage("..web..")
                .allowEmptyShould(false)
                .check(CYLCH);
    }

    @Test
    void noMoneyIsFloatingPoint() {
        fields().that().haveNameMatching(MONEY_WORDS.pattern())
                .should().notHaveRawType(FLOATING)
                .allowEmptyShould(false)
                .check(CYLCH);
        methods().that().haveNameMatching(MONEY_WORDS.pattern())
                .should().notHaveRawReturnType(FLOATING)
                .allowEmptyShould(false)
                .check(CYLCH);
    }

    /** Stronger than the money rule: outside the demo data's random draws, Cylch has no floating point at all. */
    @Test
    void noFloatingPointInFieldsOrSignaturesOutsideTheDemo() {
        noFields().that().areDeclaredInClassesThat().resideOutsideOfPackage("cymru.cylch.demo..")
                .should().haveRawType(FLOATING)
                .allowEmptyShould(false)
                .check(CYLCH);
        noMethods().that().areDeclaredInClassesThat().resideOutsideOfPackage("cymru.cylch.demo..")
                .should().haveRawReturnType(FLOATING)
                .orShould(takeAFloatingPointParameter())
                .allowEmptyShould(false)
                .check(CYLCH);
    }

    @Test
    void todayComesFromTheOneClock() {
        noClasses().that().doNotHaveFullyQualifiedName("cymru.cylch.platform.time.TimeConfiguration")
                .should().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDate.class, "now", ZoneId.class)
                .orShould().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now", ZoneId.class)
                .orShould().callMethod(OffsetDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(Clock.class, "systemUTC")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .allowEmptyShould(false)
                .check(CYLCH);
    }

    @Test
    void modulesListenOnlyThroughOrganisationEventListeners() {
        noMethods().that().areDeclaredInClassesThat().resideOutsideOfPackage("cymru.cylch.platform..")
                .should().beAnnotatedWith(ApplicationModuleListener.class)
                .orShould().beAnnotatedWith(TransactionalEventListener.class)
                .orShould().beAnnotatedWith(EventListener.class)
                .allowEmptyShould(false)
                .check(CYLCH);
        methods().that().areAnnotatedWith(OrganisationEventListener.class)
                .should(takeExactlyOneOrganisationEvent())
                .allowEmptyShould(false)
                .check(CYLCH);
    }

    private static ArchCondition<JavaMethod> takeAFloatingPointParameter() {
        return new ArchCondition<>("take a floating point parameter") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean floating = method.getRawParameterTypes().stream().anyMatch(FLOATING);
                events.add(new SimpleConditionEvent(method, floating, method.getFullName()));
            }
        };
    }

    private static ArchCondition<JavaMethod> takeExactlyOneOrganisationEvent() {
        return new ArchCondition<>("take exactly one OrganisationEvent") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                List<JavaClass> parameters = method.getRawParameterTypes();
                boolean one = parameters.size() == 1 && parameters.get(0).isAssignableTo(OrganisationEvent.class);
                events.add(new SimpleConditionEvent(method, one, method.getFullName()));
            }
        };
    }
}
