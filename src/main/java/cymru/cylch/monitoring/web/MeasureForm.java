package cymru.cylch.monitoring.web;

import cymru.cylch.monitoring.Attachment;
import cymru.cylch.monitoring.Computation;
import cymru.cylch.monitoring.Frequency;
import cymru.cylch.monitoring.MeasureSource;
import cymru.cylch.monitoring.MeasureText;
import cymru.cylch.monitoring.NewMeasure;
import cymru.cylch.monitoring.Polarity;
import cymru.cylch.monitoring.Quadrant;
import cymru.cylch.monitoring.RagBands;
import cymru.cylch.monitoring.Shape;
import cymru.cylch.platform.web.FormErrors;
import cymru.cylch.platform.web.SingleLineText;
import cymru.cylch.platform.web.TypedAmounts;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** A measure as a commissioner defines it on the page: every choice as typed, checked before it is defined. */
record MeasureForm(@SingleLineText @Size(max = 200) @Nullable String nameEn,
                   @SingleLineText @Size(max = 200) @Nullable String nameCy, @Nullable String quadrant,
                   @Nullable String shape, @Size(max = 30) @Nullable String factor, @Nullable Integer decimals,
                   @SingleLineText @Size(max = 500) @Nullable String numeratorEn,
                   @SingleLineText @Size(max = 500) @Nullable String numeratorCy,
                   @SingleLineText @Size(max = 500) @Nullable String denominatorEn,
                   @SingleLineText @Size(max = 500) @Nullable String denominatorCy,
                   @SingleLineText @Size(max = 40) @Nullable String unitEn,
                   @SingleLineText @Size(max = 40) @Nullable String unitCy, @Nullable String frequency,
                   @Nullable String polarity, @Nullable String source, @Nullable String computation,
                   @Nullable Boolean national, @Nullable String attachment, @Size(max = 60) @Nullable String subject,
                   @Size(max = 30) @Nullable String greenAt, @Size(max = 30) @Nullable String amberAt) {

    static MeasureForm blank() {
        return new MeasureForm(null, null, null, null, null, 1, null, null, null, null, null, null,
                Frequency.MONTHLY.name(), Polarity.HIGHER_IS_BETTER.name(), MeasureSource.RETURNED.name(), null,
                false, Attachment.PROVIDER.name(), null, null, null);
    }

    void validate(Errors errors) {
        require(errors, "quadrant", Quadrant.class, quadrant);
        require(errors, "shape", Shape.class, shape);
        require(errors, "frequency", Frequency.class, frequency);
        require(errors, "polarity", Polarity.class, polarity);
        require(errors, "source", MeasureSource.class, source);
        require(errors, "attachment", Attachment.class, attachment);
        if (computation != null && !computation.isBlank() && chosen(Computation.class, computation).isEmpty()) {
            FormErrors.reject(errors, "computation", "measure.form.computation");
        }
        if (factor != null && !factor.isBlank() && TypedAmounts.parse(factor) == null) {
            FormErrors.reject(errors, "factor", "measure.form.notANumber");
        }
        if (decimals == null) {
            FormErrors.reject(errors, "decimals", "measure.form.decimals");
        }
        for (String band : new String[] {"greenAt", "amberAt"}) {
            String typed = "greenAt".equals(band) ? greenAt : amberAt;
            if (typed != null && !typed.isBlank() && TypedAmounts.parse(typed.replace("%", "")) == null) {
                FormErrors.reject(errors, band, "measure.form.notANumber");
            }
        }
        if ((greenAt == null || greenAt.isBlank()) != (amberAt == null || amberAt.isBlank())) {
            FormErrors.reject(errors, "amberAt", "measure.form.bothBands");
        }
    }

    /** The measure to define; call after {@link #validate} found nothing. */
    NewMeasure request() {
        Polarity chosenPolarity = chosen(Polarity.class, polarity).orElseThrow();
        BigDecimal green = greenAt == null || greenAt.isBlank() ? null : TypedAmounts.parse(greenAt.replace("%", ""));
        BigDecimal amber = amberAt == null || amberAt.isBlank() ? null : TypedAmounts.parse(amberAt.replace("%", ""));
        return new NewMeasure(text(nameEn, nameCy), chosen(Quadrant.class, quadrant).orElseThrow(),
                chosen(Shape.class, shape).orElseThrow(), factor == null || factor.isBlank() ? null
                : TypedAmounts.parse(factor), Objects.requireNonNull(decimals), text(numeratorEn, numeratorCy),
                text(denominatorEn, denominatorCy), text(unitEn, unitCy),
                chosen(Frequency.class, frequency).orElseThrow(), chosenPolarity,
                chosen(MeasureSource.class, source).orElseThrow(),
                chosen(Computation.class, computation).orElse(null), Boolean.TRUE.equals(national),
                chosen(Attachment.class, attachment).orElseThrow(), subject,
                green == null || amber == null ? null : new RagBands(green, amber));
    }

    private static MeasureText text(@Nullable String english, @Nullable String welsh) {
        return new MeasureText(english == null ? "" : english, welsh == null ? "" : welsh);
    }

    private static <E extends Enum<E>> void require(Errors errors, String field, Class<E> type,
                                                    @Nullable String typed) {
        if (chosen(type, typed).isEmpty()) {
            FormErrors.reject(errors, field, "measure.form." + field);
        }
    }

    private static <E extends Enum<E>> Optional<E> chosen(Class<E> type, @Nullable String typed) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(typed)).findFirst();
    }
}
