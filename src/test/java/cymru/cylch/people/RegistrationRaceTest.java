package cymru.cylch.people;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static cymru.cylch.support.OrganisationsFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.SignedIn;
import cymru.cylch.support.WebSession;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two people registered at once with one NHS number: the second is told the number is taken (as it would be had
 * they come one after the other), never a 500, and nothing about the person (their name, date of birth, NHS
 * number, address) reaches the log: the driver once echoed the whole INSERT with its values there.
 */
@CylchIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class RegistrationRaceTest {

    private static final int AT_ONCE = 8;

    @LocalServerPort
    int port;

    @Autowired
    OrganisationsFixture fixture;

    @Autowired
    PersonManagement people;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void parallelRegistrationsOfOneNhsNumberMakeOnePersonAndLeakNothingToTheLog(CapturedOutput output)
            throws Exception {
        String nhsNumber = unusedNhsNumber();
        String family = "Rasio" + UUID.randomUUID().toString().substring(0, 6);
        List<WebSession> browsers = new ArrayList<>();
        for (int i = 0; i < AT_ONCE; i++) {
            WebSession browser = careManager();
            browser.get("/people/new");
            browsers.add(browser);
        }
        CyclicBarrier start = new CyclicBarrier(AT_ONCE);
        ExecutorService threads = Executors.newFixedThreadPool(AT_ONCE);
        List<HttpResponse<String>> responses = new ArrayList<>();
        try {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (WebSession browser : browsers) {
                futures.add(threads.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return browser.post("/people", form("Gwladys", family, nhsNumber));
                }));
            }
            for (var future : futures) {
                responses.add(future.get(60, TimeUnit.SECONDS));
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(302, 200);
        assertThat(responses).filteredOn(r -> r.statusCode() == 302).hasSize(1);
        assertThat(responses).filteredOn(r -> r.statusCode() == 200).allSatisfy(r -> assertThat(r.body())
                .contains("Your organisation already holds a person with this NHS number"));
        assertThat(SystemScope.call(() -> jdbc.queryForObject(
                "select count(*) from person where held_by = ? and nhs_number = ?", Integer.class, DEMO_COUNCIL,
                nhsNumber))).isEqualTo(1);
        assertNothingPersonalIn(output, nhsNumber, family);
    }

    @Test
    void aRegistrationThatLosesTheRaceAtTheUniqueIndexIsToldTheNumberIsTaken(CapturedOutput output)
            throws Exception {
        // Deterministic: the first registration has inserted but not committed when the second checks the number,
        // so the second passes the check and meets the unique index, which waits for the first to commit.
        String nhsNumber = unusedNhsNumber();
        String family = "Rasio" + UUID.randomUUID().toString().substring(0, 6);
        var details = details("Gwladys", family, nhsNumber);
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = threads.submit(() -> {
                CylchUser actor = SignedIn.as(UUID.randomUUID(), DEMO_COUNCIL, Role.CARE_MANAGER);
                try {
                    transactions.executeWithoutResult(status -> {
                        people.register(actor, details);
                        inserted.countDown();
                        await(release);
                    });
                } finally {
                    SignedIn.clear();
                }
            });
            assertThat(inserted.await(30, TimeUnit.SECONDS)).isTrue();
            Future<?> second = threads.submit(() -> {
                CylchUser actor = SignedIn.as(UUID.randomUUID(), DEMO_COUNCIL, Role.CARE_MANAGER);
                try {
                    people.register(actor, details);
                } finally {
                    SignedIn.clear();
                }
            });
            Thread.sleep(1_000);
            release.countDown();
            first.get(30, TimeUnit.SECONDS);

            assertThatThrownBy(() -> second.get(30, TimeUnit.SECONDS)).cause()
                    .isInstanceOf(RuleViolationException.class)
                    .satisfies(e -> assertThat(((RuleViolationException) e).code())
                            .isEqualTo("person.nhsNumber.taken"));
        } finally {
            threads.shutdownNow();
        }
        assertNothingPersonalIn(output, nhsNumber, family);
    }

    private static void assertNothingPersonalIn(CapturedOutput output, String nhsNumber, String family) {
        assertThat(output.getAll()).doesNotContain(nhsNumber).doesNotContain(family).doesNotContain("1941-03-21")
                .doesNotContain("Heol y Ras").doesNotContain("Server error");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A valid NHS number (modulus 11) that no one in the council holds yet. */
    private String unusedNhsNumber() {
        while (true) {
            String nine = "4" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
            var check = NhsNumber.checkDigit(nine);
            if (check.isPresent()) {
                String number = nine + check.get();
                Integer held = SystemScope.call(() -> jdbc.queryForObject(
                        "select count(*) from person where nhs_number = ?", Integer.class, number));
                if (held == 0) {
                    return number;
                }
            }
        }
    }

    private WebSession careManager() {
        var user = fixture.user(DEMO_COUNCIL, Role.CARE_MANAGER);
        WebSession browser = new WebSession(port);
        browser.signIn(user.username(), PASSWORD);
        return browser;
    }

    private static PersonDetails details(String given, String family, String nhsNumber) {
        return new PersonDetails(given, family, LocalDate.of(1941, 3, 21), NhsNumber.parse(nhsNumber).orElseThrow(),
                new PersonDetails.Address("7 Heol y Ras", null, "Aberwen", "SA98 1AB", "MYN-ABW"), Language.CY,
                true, null, true);
    }

    private static Map<String, String> form(String given, String family, String nhsNumber) {
        Map<String, String> form = new HashMap<>();
        form.put("givenName", given);
        form.put("familyName", family);
        form.put("birthDay", "21");
        form.put("birthMonth", "3");
        form.put("birthYear", "1941");
        form.put("nhsNumber", nhsNumber);
        form.put("addressLine1", "7 Heol y Ras");
        form.put("town", "Aberwen");
        form.put("postcode", "sa981ab");
        form.put("areaCode", "MYN-ABW");
        form.put("preferredLanguage", "CY");
        form.put("welshOfferMade", "true");
        form.put("consentToShare", "true");
        form.put("version", "0");
        return form;
    }
}
