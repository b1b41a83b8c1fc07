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
 * A name or other one-line text: no control characters (tab, NUL, escape...), no line breaks. The message is
 * {@code SingleLineText} (or {@code SingleLineText.<form>.<field>}) in the messages files.
 */
@Documented
@Constraint(validatedBy = SingleLineText.Check.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface SingleLineText {

    String message() default "{SingleLineText}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check itself: {@link TextCharacters#singleLine}. */
    class Check implements ConstraintValidator<SingleLineText, CharSequence> {
        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return TextCharacters.singleLine(value);
        }
    }
}
