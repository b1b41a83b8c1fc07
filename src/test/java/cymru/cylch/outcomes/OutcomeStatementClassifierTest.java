package cymru.cylch.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutcomeStatementClassifierTest {

    private final OutcomeStatementClassifier classifier = new OutcomeStatementClassifier();

    /**
     * The seven-statement exercise of the commissioning-for-outcomes training slides ("Outcome, output, or
     * process/input?", shared/seeds/000), with the answers the domain guide gives or the definitions imply.
     */
    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "Fewer service users will experience tenancy failure | OUTCOME",
            "Develop a register of those receiving advocacy by June | OUTPUT",
            "Fewer children in care will offend | OUTCOME",
            "All staff will be paid at least minimum wage plus £1.50 | INPUT",
            "Reduce the vacancy rate by 5% | INPUT",
            "Reduce the average waiting time to access the tier 3 CAMH service to 6 weeks | PROCESS",
            "There is a written equal opportunities policy | PROCESS"})
    void theSeedExercise(String statement, StatementKind expected) {
        assertThat(classifier.classify(statement).kind()).isEqualTo(expected);
    }

    /** Statements not in the exercise, in the style of care plans and specifications, to show the rules generalise. */
    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "I want to be able to go to chapel on Sundays again | OUTCOME",
            "I want to get to chapel on Sundays again | OUTCOME",
            "I'd like to cook my own meals | OUTCOME",
            "Mrs Jones will feel less lonely and see her friends every week | OUTCOME",
            "Older people remain living in their own homes for longer | OUTCOME",
            "Reduce emergency hospital admissions of people aged over 75 by 10% | OUTCOME",
            "Carers feel supported and able to have a life of their own | OUTCOME",
            "Fewer people will fall at home | OUTCOME",
            "Young people leaving care will be in education, employment or training | OUTCOME",
            "Provide 10 hours of home care a week | OUTPUT",
            "Deliver 500 visits a month across the county | OUTPUT",
            "Run six carers' workshops by March | OUTPUT",
            "Publish a directory of local day opportunities | OUTPUT",
            "Carry out 200 reviews this year | OUTPUT",
            "Complete assessments within 28 days of referral | PROCESS",
            "All providers follow the safeguarding procedure | PROCESS",
            "Monitor contract compliance every quarter | PROCESS",
            "Respond to new referrals within 48 hours | PROCESS",
            "Recruit 20 more care workers | INPUT",
            "Invest £2m in reablement equipment | INPUT",
            "Train all staff in dementia awareness | INPUT",
            "A budget of £40,000 for the befriending scheme | INPUT"})
    void beyondTheExercise(String statement, StatementKind expected) {
        assertThat(classifier.classify(statement).kind()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "Rydw i eisiau gallu mynd i’r capel ar ddydd Sul | OUTCOME",
            "Hoffwn goginio fy mhrydau fy hun | OUTCOME",
            "Bydd pobl hŷn yn teimlo’n llai unig | OUTCOME",
            "Bydd llai o blant mewn gofal yn troseddu | OUTCOME",
            "Darparu 10 awr o ofal cartref yr wythnos | OUTPUT",
            "Datblygu cofrestr o’r rhai sy’n cael eiriolaeth erbyn mis Mehefin | OUTPUT",
            "Mae yna bolisi cyfle cyfartal ysgrifenedig | PROCESS",
            "Lleihau’r amser aros am asesiad i 6 wythnos | PROCESS",
            "Bydd pob aelod o staff yn cael cyflog byw | INPUT"})
    void welshStatements(String statement, StatementKind expected) {
        assertThat(classifier.classify(statement).kind()).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void theVerdictQuotesTheWordsThatDecided() {
        var verdict = classifier.classify("Develop a register of those receiving advocacy by June");

        assertThat(verdict.cues()).contains("Develop", "register", "by June");
        assertThat(verdict.forPeople()).isTrue();
    }

    @org.junit.jupiter.api.Test
    void aStatementWithNoCuesIsUndecided() {
        var verdict = classifier.classify("Things should be good");

        assertThat(verdict.undecided()).isTrue();
        assertThat(verdict.kind()).isEqualTo(StatementKind.PROCESS);
    }

    @org.junit.jupiter.api.Test
    void onlyADefiniteOutputProcessOrInputIsNotAnOutcome() {
        assertThat(classifier.classify("2 visits a day").notAnOutcome()).isTrue();
        assertThat(classifier.classify("Darparu 10 awr o ofal yr wythnos").notAnOutcome()).isTrue();
        assertThat(classifier.classify("There is a written equal opportunities policy").notAnOutcome()).isTrue();
        assertThat(classifier.classify("I want to get to chapel on Sundays again").notAnOutcome()).isFalse();
        // A best guess with nothing to go on asks for no confirmation.
        assertThat(classifier.classify("Things should be good").notAnOutcome()).isFalse();
    }
}
