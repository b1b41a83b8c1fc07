package cymru.cylch.payments;

import static cymru.cylch.support.OrganisationsFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.contracts.ContractId;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.time.Today;
import cymru.cylch.platform.web.Pounds;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.ErrorSummaries;
import cymru.cylch.support.OrganisationsFixture.TestUser;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.PaymentsFixture.Supported;
import cymru.cylch.support.PaymentsFixture;
import cymru.cylch.support.SignedIn;
import cymru.cylch.support.TestClock;
import cymru.cylch.support.WebSession;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Claims and payment runs on the pages, as their users would go through them: a provider claims, a care manager
 * verifies, a finance officer prepares, approves, posts and exports November's run, and the provider reads its
 * remittance; in English and Welsh, with errors on the page, and from the wrong side.
 */
@CylchIntegrationTest
class PaymentPagesTest {

    private static final Pattern CLAIM = Pattern.compile("/claims/([0-9a-f-]{36})");
    private static final Pattern RUN = Pattern.compile("/payment-runs/([0-9a-f-]{36})");
    private static final Pattern DIGEST = Pattern.compile("name=\"digest\" value=\"([0-9a-f]{64})\"");

    @LocalServerPort
    int port;

    @Autowired
    OrganisationsFixture organisations;

    @Autowired
    PaymentsFixture payments;

    @Autowired
    Today today;

    @Autowired
    PerformanceDeductions deductions;

    @Autowired
    TestClock clock;

    private UUID council;
    private UUID provider;
    private Supported supported;
    private TestUser commissioner;
    private ContractId contract;

    @BeforeEach
    void aPersonSupportedUnderAPaymentByResultsContract() {
        PaymentsFixture.Scene scene = payments.scene(LocalDate.of(2026, 5, 1));
        council = scene.council();
        provider = scene.provider();
        supported = scene.supported();
        commissioner = scene.commissioner();
        contract = scene.contract().id();
    }

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    private WebSession signedIn(UUID organisation, Role role) {
        var user = organisations.user(organisation, role);
        WebSession browser = new WebSession(port);
        browser.signIn(user.username(), PASSWORD);
        return browser;
    }

    private static String found(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as(pattern + " in the page").isTrue();
        return matcher.group(1);
    }

