package cymru.cylch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.contracts.Procurement;
import cymru.cylch.contracts.ProcurementManagement;
import cymru.cylch.contracts.ProcurementStage;
import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.platform.time.Today;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture.TestUser;
import cymru.cylch.support.ProcurementFixture;
import cymru.cylch.support.ProcurementFixture.Team;
import cymru.cylch.support.SignedIn;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A tender from publication to award, as the people involved meet it, in English and in Welsh, with axe at every
 * step: the commissioner drafts and publishes it, two providers bid, two evaluators score on their own, the moderator
 * agrees the scores where they differ, the commissioner awards on quality over a cheaper price, the standstill runs
 * and the contract is let.
 */
@CylchIntegrationTest
@Tag("browser")
class ProcurementBrowserTest extends BrowserTest {

    @Autowired
    ProcurementFixture fixture;

    @Autowired
    ProcurementManagement procurements;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MessageSource messages;

    private String language = "en";

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "cy"})
    void aTenderFromPublicationToAward(String language) {
        this.language = language;
        Team team = fixture.team();
        TestUser first = fixture.provider(team.council());
        TestUser second = fixture.provider(team.council());

        // The commissioner drafts it and publishes it.
        signInAs(team.commissioner());
        open("/procurements");
        check("procurements");
        page.locator("main a.govuk-button[href$='/procurements/new']").click();
        check("a new procurement");
        String reference = "BR-" + language + "-" + System.nanoTime() % 100_000;
        page.locator("#reference").fill(reference);
        page.locator("#title").fill("Home care on outcomes " + language);
        page.locator("#route-0").check();
        page.locator("#model-0").check();
        page.locator("[id='lots0.title']").fill("North");
        fillCriterion(0, "Quality of care", "QUALITY", "40");
        fillCriterion(1, "Outcomes for people", "OUTCOMES", "30");
        fillCriterion(2, "Price", "PRICE", "30");
        LocalDate closes = LocalDate.now(Today.ZONE).plusDays(7);
        page.locator("#closesDay").fill(String.valueOf(closes.getDayOfMonth()));
        page.locator("#closesMonth").fill(String.valueOf(closes.getMonthValue()));
        page.locator("#closesYear").fill(String.valueOf(closes.getYear()));
        page.locator("#closesTime").fill("12:00");
        page.locator("input[name=evaluators][value='" + team.firstEvaluator().id() + "']").check();
        page.locator("input[name=evaluators][value='" + team.secondEvaluator().id() + "']").check();
        page.locator("input[name=moderator][value='" + team.moderator().id() + "']").check();
        page.locator("#startDay").fill("1");
        page.locator("#startMonth").fill("4");
        page.locator("#startYear").fill(String.valueOf(closes.getYear() + 1));
        page.locator("#endDay").fill("31");
        page.locator("#endMonth").fill("3");
        page.locator("#endYear").fill(String.valueOf(closes.getYear() + 4));
        page.locator("#outcomes").fill("People live well at home");
        page.locator("main form button[type=submit]").click();
        page.waitForURL(u -> u.matches(".*/procurements/[0-9a-f-]{36}$"));
        String procurementPath = page.url().replaceFirst("^https?://[^/]+", "");
        assertThat(stageTag()).isEqualTo(message("procurement.stage.DRAFT"));
        check("a draft procurement");
        page.locator("form[action$='/publish'] button").click();
        page.waitForURL(u -> u.endsWith(procurementPath));
        assertThat(stageTag()).isEqualTo(message("procurement.stage.PUBLISHED"));
        check("a published procurement");
        String id = procurementPath.substring(procurementPath.lastIndexOf('/') + 1);

        // Two providers bid: the first on quality, the second cheaper.
        bid(first, id, "380000");
        bid(second, id, "300000");

        // Bidding closes. The users' second-factor codes are made from the real clock, and Cylch checks them by its
        // own, so time moves for the procurement instead of for Cylch: its closing time is put in the past.
        move("closes_at = now() - interval '1 minute'", id);
        // Each evaluator scores on their own.
        score(team.firstEvaluator(), id, List.of(4, 4, 2, 2));
        score(team.secondEvaluator(), id, List.of(5, 4, 2, 2));

        // The moderator agrees the scores, with a reason where the evaluators differed.
        signInAs(team.moderator());
        open("/procurements/" + id + "/moderation");
        check("moderation");
        List<Integer> agreed = List.of(4, 4, 2, 2);
        for (int i = 0; i < agreed.size(); i++) {
            page.locator("[id='lines" + i + ".score-" + agreed.get(i) + "']").check();
        }
        page.locator("main form button[type=submit]").click();
        assertThat(page.locator(".govuk-error-summary").count()).as("a reason is needed where they differ").isOne();
        check("moderation with errors");
        page.locator("[id='lines0.comment']").fill("Strong staffing; supervision thinner than the best");
        page.locator("main form button[type=submit]").click();
        page.waitForURL(u -> u.endsWith(procurementPath));
        assertThat(stageTag()).isEqualTo(message("procurement.stage.MODERATED"));

        // The commissioner awards to the highest total: quality over the cheaper price.
        signInAs(team.commissioner());
        open(procurementPath);
        assertThat(page.locator("main table:has(td strong) tbody tr").first().textContent()).contains("79.68");
        check("a moderated procurement with its ranking");
        page.locator("form[action$='/award'] button[type=submit]").click();
        page.waitForURL(u -> u.endsWith(procurementPath));
        assertThat(stageTag()).isEqualTo(message("procurement.stage.STANDSTILL"));
        check("an award in standstill");
        screenshot("procurement-standstill-" + language);
        assertThat(page.locator("form[action$='/conclude']").count()).as("not before the standstill ends").isZero();

        Procurement awarded = procurements.procurements(team.asCommissioner()).getFirst();
        assertThat(awarded.standstillLastDay()).isEqualTo(procurements.standstill().lastDay(LocalDate.now(Today.ZONE)));

        // The standstill ends (its last day put in the past), and the contract is let.
        move("standstill_last_day = current_date - 1", id);
        open(procurementPath);
        page.locator("form[action$='/conclude'] button").click();
        page.waitForURL(u -> u.endsWith(procurementPath));
        assertThat(stageTag()).isEqualTo(message("procurement.stage.CONCLUDED"));
        check("a concluded procurement");
        Procurement concluded = procurements.procurements(team.asCommissioner()).getFirst();
        assertThat(procurements.stage(concluded)).isEqualTo(ProcurementStage.CONCLUDED);
        assertThat(concluded.contracts()).hasSize(1);
    }

    private void move(String change, String id) {
        SystemScope.run(() -> jdbc.update("update procurement set " + change + " where id = ?::uuid", id));
    }

    private void bid(TestUser provider, String id, String price) {
        signInAs(provider);
        open("/bids");
        check("tenders open for bids");
        page.locator("main a[href$='/bids/" + id + "']").first().click();
        check("a tender's bid form");
        page.locator("#responses1").fill("Every worker trained and supervised monthly");
        page.locator("#responses2").fill("Support planned around what matters to each person");
        page.locator("#price").fill(price);
        page.locator("main form:has(#price) button[type=submit]").click();
        page.waitForURL(u -> u.endsWith("/bids/" + id));
        assertThat(page.locator(".govuk-notification-banner").count()).isOne();
        check("a tender with the provider's bid");
        page.locator("main table a[href*='/bids/" + id + "/']").first().click();
        check("the provider's own bid");
    }

    private void score(TestUser evaluator, String id, List<Integer> scores) {
        signInAs(evaluator);
        open("/procurements/" + id + "/scoring");
        check("scoring");
        for (int i = 0; i < scores.size(); i++) {
            page.locator("[id='lines" + i + ".score-" + scores.get(i) + "']").check();
            page.locator("[id='lines" + i + ".comment']").fill("Scored " + scores.get(i) + " on the evidence given");
        }
        page.locator("main form button[type=submit]").click();
        page.waitForURL(u -> u.endsWith("/procurements/" + id));
    }

    private void fillCriterion(int row, String title, String kind, String weight) {
        page.locator("[id='criteria" + row + ".title']").fill(title);
        page.locator("[id='criteria" + row + ".kind']").selectOption(kind);
        page.locator("[id='criteria" + row + ".weight']").fill(weight);
    }

    private void open(String path) {
        page.navigate(url(path + (path.contains("?") ? "&" : "?") + "lang=" + language));
    }

    private void check(String what) {
        AccessibilityCheck.assertAccessible(page, what + ", " + language);
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo(language);
    }

    private String stageTag() {
        return page.locator("main p strong.govuk-tag").first().textContent().strip();
    }

    private String message(String key) {
        return messages.getMessage(key, null, Locale.forLanguageTag(language));
    }
}
