package cymru.cylch.people;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.time.Today;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.PeopleFixture;
import cymru.cylch.support.SignedIn;
import cymru.cylch.support.TestClock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every rule about "today" reads the one clock, in UK time, so a test can set the date. */
@CylchIntegrationTest
class OneClockTest {

    @Autowired
    TestClock clock;

    @Autowired
    Today today;

    @Autowired
    PeopleFixture peopleFixture;

    @Autowired
    PersonManagement people;

    @AfterEach
    void runTheClockAgain() {
        clock.reset();
    }

    @Test
    void aDateInTheFutureOfTheRealClockIsTodayOnceTheClockSaysSo() {
        CylchUser careManager = SignedIn.as(UUID.randomUUID(), DEMO_COUNCIL, Role.CARE_MANAGER);
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL);
        LocalDate later = LocalDate.now().plusYears(3);

        assertThatThrownBy(() -> people.recordDeath(careManager, someone, later))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        rule -> assertThat(rule.code()).isEqualTo("person.death.future"));

        clock.set(later, LocalTime.NOON);
        people.recordDeath(careManager, someone, later);

        assertThat(people.view(careManager, someone).dateOfDeath()).isEqualTo(later);
    }

    @Test
    void justAfterMidnightInSummerItIsAlreadyTomorrowInWales() {
        clock.set(java.time.Instant.parse("2027-06-30T23:30:00Z"));

        assertThat(today.date()).isEqualTo(LocalDate.of(2027, 7, 1));
    }
}
