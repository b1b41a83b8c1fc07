package cymru.cylch.outcomes;

import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The classifier's verdict in words, in the reader's language: what kind of statement it is, why (quoting its
 * own words back), and how to turn it into an outcome. Pages and the API both use it.
 */
@Service
public class StatementAdvice {

    private final OutcomeStatementClassifier classifier;
    private final MessageSource messages;

    StatementAdvice(OutcomeStatementClassifier classifier, MessageSource messages) {
        this.classifier = classifier;
        this.messages = messages;
    }

    /** One piece of advice on a statement. */
    public record Advice(StatementKind kind, String reason, String suggestion, boolean undecided) {
    }

    public Advice advise(String statement, Locale locale) {
        StatementClassification verdict = classifier.classify(statement);
        String quoted = verdict.cues().stream().map(c -> "“" + c + "”").collect(Collectors.joining(", "));
        String reasonKey = verdict.undecided() ? "statement.reason.UNDECIDED" : "statement.reason." + verdict.kind();
        String suggestionKey = verdict.undecided() ? "statement.suggestion.UNDECIDED"
                : verdict.kind() == StatementKind.OUTCOME && !verdict.forPeople()
                ? "statement.suggestion.OUTCOME.whose" : "statement.suggestion." + verdict.kind();
        return new Advice(verdict.kind(),
                messages.getMessage(reasonKey, new Object[] {quoted}, locale),
                messages.getMessage(suggestionKey, null, locale),
                verdict.undecided());
    }
}
