package cymru.cylch.platform.web;

import cymru.cylch.platform.rules.RuleViolationException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * Which field of a page's form each broken rule is shown beside. A page names the rules (or families of rules,
 * by a leading part of their code: `review.date` for `review.date.future`) it expects and the field each is
 * about; anything else goes beside the field the page names as the form's first, so no rule is ever lost.
 */
public final class RuleFields {

    private final String firstField;
    private final Map<String, Function<@Nullable String, String>> fieldByCode = new LinkedHashMap<>();

    private RuleFields(String firstField) {
        this.firstField = firstField;
    }

    /** Rules not otherwise placed are shown beside this field (the first on the form). */
    public static RuleFields firstField(String field) {
        return new RuleFields(field);
    }

    /** Rules whose code is, or starts with, {@code code} followed by a dot, are shown beside {@code field}. */
    public RuleFields field(String code, String field) {
        fieldByCode.put(code, part -> field);
        return this;
    }

    /** For rules about one part of many: the field is worked out from the rule's part. */
    public RuleFields fieldOfPart(String code, Function<@Nullable String, String> field) {
        fieldByCode.put(code, field);
        return this;
    }

    /** The field a broken rule is shown beside: the most specific code that matches. */
    public String fieldFor(RuleViolationException rule) {
        String code = rule.code();
        while (true) {
            var field = fieldByCode.get(code);
            if (field != null) {
                return field.apply(rule.part());
            }
            int dot = code.lastIndexOf('.');
            if (dot < 0) {
                return firstField;
            }
            code = code.substring(0, dot);
        }
    }

    /** Puts the broken rule's message beside its field. */
    public void reject(Errors errors, RuleViolationException rule) {
        FormErrors.reject(errors, fieldFor(rule), rule.code());
    }
}