    private String claimed(WebSession providerBrowser) {
        String agreement = supported.agreement().id().toString();
        providerBrowser.get("/claims/new?agreement=" + agreement + "&lang=en");
        var made = providerBrowser.post("/claims?lang=en", Map.of("agreement", agreement, "outcome", "entry",
                "achievedDay", "1", "achievedMonth", "6", "achievedYear", "2026", "evidence",
                "Six-week review: settled at home", "version", "0"));
        assertThat(WebSession.redirectsTo(made, "/claims/")).as(made.body()).isTrue();
        return found(CLAIM, made.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void aProviderClaimsOnThePageAndACareManagerVerifiesItInWelsh() {
        WebSession providerBrowser = signedIn(provider, Role.PROVIDER_USER);
        String agreementPage = providerBrowser.get("/service-agreements/" + supported.agreement().id() + "?lang=en")
                .body();
        assertThat(agreementPage).contains("/claims/new?agreement=" + supported.agreement().id());
        String form = providerBrowser.get("/claims/new?agreement=" + supported.agreement().id() + "&lang=cy")
                .body();
        assertThat(form).contains("Hawlio canlyniad", "Settled at home: £700.00".replace("Settled at home",
                "Wedi setlo gartref"));

        String empty = providerBrowser.post("/claims?lang=cy", Map.of("agreement",
                supported.agreement().id().toString(), "outcome", "entry", "achievedDay", "31", "achievedMonth",
                "2", "achievedYear", "2026", "evidence", " ", "version", "0")).body();
        assertThat(ErrorSummaries.links(empty)).contains("achievedDay", "evidence");
        assertThat(empty).contains("Rhowch y dystiolaeth bod y canlyniad wedi’i gyflawni");
        providerBrowser.get("/claims?lang=en");

        String claim = claimed(providerBrowser);
        assertThat(providerBrowser.get("/claims?lang=en").body()).contains("/claims/" + claim,
                "Waiting to be verified");

        WebSession careManager = signedIn(council, Role.CARE_MANAGER);
        String page = careManager.get("/claims/" + claim + "?lang=cy").body();
        assertThat(page).contains("Gwirio’r hawliad hwn", "Six-week review: settled at home");
        String rejected = careManager.post("/claims/" + claim + "/verification?lang=en", Map.of("accepted",
                "false", "note", "", "version", "0")).body();
        careManager.get("/claims/" + claim + "?lang=en");
        assertThat(ErrorSummaries.fieldError(rejected, "note")).contains("Say why the claim is rejected");
        var verified = careManager.post("/claims/" + claim + "/verification?lang=en", Map.of("accepted", "true",
                "note", "Matches the review", "version", "0"));
        assertThat(WebSession.redirectsTo(verified, "/claims/" + claim)).as(verified.body()).isTrue();
        assertThat(careManager.get("/claims/" + claim + "?lang=en").body()).containsAnyOf("Verified",
                "Waiting for a second check").doesNotContain("Verify this claim");
    }

    @Test
    void aFinanceOfficerRunsNovemberAndTheProviderReadsItsRemittance() {
        WebSession providerBrowser = signedIn(provider, Role.PROVIDER_USER);
        String claim = claimed(providerBrowser);
        WebSession careManager = signedIn(council, Role.CARE_MANAGER);
        careManager.get("/claims/" + claim + "?lang=en");
        careManager.post("/claims/" + claim + "/verification?lang=en", Map.of("accepted", "true", "version",
                "0"));
        String second = careManager.get("/claims/" + claim + "?lang=en").body();
        if (second.contains("Waiting for a second check")) {
            WebSession other = signedIn(council, Role.TEAM_MANAGER);
            other.get("/claims/" + claim + "?lang=en");
            other.post("/claims/" + claim + "/second-check?lang=en", Map.of("accepted", "true", "version", "1"));
        }

        // Last month, whichever it is: the fixed element £1,000.00, the up-front share £2,600.00 and the entry
        // £700.00, and four fifths of £250.00 a week for each of the month's days.
        YearMonth month = YearMonth.from(today.date()).minusMonths(1);
        Money total = Money.of("4300.00").plus(Money.of(new BigDecimal("200.00")
                .multiply(BigDecimal.valueOf(month.lengthOfMonth())).divide(BigDecimal.valueOf(7), 10,
                        RoundingMode.HALF_UP)));
        String pounds = new Pounds().of(total);
        String monthName = month.format(DateTimeFormatter.ofPattern("LLLL yyyy", Locale.UK));
        WebSession finance = signedIn(council, Role.FINANCE_OFFICER);
        assertThat(finance.get("/payment-runs?lang=cy").body()).contains("Rhediadau taliadau",
                month.format(DateTimeFormatter.ofPattern("LLLL yyyy", Locale.of("cy"))));
        finance.get("/payment-runs?lang=en");
        var prepared = finance.post("/payment-runs?lang=en", Map.of("month", month.toString()));
        String run = found(RUN, prepared.headers().firstValue("Location").orElseThrow());
        String page = finance.get("/payment-runs/" + run + "?lang=en").body();
        assertThat(page).contains("Payment run for " + monthName, pounds, "Waiting for approval", "0 of 1 needed");
        finance.post("/payment-runs/" + run + "/approval?lang=en", Map.of("digest", found(DIGEST, page)));
        finance.get("/payment-runs/" + run + "?lang=en");
        finance.post("/payment-runs/" + run + "/posting?lang=en", Map.of());
        finance.get("/payment-runs/" + run + "?lang=en");
        var file = finance.post("/payment-runs/" + run + "/payment-file?lang=en", Map.of());

        assertThat(file.body()).contains(total.toString(), "GBP");
        String exported = finance.get("/payment-runs/" + run + "?lang=en").body();
        assertThat(exported).contains("Exported", "Reconciliation", "Reconciled to the penny")
                .doesNotContain("Differences to explain", "Not exported");
        assertThat(finance.get("/payment-runs/" + run + "?lang=cy").body()).contains("Cysoni",
                "Wedi’i gysoni i’r geiniog");
        String remittances = providerBrowser.get("/remittances?lang=en").body();
        assertThat(remittances).contains("/payment-runs/" + run + "/providers/" + provider, monthName);
        String remittance = providerBrowser.get("/payment-runs/" + run + "/providers/" + provider + "?lang=cy")
                .body();
        assertThat(remittance).contains("Hysbysiad talu ar gyfer", pounds, "£700.00");
        assertThat(providerBrowser.download("/payment-runs/" + run + "/providers/" + provider + "/remittance.csv")
                .body()).contains("OUTCOME", "700.00", "PAID");
        assertThat(WebSession.pdfText(providerBrowser.downloadBytes("/payment-runs/" + run + "/providers/"
                + provider + "/remittance.pdf?lang=en").body())).contains("Remittance advice for " + monthName);

        WebSession stranger = signedIn(payments.provider(council), Role.PROVIDER_USER);
        assertThat(stranger.get("/payment-runs/" + run + "/providers/" + provider + "?lang=en").statusCode())
                .isEqualTo(404);
        assertThat(stranger.get("/payment-runs/" + run + "?lang=en").statusCode()).isEqualTo(403);
        assertThat(signedIn(council, Role.COMMISSIONER).get("/payment-runs?lang=en").statusCode()).isEqualTo(403);
        assertThat(signedIn(council, Role.AUDITOR).get("/payment-runs/" + run + "?lang=en").body())
                .contains(pounds).doesNotContain("Post to the ledger");
    }

    @Test
    void aDeductionShowsOnTheRunAndTheRemittanceInBothLanguagesAndAProviderItTakesAllFromOwesBack() {
        YearMonth month = YearMonth.from(today.date()).minusMonths(1);
        clock.set(month.atDay(15), LocalTime.NOON);
        try {
            deductions.impose(SignedIn.as(commissioner.id(), council, Role.COMMISSIONER), contract,
                    OrganisationId.of(provider), Money.of("20000.00"), month, "Visits missed <again>", null);
        } finally {
            clock.reset();
            SignedIn.clear();
        }
        WebSession finance = signedIn(council, Role.FINANCE_OFFICER);
        finance.get("/payment-runs?lang=en");
        var prepared = finance.post("/payment-runs?lang=en", Map.of("month", month.toString()));
        String run = found(RUN, prepared.headers().firstValue("Location").orElseThrow());
        String page = finance.get("/payment-runs/" + run + "?lang=en").body();
        finance.post("/payment-runs/" + run + "/approval?lang=en", Map.of("digest", found(DIGEST, page)));
        finance.get("/payment-runs/" + run + "?lang=en");
        finance.post("/payment-runs/" + run + "/posting?lang=en", Map.of());
        String deducted = new Pounds().of(Money.of("-20000.00"));

        assertThat(finance.get("/payment-runs/" + run + "?lang=en").body())
                .contains("Deductions for poor performance", deducted, "Owes back", "more recovered or deducted");
        assertThat(finance.get("/payment-runs/" + run + "?lang=cy").body())
                .contains("Didyniadau am berfformiad gwael", deducted, "Yn ddyledus yn ôl");
        String remittance = "/payment-runs/" + run + "/providers/" + provider;
        WebSession providerBrowser = signedIn(provider, Role.PROVIDER_USER);
        assertThat(providerBrowser.get(remittance + "?lang=en").body()).contains("Deductions for poor performance",
                "Deducted for poor performance: Visits missed &lt;again&gt;", deducted);
        assertThat(providerBrowser.get(remittance + "?lang=cy").body()).contains("Didyniadau am berfformiad gwael",
                "Wedi’i ddidynnu am berfformiad gwael: Visits missed &lt;again&gt;");
        assertThat(providerBrowser.download(remittance + "/remittance.csv").body())
                .contains("DEDUCTION", "-20000.00", "payments.line.deducted");
        assertThat(finance.post("/payment-runs/" + run + "/payment-file?lang=en", Map.of()).body().strip().lines())
                .as("the payment file pays the provider nothing: its heading alone").hasSize(1);
    }
}
