package cymru.cylch.platform.web;

import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * The field of a request that could not be read as its type (a date that is no date, a word for a number, an
 * unknown code), named as Bean Validation names fields ({@code support[0].hoursPerWeek}, {@code needLevels[carer]})
 * so that a client finds both kinds of error in one place. Names sent by the client are cut short, never echoed
 * whole.
 */
record UnreadableField(String name, @Nullable Class<?> type) {

    private static final int LONGEST_NAME = 40;

    static Optional<UnreadableField> of(Exception e) {
        if (e instanceof MethodArgumentTypeMismatchException parameter) {
            return Optional.of(new UnreadableField(cut(parameter.getName()), parameter.getRequiredType()));
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof JacksonException json && !json.getPath().isEmpty()) {
                Class<?> type = json instanceof MismatchedInputException input ? input.getTargetType() : null;
                return Optional.of(new UnreadableField(path(json), type));
            }
        }
        return Optional.empty();
    }

    /** Its message: {@code typeMismatch.<field>}, {@code typeMismatch.<type>} or {@code typeMismatch}, as forms use. */
    MessageSourceResolvable message() {
        return type == null ? new DefaultMessageSourceResolvable(new String[] {"typeMismatch." + name, "typeMismatch"})
                : new DefaultMessageSourceResolvable(new String[] {"typeMismatch." + name,
                        "typeMismatch." + type.getName(), "typeMismatch"});
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference step : e.getPath()) {
            String property = step.getPropertyName();
            if (property == null) {
                path.append('[').append(step.getIndex()).append(']');
            } else if (step.from() instanceof Map) {
                path.append('[').append(cut(property)).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".").append(cut(property));
            }
        }
        return path.toString();
    }

    private static String cut(String name) {
        return name.length() > LONGEST_NAME ? name.substring(0, LONGEST_NAME) + "…" : name;
    }
}
