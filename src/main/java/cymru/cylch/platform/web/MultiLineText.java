package cymru.cylch.platform.web;

import cymru.cylch.platform.rules.TextCharacters;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Long free text: line breaks and tabs, but no other control character (NUL, escape, backspace...). The message is
 * {@code MultiLineText} (or {@code MultiLineText.<form>.<field>}) in the messages files.
 */
@Documented
@Constraint(validatedBy = MultiLineText.Check.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface MultiLineText {

    String message() default "{MultiLineText}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check itself: {@link TextCharacters#multiLine}. */
    class Check implements ConstraintValidator<MultiLineText, CharSequence> {
        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return TextCharacters.multiLine(value);
        }
    }
}
