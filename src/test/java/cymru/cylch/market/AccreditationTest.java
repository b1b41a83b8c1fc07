package cymru.cylch.market;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static cymru.cylch.support.OrganisationsFixture.DEMO_FIRST_PROVIDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.SignedIn;
import cymru.cylch.support.TestClock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Providers' standing with councils, with the database: history kept, events published, walls between councils. */
@CylchIntegrationTest
@RecordApplicationEvents
class AccreditationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Autowired
    OrganisationsFixture fixture;

    @Autowired
    Accreditation accreditation;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    ApplicationEvents events;

    @AfterEach
    void reset() {
        SignedIn.clear();
        clock.reset();
    }

    /** A new council and a provider that has applied to it. */
    private record Pair(UUID council, UUID provider) {
    }

    private Pair applied() {
        UUID council = fixture.organisation(OrganisationKind.COUNCIL, DEMO_COUNCIL);
        UUID provider = fixture.organisation(OrganisationKind.PROVIDER, council);
        SignedIn.asMemberOf("PROVIDER", UUID.randomUUID(), provider, Role.PROVIDER_USER);
        accreditation.apply(providerUser(provider), council, "Registered with CIW since 2019");
        return new Pair(council, provider);
    }

    private static CylchUser providerUser(UUID provider) {
        return SignedIn.asMemberOf("PROVIDER", UUID.randomUUID(), provider, Role.PROVIDER_USER);
    }

    private static CylchUser commissioner(UUID council) {
        return SignedIn.as(UUID.randomUUID(), council, Role.COMMISSIONER);
    }

    @Test
    void everyChangeIsKeptWithWhoWhenWhyAndTheDates() {
        clock.set(TODAY, LocalTime.NOON);
        var pair = applied();
        var commissioner = commissioner(pair.council());
        accreditation.accredit(commissioner, pair.provider(), "CIW report, October 2026", LocalDate.of(2027, 9, 30),
                "Meets the criteria");
        accreditation.suspend(commissioner, pair.provider(), "Missed visits", TODAY.plusDays(1), TODAY.plusDays(10));
        accreditation.lift(commissioner, pair.provider(), "Plan met");
        accreditation.remove(commissioner, pair.provider(), "Left the market");

        var history = accreditation.history(commissioner, pair.provider());
        assertThat(history).extracting(h -> h.change().step()).containsExactly(StandingStep.REMOVED,
                StandingStep.SUSPENSION_LIFTED, StandingStep.SUSPENDED, StandingStep.ACCREDITED, StandingStep.APPLIED);
        var suspended = history.get(2).change();
        assertThat(suspended.fromStatus()).isEqualTo(StandingStatus.ACCREDITED);
        assertThat(suspended.toStatus()).isEqualTo(StandingStatus.SUSPENDED);
        assertThat(suspended.reason()).isEqualTo("Missed visits");
        assertThat(suspended.suspendedFrom()).isEqualTo(TODAY.plusDays(1));
        assertThat(suspended.suspendedUntil()).isEqualTo(TODAY.plusDays(10));
        assertThat(suspended.changedBy()).isEqualTo(commissioner.userId());
        assertThat(history.get(3).change().evidence()).isEqualTo("CIW report, October 2026");
        assertThat(history.get(4).change().reason()).isEqualTo("Registered with CIW since 2019");
        assertThat(SystemScope.call(() -> jdbc.queryForObject(
                "select count(*) from audit_event where record_type = 'provider-standing' and organisation_id = ?",
                Integer.class, pair.council()))).isEqualTo(5);
    }

    @Test
    void suspendingAndRemovingPublishTheirEventsForTheCouncil() {
        var pair = applied();
        var commissioner = commissioner(pair.council());
        accreditation.accredit(commissioner, pair.provider(), "Evidence", LocalDate.now(clock).plusYears(1),
                "Reason");
        var suspension = accreditation.suspend(commissioner, pair.provider(), "Missed visits", null, null);
        var removal = accreditation.remove(commissioner, pair.provider(), "Contract ended");

        assertThat(events.stream(ProviderSuspended.class).filter(e -> e.changeId().equals(suspension.id())))
                .singleElement().satisfies(e -> {
                    assertThat(e.organisation()).isEqualTo(OrganisationId.of(pair.council()));
                    assertThat(e.provider()).isEqualTo(OrganisationId.of(pair.provider()));
                    assertThat(e.reason()).isEqualTo("Missed visits");
                    assertThat(e.until()).isNull();
                    assertThat(e.key()).isEqualTo("provider-suspended/" + suspension.id());
                });
        assertThat(events.stream(ProviderRemoved.class).filter(e -> e.changeId().equals(removal.id())))
                .singleElement().satisfies(e -> assertThat(e.organisation())
                        .isEqualTo(OrganisationId.of(pair.council())));
    }

    @Test
    void theNewWorkQuestionsFollowTheStandingOnTheDay() {
        clock.set(TODAY, LocalTime.NOON);
        var pair = applied();
        var council = OrganisationId.of(pair.council());
        var provider = OrganisationId.of(pair.provider());
        assertThat(accreditation.mayTakeNewWork(council, provider)).as("applied").isFalse();
        var commissioner = commissioner(pair.council());
        accreditation.accredit(commissioner, pair.provider(), "Evidence", TODAY.plusDays(30), "Reason");
        assertThat(accreditation.mayTakeNewWork(council, provider)).isTrue();
        assertThat(accreditation.providersForNewWork(council)).containsExactly(provider);

        accreditation.suspend(commissioner, pair.provider(), "Missed visits", TODAY.plusDays(2), TODAY.plusDays(3));
        assertThat(accreditation.mayTakeNewWork(council, provider)).as("before the suspension").isTrue();
        clock.set(TODAY.plusDays(2), LocalTime.NOON);
        assertThat(accreditation.mayTakeNewWork(council, provider)).as("in the suspension").isFalse();
        assertThat(accreditation.providersForNewWork(council)).isEmpty();
        clock.set(TODAY.plusDays(4), LocalTime.NOON);
        assertThat(accreditation.mayTakeNewWork(council, provider)).as("after it").isTrue();
        clock.set(TODAY.plusDays(31), LocalTime.NOON);
        assertThat(accreditation.mayTakeNewWork(council, provider)).as("expired").isFalse();
        assertThat(accreditation.mayTakeNewWork(OrganisationId.of(DEMO_COUNCIL), provider)).as("another council")
                .isFalse();
    }

    @Test
    void anotherCouncilNeitherSeesNorChangesThisCouncilsStanding() {
        var pair = applied();
        UUID otherCouncil = fixture.organisation(OrganisationKind.COUNCIL, DEMO_COUNCIL);
        var theirs = commissioner(otherCouncil);
        assertThatThrownBy(() -> accreditation.withProvider(theirs, pair.provider()))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> accreditation.accredit(theirs, pair.provider(), "Evidence",
                LocalDate.now(clock).plusYears(1), "Reason")).isInstanceOf(RecordNotFoundException.class);
        assertThat(accreditation.ofCouncil(theirs, null)).isEmpty();
        assertThat(accreditation.withProvider(commissioner(pair.council()), pair.provider()).standing().status())
                .isEqualTo(StandingStatus.APPLIED);
    }

    @Test
    void onlyCommissionersChangeAndAProviderSeesOnlyItsOwn() {
        var pair = applied();
        assertThatThrownBy(() -> accreditation.accredit(SignedIn.as(UUID.randomUUID(), pair.council(), Role.BROKER),
                pair.provider(), "Evidence", LocalDate.now(clock).plusYears(1), "Reason"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accreditation.ofCouncil(providerUser(pair.provider()), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(accreditation.ofProvider(providerUser(pair.provider()))).singleElement()
                .satisfies(s -> assertThat(s.standing().councilId()).isEqualTo(pair.council()));
        assertThat(accreditation.ofProvider(providerUser(DEMO_FIRST_PROVIDER)))
                .noneMatch(s -> s.standing().councilId().equals(pair.council()));
    }

    @Test
    void aProviderAppliesOnceAndOnlyToACouncil() {
        var pair = applied();
        assertThatThrownBy(() -> accreditation.apply(providerUser(pair.provider()), pair.council(), "Again"))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        r -> assertThat(r.code()).isEqualTo("market.standing.alreadyApplied"));
        assertThatThrownBy(() -> accreditation.apply(providerUser(pair.provider()), DEMO_FIRST_PROVIDER, "To a "
                + "provider")).isInstanceOfSatisfying(RuleViolationException.class,
                r -> assertThat(r.code()).isEqualTo("market.standing.notACouncil"));
    }

    @Test
    void theHistoryCannotBeRewrittenByTheApplication() {
        var pair = applied();
        assertThatThrownBy(() -> SystemScope.run(() -> jdbc.update(
                "update provider_standing_change set reason = 'changed' where provider_id = ?", pair.provider())))
                .rootCause().hasMessageContaining("permission denied");
    }

    @Test
    void theDemoCountyHasAccreditedSuspendedAndAppliedProviders() {
        var admin = SignedIn.as(UUID.randomUUID(), DEMO_COUNCIL, Role.ADMINISTRATOR);
        var all = accreditation.ofCouncil(admin, null).stream().filter(s -> s.other().name().matches(".*(Ltd|CIC)"))
                .toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(12);
        assertThat(accreditation.ofCouncil(admin, StandingStatus.SUSPENDED)).isNotEmpty()
                .allSatisfy(s -> assertThat(s.standing().suspensionReason()).isNotBlank());
        assertThat(accreditation.ofCouncil(admin, StandingStatus.APPLIED)).isNotEmpty();
        assertThat(accreditation.ofCouncil(admin, StandingStatus.ACCREDITED)).hasSizeGreaterThanOrEqualTo(10)
                .allSatisfy(s -> assertThat(s.standing().evidence()).isNotBlank());
    }
}
